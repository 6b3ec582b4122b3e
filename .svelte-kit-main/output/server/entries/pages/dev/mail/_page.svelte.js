import { S as escape_html, a as ensure_array_like, i as derived, o as head } from "../../../../chunks/server.js";
import { n as dev_mail_text, r as dev_mail_title, t as dev_mail_empty } from "../../../../chunks/dev_mail_empty.js";
import { t as EmptyState } from "../../../../chunks/EmptyState.js";
// src/routes/dev/mail/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const when = derived(() => new Intl.DateTimeFormat(data.locale, {
			dateStyle: "medium",
			timeStyle: "medium"
		}));
		head("11452v8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(dev_mail_title())} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><h1>${escape_html(dev_mail_title())}</h1> <p class="muted">${escape_html(dev_mail_text())}</p> `);
		if (data.mail.length === 0) {
			$$renderer.push("<!--[0-->");
			EmptyState($$renderer, { title: dev_mail_empty() });
		} else {
			$$renderer.push(`<!--[-1--><!--[-->`);
			const each_array = ensure_array_like(data.mail);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let mail = each_array[$$index];
				$$renderer.push(`<article class="card stack"><h2>${escape_html(mail.subject)}</h2> <p class="muted"><span dir="ltr">${escape_html(mail.to)}</span> · ${escape_html(when().format(new Date(mail.createdAt)))}</p> <pre dir="auto" class="svelte-11452v8">${escape_html(mail.text)}</pre></article>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
