import { S as escape_html, a as ensure_array_like, i as derived, o as head } from "../../../../chunks/server.js";
import { _ as field_confirm_handle, a as account_sessions_unknown, c as account_sessions_device, d as account_password_submit, f as account_password_heading, g as account_email_heading, h as account_email_current, i as account_logout_everywhere, l as account_sessions_heading, m as account_email_submit, n as account_delete_text, o as account_sessions_this, p as account_email_sent, r as account_delete_heading, s as account_sessions_started, t as account_delete_submit, u as account_password_changed, v as field_current_password, y as field_new_email } from "../../../../chunks/account_delete_submit.js";
import { t as field_new_password } from "../../../../chunks/field_new_password.js";
import { t as field_password_hint } from "../../../../chunks/field_password_hint.js";
import { t as settings_account } from "../../../../chunks/settings_account.js";
import "../../../../chunks/forms.js";
import { n as failureOf, t as Alert } from "../../../../chunks/Alert.js";
import { t as Field } from "../../../../chunks/Field.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
// src/routes/settings/account/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const failed = (scope) => failureOf(form, scope);
		const done = derived(() => form && typeof form === "object" && "done" in form ? form.done : null);
		const when = derived(() => new Intl.DateTimeFormat(data.locale, {
			dateStyle: "medium",
			timeStyle: "short"
		}));
		head("1vlivtq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(settings_account())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(settings_account())}</h1> <section class="card stack" aria-labelledby="email-heading"><h2 id="email-heading">${escape_html(account_email_heading())}</h2> <p>${escape_html(account_email_current())} <strong dir="ltr">${escape_html(data.email)}</strong></p> `);
		if (done() === "email") {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(account_email_sent())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: failed("email") });
		$$renderer.push(`<!----> <form class="form" method="POST" action="?/email" novalidate="">`);
		Field($$renderer, {
			name: "email",
			type: "email",
			label: field_new_email(),
			value: failed("email")?.values.email,
			error: failed("email")?.fields.email,
			autocomplete: "email",
			required: true,
			dir: "ltr"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "currentPassword",
			id: "field-email-currentPassword",
			type: "password",
			label: field_current_password(),
			error: failed("email")?.fields.currentPassword,
			autocomplete: "current-password",
			required: true,
			dir: "ltr"
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(account_email_submit())}</button></div></form></section> <section class="card stack" aria-labelledby="password-heading"><h2 id="password-heading">${escape_html(account_password_heading())}</h2> `);
		if (done() === "password") {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(account_password_changed())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: failed("password") });
		$$renderer.push(`<!----> <form class="form" method="POST" action="?/password" novalidate="">`);
		Field($$renderer, {
			name: "currentPassword",
			type: "password",
			label: field_current_password(),
			error: failed("password")?.fields.currentPassword,
			autocomplete: "current-password",
			required: true,
			dir: "ltr"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "newPassword",
			type: "password",
			label: field_new_password(),
			hint: field_password_hint(),
			error: failed("password")?.fields.newPassword,
			autocomplete: "new-password",
			required: true,
			minlength: 10,
			dir: "ltr"
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(account_password_submit())}</button></div></form></section> <section class="card stack" aria-labelledby="sessions-heading"><h2 id="sessions-heading">${escape_html(account_sessions_heading())}</h2> <table><caption class="visually-hidden">${escape_html(account_sessions_heading())}</caption><thead><tr><th scope="col">${escape_html(account_sessions_device())}</th><th scope="col">${escape_html(account_sessions_started())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.sessions);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let session = each_array[i];
			$$renderer.push(`<tr><td>${escape_html(session.userAgent || account_sessions_unknown())}`);
			if (session.current) $$renderer.push(`<!--[0--><strong>(${escape_html(account_sessions_this())})</strong>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td><td>${escape_html(when().format(new Date(session.createdAt)))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table> <form method="POST" action="?/logoutEverywhere"><button class="button secondary" type="submit">${escape_html(account_logout_everywhere())}</button></form></section> <section class="card stack danger-zone svelte-1vlivtq" aria-labelledby="delete-heading"><h2 id="delete-heading">${escape_html(account_delete_heading())}</h2> <p>${escape_html(account_delete_text())}</p> `);
		FormMessage($$renderer, { form: failed("delete") });
		$$renderer.push(`<!----> <form class="form" method="POST" action="?/delete" novalidate="">`);
		Field($$renderer, {
			name: "confirmHandle",
			label: field_confirm_handle({ handle: data.handle }),
			error: failed("delete")?.fields.confirmHandle,
			autocomplete: "off",
			required: true,
			dir: "ltr"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "currentPassword",
			id: "field-delete-currentPassword",
			type: "password",
			label: field_current_password(),
			error: failed("delete")?.fields.currentPassword,
			autocomplete: "current-password",
			required: true,
			dir: "ltr"
		});
		$$renderer.push(`<!----> <div class="form-actions"><button class="button danger" type="submit">${escape_html(account_delete_submit())}</button></div></form></section>`);
	});
}
export { _page as default };
