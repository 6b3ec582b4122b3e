import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, o as head, x as attr } from "../../../../../chunks/server.js";
import { r as decision_version_n } from "../../../../../chunks/diff_removed.js";
import { t as ballot_cast } from "../../../../../chunks/ballot_cast.js";
import { _ as amendment_lead_closed, a as amendment_propose, c as amendment_withdraw, d as amendment_votes, f as amendment_reason, g as amendment_proposed, h as amendment_heading, i as amendment_propose_lead, l as amendment_to_vote, m as amendment_against, n as amendment_reason_field, o as amendment_none, p as amendment_stats, r as amendment_body_field, s as amendment_your_vote, t as amendment_submit, u as amendment_accept, v as amendment_lead_open, y as amendment_title } from "../../../../../chunks/amendment_submit.js";
import "../../../../../chunks/forms.js";
import { n as failureOf, t as Alert } from "../../../../../chunks/Alert.js";
import { t as FormMessage } from "../../../../../chunks/FormMessage.js";
import { t as TextArea } from "../../../../../chunks/TextArea.js";
import { t as Diff } from "../../../../../chunks/Diff.js";
import { n as choiceLabel, t as amendmentStatusLabel } from "../../../../../chunks/labels.js";
import { n as formatDateTime } from "../../../../../chunks/dates.js";
// src/routes/decisions/[ref]/amendments/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const d = derived(() => data.decision);
		const url = derived(() => `/decisions/${d().id}-${d().slug}`);
		const proposed = derived(() => failureOf(form, "propose"));
		const done = derived(() => form && "done" in form ? form.done : null);
		const otherFailure = derived(() => [
			"accept",
			"toVote",
			"withdraw",
			"vote"
		].map((s) => failureOf(form, s)).find(Boolean) ?? null);
		head("1beimkf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(amendment_title())} — ${escape_html(d().title)} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page stack"><h1>${escape_html(amendment_title())}</h1> <p><a${attr("href", url())} dir="auto">${escape_html(d().title)}</a> — ${escape_html(decision_version_n({ n: d().version }))}</p> <p class="muted">${escape_html(d().amendmentsOpen && (d().phase === "discussion" || d().phase === "amendments") ? amendment_lead_open() : amendment_lead_closed())}</p> `);
		if (done() === "propose") {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "success",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(amendment_proposed())}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		FormMessage($$renderer, { form: otherFailure() });
		$$renderer.push(`<!----> `);
		const each_array = ensure_array_like(data.amendments);
		if (each_array.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let a = each_array[$$index_1];
				$$renderer.push(`<article class="card stack"${attr("id", `amendment-${stringify(a.id)}`)}${attr("aria-labelledby", `amendment-${stringify(a.id)}-title`)}><h2${attr("id", `amendment-${stringify(a.id)}-title`)}>${escape_html(amendment_heading({
					id: a.id,
					name: a.author.name
				}))}</h2> <p class="meta svelte-1beimkf"><span class="status svelte-1beimkf">${escape_html(amendmentStatusLabel(a.status))}</span> <span>${escape_html(amendment_against({ version: a.baseVersion }))}</span> <span>${escape_html(amendment_stats({
					added: a.stats.added,
					removed: a.stats.removed
				}))}</span> <time${attr("datetime", new Date(a.createdAt).toISOString())}>${escape_html(formatDateTime(a.createdAt, data.locale, data.timeZone))}</time></p> <p dir="auto"><strong>${escape_html(amendment_reason())}</strong> ${escape_html(a.reason)}</p> `);
				Diff($$renderer, { segments: a.diff });
				$$renderer.push(`<!----> `);
				if (a.status === "voting" || a.status === "carried" || a.status === "defeated") $$renderer.push(`<!--[0--><p>${escape_html(amendment_votes({
					yes: a.votes.yes,
					no: a.votes.no,
					abstain: a.votes.abstain
				}))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <div class="actions svelte-1beimkf">`);
				if (data.me.may.resolveAmendment && a.status === "open") $$renderer.push(`<!--[0--><form method="POST" action="?/accept"><input type="hidden" name="amendment"${attr("value", a.id)}/><button class="button" type="submit">${escape_html(amendment_accept())}</button></form> <form method="POST" action="?/toVote"><input type="hidden" name="amendment"${attr("value", a.id)}/><button class="button secondary" type="submit">${escape_html(amendment_to_vote())}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (a.isMine && (a.status === "open" || a.status === "voting")) $$renderer.push(`<!--[0--><form method="POST" action="?/withdraw"><input type="hidden" name="amendment"${attr("value", a.id)}/><button class="button secondary" type="submit">${escape_html(amendment_withdraw())}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> `);
				if (a.status === "voting" && data.me.may.voteAmendment) {
					$$renderer.push(`<!--[0--><form method="POST" action="?/vote" class="vote svelte-1beimkf"><input type="hidden" name="amendment"${attr("value", a.id)}/> <fieldset class="svelte-1beimkf"><legend>${escape_html(amendment_your_vote())}</legend> <!--[-->`);
					const each_array_1 = ensure_array_like([
						"yes",
						"no",
						"abstain"
					]);
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let c = each_array_1[$$index];
						$$renderer.push(`<label><input type="radio" name="vote"${attr("value", c)}${attr("checked", data.me.amendmentVotes[a.id] === c, true)} required=""/> ${escape_html(choiceLabel(c))}</label>`);
					}
					$$renderer.push(`<!--]--></fieldset> <button class="button" type="submit">${escape_html(ballot_cast())}</button></form>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></article>`);
			}
		} else $$renderer.push(`<!--[!--><p class="muted">${escape_html(amendment_none())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (data.me.may.amend) {
			$$renderer.push(`<!--[0--><section class="stack" aria-labelledby="propose-heading"><h2 id="propose-heading">${escape_html(amendment_propose())}</h2> <p class="muted">${escape_html(amendment_propose_lead())}</p> <form method="POST" action="?/propose" class="form stack">`);
			FormMessage($$renderer, { form: proposed() });
			$$renderer.push(`<!----> `);
			TextArea($$renderer, {
				name: "body",
				label: amendment_body_field(),
				value: proposed()?.values.body ?? d().body,
				error: proposed()?.fields.body,
				rows: 16,
				required: true
			});
			$$renderer.push(`<!----> `);
			TextArea($$renderer, {
				name: "reason",
				label: amendment_reason_field(),
				value: proposed()?.values.reason ?? "",
				error: proposed()?.fields.reason,
				rows: 3,
				required: true
			});
			$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(amendment_submit())}</button></div></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
