import { S as escape_html, a as ensure_array_like, c as stringify, i as derived, n as attr_style, o as head, t as attr_class, x as attr } from "../../../../chunks/server.js";
import { n as decision_secret_ballot, t as decision_stage_runoff } from "../../../../chunks/decision_stage_runoff.js";
import { $ as ballot_rank_hint, A as stake_lead, At as decision_coauthor_add, B as ballot_your_receipt, Bt as decision_follows_positions, C as stake_reason, Ct as decision_rules_heading, D as stake_reason_hint, Dt as decision_amendments_link, E as stake_declare, Et as decision_revise, F as ballot_open_caption, Ft as decision_draft_lead, G as ballot_change, Gt as decision_quorum_none, H as ballot_recorded, Ht as decision_reopened_as, I as ballot_open_list, It as decision_draft_heading, J as ballot_score_blank, Jt as decision_stage_positions, K as ballot_reason_secret, Kt as decision_quorum_value, L as ballot_login_to_vote, Lt as decision_until, M as ballot_reason, Mt as decision_coauthor_field, N as ballot_weight, Nt as decision_submit, O as stake_reason_field, Ot as decision_versions_link, P as ballot_choice, Pt as decision_edit, Q as ballot_rank_none, R as ballot_not_eligible_note, Rt as decision_timeline, S as stake_none, St as decision_group_rule, T as stake_member, Tt as decision_close_amendments, U as ballot_receipt_keep, Ut as decision_by, V as ballot_you_voted, Vt as decision_followed_by_runoff, W as ballot_receipt_given, Wt as decision_scope_is, X as ballot_approve_legend, Y as ballot_score_legend, Yt as decision_open_ballot, Z as ballot_rank_number, _ as minority_sign, _t as decision_results_hidden_until, a as petition_reason_field, at as decision_outcome_none, b as minority_lead, bt as decision_results_hidden, c as petition_sign, ct as decision_figures_ballots, d as petition_by, dt as decision_figures_answer, et as ballot_rank_legend, f as petition_lead, ft as decision_figures_caption, g as minority_file, gt as decision_turnout, h as minority_body_field, ht as decision_quorum_reached, i as petition_submit, it as decision_outcome_field, j as stake_heading, jt as decision_coauthor_hint, k as stake_level_field, kt as decision_text_heading, l as petition_reopened, lt as decision_figures_weighted, m as minority_submit, mt as decision_quorum_missing, n as publication_blt, nt as ballot_heading, o as petition_start, ot as decision_outcome_heading, p as petition_heading, pt as decision_reminders_link, q as ballot_reason_open, qt as decision_threshold_value, r as publication_json, rt as decision_outcome_save, s as petition_you_signed, st as decision_figures_winner, t as receipt_find_link, tt as ballot_your_vote, u as petition_progress, ut as decision_figures_raw, v as minority_signed_by, vt as decision_results_live, w as stake_level, wt as decision_close_amendments_vote, x as minority_heading, xt as decision_stake_rule, y as minority_none, yt as decision_results_heading, z as ballot_changed_times, zt as decision_revisits } from "../../../../chunks/receipt_find_link.js";
import { a as decision_field_options, c as decision_form_secrecy, i as decision_field_threshold, n as decision_field_max_blocks, o as decision_field_method, r as decision_field_quorum, s as decision_field_title, t as decision_field_weighting } from "../../../../chunks/decision_field_weighting.js";
import { t as ballot_cast } from "../../../../chunks/ballot_cast.js";
import "../../../../chunks/forms.js";
import { t as page } from "../../../../chunks/state.js";
import { n as failureOf, t as Alert } from "../../../../chunks/Alert.js";
import { t as Field } from "../../../../chunks/Field.js";
import { t as FormMessage } from "../../../../chunks/FormMessage.js";
import { t as TextArea } from "../../../../chunks/TextArea.js";
import { t as Comments } from "../../../../chunks/Comments.js";
import { t as Prose } from "../../../../chunks/Prose.js";
import { n as formatDateTime } from "../../../../chunks/dates.js";
import { a as phaseLabel, i as outcomeLabel, n as choiceLabel, o as weightingLabel, r as methodLabel } from "../../../../chunks/labels.js";
import { t as PhaseBadge } from "../../../../chunks/PhaseBadge.js";
import { t as ChoiceText } from "../../../../chunks/ChoiceText.js";
// src/lib/components/decisions/BallotForm.svelte
function BallotForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/**
		* The ballot, for every ballot type, as plain form controls: radio buttons for yes/no and
		* consent, a numbered choice per option for a ranking (1 = first choice), checkboxes for
		* approval, a score per option. Keyboard, screen reader and no-JavaScript friendly as is.
		*/
		let { ballotType, method, options, scoreMax, secret, current, failed } = $$props;
		const sent = derived(() => failed?.values ?? {});
		const err = (k) => failed?.fields[k];
		const currentVote = derived(() => typeof sent().vote === "string" ? sent().vote : current && "vote" in current.choice ? current.choice.vote : "");
		function rankOf(id) {
			if (typeof sent()[`rank_${id}`] === "string") return sent()[`rank_${id}`];
			if (!current || !("ranking" in current.choice)) return "";
			const i = current.choice.ranking.findIndex((g) => g.includes(id));
			return i < 0 ? "" : String(i + 1);
		}
		function approved(id) {
			if (Array.isArray(sent().approve)) return sent().approve.includes(id);
			return !!current && "approve" in current.choice && current.choice.approve.includes(id);
		}
		function scoreOf(id) {
			if (typeof sent()[`score_${id}`] === "string") return sent()[`score_${id}`];
			const s = current && "scores" in current.choice ? current.choice.scores[id] : void 0;
			return s === void 0 ? "" : String(s);
		}
		const choices = derived(() => ballotType === "motion" ? [
			"yes",
			"no",
			"abstain"
		] : [
			"agree",
			"abstain",
			"disagree",
			"block"
		]);
		const ranked = derived(() => [
			"schulze",
			"irv",
			"ranked-pairs",
			"borda"
		].includes(method));
		const reason = derived(() => typeof sent().reason === "string" ? sent().reason : current?.reason ?? "");
		$$renderer.push(`<form method="POST" action="?/vote" class="ballot stack">`);
		FormMessage($$renderer, { form: failed });
		$$renderer.push(`<!----> `);
		if (ballotType === "motion" || ballotType === "consent") {
			$$renderer.push(`<!--[0--><fieldset${attr("aria-describedby", err("vote") ? "vote-error" : void 0)} class="svelte-16kz6cc"><legend class="svelte-16kz6cc">${escape_html(ballot_your_vote())}</legend> <!--[-->`);
			const each_array = ensure_array_like(choices());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let c = each_array[$$index];
				$$renderer.push(`<label class="choice svelte-16kz6cc"><input type="radio" name="vote"${attr("value", c)}${attr("checked", currentVote() === c, true)} required=""/> ${escape_html(choiceLabel(c))}</label>`);
			}
			$$renderer.push(`<!--]--> `);
			if (err("vote")) $$renderer.push(`<!--[0--><p class="error svelte-16kz6cc" id="vote-error">${escape_html(err("vote"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></fieldset>`);
		} else if (ranked()) {
			$$renderer.push(`<!--[1--><fieldset${attr("aria-describedby", `rank-hint${err("options") ? " rank-error" : ""}`)} class="svelte-16kz6cc"><legend class="svelte-16kz6cc">${escape_html(ballot_rank_legend())}</legend> <p class="muted" id="rank-hint">${escape_html(ballot_rank_hint())}</p> <!--[-->`);
			const each_array_1 = ensure_array_like(options);
			for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
				let o = each_array_1[$$index_2];
				$$renderer.push(`<div class="option svelte-16kz6cc"><label${attr("for", `rank-${stringify(o.id)}`)} dir="auto">${escape_html(o.label)}</label> <select${attr("id", `rank-${stringify(o.id)}`)}${attr("name", `rank_${stringify(o.id)}`)}${attr("aria-invalid", err(`rank_${o.id}`) ? "true" : void 0)} class="svelte-16kz6cc">`);
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(ballot_rank_none())}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array_2 = ensure_array_like(options);
				for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
					each_array_2[i];
					$$renderer.option({
						value: String(i + 1),
						selected: rankOf(o.id) === String(i + 1)
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(ballot_rank_number({ n: i + 1 }))}`);
					});
				}
				$$renderer.push(`<!--]--></select></div>`);
			}
			$$renderer.push(`<!--]--> `);
			if (err("options")) $$renderer.push(`<!--[0--><p class="error svelte-16kz6cc" id="rank-error">${escape_html(err("options"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></fieldset>`);
		} else if (method === "approval") {
			$$renderer.push(`<!--[2--><fieldset class="svelte-16kz6cc"><legend class="svelte-16kz6cc">${escape_html(ballot_approve_legend())}</legend> <!--[-->`);
			const each_array_3 = ensure_array_like(options);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let o = each_array_3[$$index_3];
				$$renderer.push(`<label class="choice svelte-16kz6cc"><input type="checkbox" name="approve"${attr("value", o.id)}${attr("checked", approved(o.id), true)}/> <span dir="auto">${escape_html(o.label)}</span></label>`);
			}
			$$renderer.push(`<!--]--> `);
			if (err("approve")) $$renderer.push(`<!--[0--><p class="error svelte-16kz6cc">${escape_html(err("approve"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></fieldset>`);
		} else {
			$$renderer.push(`<!--[-1--><fieldset class="svelte-16kz6cc"><legend class="svelte-16kz6cc">${escape_html(ballot_score_legend({ max: scoreMax }))}</legend> <!--[-->`);
			const each_array_4 = ensure_array_like(options);
			for (let $$index_5 = 0, $$length = each_array_4.length; $$index_5 < $$length; $$index_5++) {
				let o = each_array_4[$$index_5];
				$$renderer.push(`<div class="option svelte-16kz6cc"><label${attr("for", `score-${stringify(o.id)}`)} dir="auto">${escape_html(o.label)}</label> <select${attr("id", `score-${stringify(o.id)}`)}${attr("name", `score_${stringify(o.id)}`)} class="svelte-16kz6cc">`);
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(ballot_score_blank())}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array_5 = ensure_array_like(Array.from({ length: scoreMax + 1 }, (_, i) => i));
				for (let $$index_4 = 0, $$length = each_array_5.length; $$index_4 < $$length; $$index_4++) {
					let n = each_array_5[$$index_4];
					$$renderer.option({
						value: String(n),
						selected: scoreOf(o.id) === String(n)
					}, ($$renderer) => {
						$$renderer.push(`${escape_html(n)}`);
					});
				}
				$$renderer.push(`<!--]--></select></div>`);
			}
			$$renderer.push(`<!--]--></fieldset>`);
		}
		$$renderer.push(`<!--]--> <div class="field svelte-16kz6cc"><label for="ballot-reason" class="svelte-16kz6cc">${escape_html(secret ? ballot_reason_secret() : ballot_reason_open())}</label> <textarea id="ballot-reason" name="reason" rows="3" dir="auto" maxlength="2000"${attr("aria-invalid", err("reason") ? "true" : void 0)}${attr("aria-describedby", err("reason") ? "reason-error" : void 0)} class="svelte-16kz6cc">`);
		const $$body = escape_html(reason());
		if ($$body) $$renderer.push(`${$$body}`);
		$$renderer.push(`</textarea> `);
		if (err("reason")) $$renderer.push(`<!--[0--><p class="error svelte-16kz6cc" id="reason-error">${escape_html(err("reason"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <div class="form-actions"><button class="button" type="submit">${escape_html(current ? ballot_change() : ballot_cast())}</button></div></form>`);
	});
}
// src/lib/components/decisions/Figures.svelte
function Figures($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/**
		* Raw and weighted figures side by side, always both: a table any count can be checked
		* against. Motion and consent show each answer; a choice shows each option's total where
		* the method has one, and the winner.
		*/
		let { raw, weighted } = $$props;
		const rows = derived(() => raw.tally ? Object.keys(raw.tally) : []);
		if (rows().length) {
			$$renderer.push(`<!--[0--><table class="figures svelte-nn0421"><caption class="svelte-nn0421">${escape_html(decision_figures_caption())}</caption><thead><tr><th scope="col" class="svelte-nn0421">${escape_html(decision_figures_answer())}</th><th scope="col" class="svelte-nn0421">${escape_html(decision_figures_raw())}</th><th scope="col" class="svelte-nn0421">${escape_html(decision_figures_weighted())}</th></tr></thead><tbody><!--[-->`);
			const each_array = ensure_array_like(rows());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let r = each_array[$$index];
				$$renderer.push(`<tr><th scope="row" class="svelte-nn0421">${escape_html(choiceLabel(r))}</th><td class="svelte-nn0421">${escape_html(raw.tally?.[r] ?? 0)}</td><td class="svelte-nn0421">${escape_html(weighted.tally?.[r] ?? 0)}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table>`);
		} else $$renderer.push(`<!--[-1--><table class="figures svelte-nn0421"><caption class="svelte-nn0421">${escape_html(decision_figures_caption())}</caption><thead><tr><td class="svelte-nn0421"></td><th scope="col" class="svelte-nn0421">${escape_html(decision_figures_raw())}</th><th scope="col" class="svelte-nn0421">${escape_html(decision_figures_weighted())}</th></tr></thead><tbody><tr><th scope="row" class="svelte-nn0421">${escape_html(decision_figures_ballots())}</th><td class="svelte-nn0421">${escape_html(raw.totalBallots ?? 0)}</td><td class="svelte-nn0421">${escape_html(weighted.totalBallots ?? 0)}</td></tr><tr><th scope="row" class="svelte-nn0421">${escape_html(decision_figures_winner())}</th><td dir="auto" class="svelte-nn0421">${escape_html(raw.winners?.join(", ") || "—")}</td><td dir="auto" class="svelte-nn0421">${escape_html(weighted.winners?.join(", ") || "—")}</td></tr></tbody></table>`);
		$$renderer.push(`<!--]-->`);
	});
}
// src/lib/components/decisions/Turnout.svelte
function Turnout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Turnout against quorum, as a meter with the figures in words. */
		let { ballots, eligible, quorumRequired, reminders } = $$props;
		const share = derived(() => eligible ? Math.min(100, Math.round(ballots / eligible * 100)) : 0);
		const quorumAt = derived(() => quorumRequired && eligible ? Math.min(100, quorumRequired / eligible * 100) : null);
		$$renderer.push(`<div class="turnout stack"><p>${escape_html(decision_turnout({
			ballots,
			eligible,
			percent: share()
		}))} `);
		if (quorumRequired !== null) $$renderer.push(`<!--[0-->— ${escape_html(ballots >= quorumRequired ? decision_quorum_reached({ required: quorumRequired }) : decision_quorum_missing({
			required: quorumRequired,
			missing: quorumRequired - ballots
		}))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <div class="bar svelte-jusd21" aria-hidden="true"><span class="fill svelte-jusd21"${attr_style("", { "inline-size": `${stringify(share())}%` })}></span> `);
		if (quorumAt() !== null) $$renderer.push(`<!--[0--><span class="quorum svelte-jusd21"${attr_style("", { "inset-inline-start": `${stringify(quorumAt())}%` })}></span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		if (reminders) $$renderer.push(`<!--[0--><p><a${attr("href", reminders)}>${escape_html(decision_reminders_link())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
// src/routes/decisions/[ref]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const d = derived(() => data.decision);
		const url = derived(() => `/decisions/${d().id}-${d().slug}`);
		const when = (at) => at ? formatDateTime(at, data.locale, data.timeZone) : "";
		const done = derived(() => form && "done" in form ? form : null);
		const receipt = derived(() => done()?.done === "vote" ? done().value.receipt : null);
		const labels = derived(() => Object.fromEntries(data.options.map((o) => [o.id, o.label])));
		const timeline = derived(() => [
			{
				phase: "discussion",
				until: d().discussionEndsAt
			},
			{
				phase: "amendments",
				until: d().amendmentsEndAt
			},
			{
				phase: "voting",
				until: d().votingEndsAt
			},
			{
				phase: "closed",
				until: d().closedAt
			}
		]);
		const order = [
			"draft",
			"discussion",
			"amendments",
			"voting",
			"closed"
		];
		const openAmendments = derived(() => data.amendments.filter((a) => a.status === "open" || a.status === "voting").length);
		head("bist92", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(d().title)} — ${escape_html(data.orgName)}</title>`);
			});
		});
		$$renderer.push(`<div class="container page decision svelte-bist92"><article class="stack"${attr("lang", d().language)}><header class="stack"><p class="meta svelte-bist92">`);
		PhaseBadge($$renderer, {
			phase: d().phase,
			outcome: d().outcome
		});
		$$renderer.push(`<!----> `);
		if (d().scope) $$renderer.push(`<!--[0--><span>${escape_html(decision_scope_is({ scope: d().scope.name }))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (d().stage === "positions") $$renderer.push(`<!--[0--><span>${escape_html(decision_stage_positions())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (d().stage === "runoff") $$renderer.push(`<!--[0--><span>${escape_html(decision_stage_runoff())}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <h1 dir="auto">${escape_html(d().title)}</h1> `);
		if (d().summary) $$renderer.push(`<!--[0--><p class="lead svelte-bist92" dir="auto">${escape_html(d().summary)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="meta svelte-bist92">${escape_html(decision_by())} <!--[-->`);
		const each_array = ensure_array_like(data.authors);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let a = each_array[i];
			$$renderer.push(`<a${attr("href", `/@${stringify(a.handle)}`)}><bdi>${escape_html(a.name)}</bdi></a>${escape_html(i < data.authors.length - 1 ? ", " : "")}`);
		}
		$$renderer.push(`<!--]--></p> <!--[-->`);
		const each_array_1 = ensure_array_like(data.related);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let r = each_array_1[$$index_1];
			$$renderer.push(`<p class="related"><a${attr("href", `/decisions/${stringify(r.id)}-${stringify(r.slug)}`)} dir="auto">${escape_html(r.title)}</a> — `);
			if (r.revisitOfId === d().id) $$renderer.push(`<!--[0-->${escape_html(decision_reopened_as())}`);
			else if (r.followsId === d().id) $$renderer.push(`<!--[1-->${escape_html(decision_followed_by_runoff())}`);
			else if (r.stage === "positions") $$renderer.push(`<!--[2-->${escape_html(decision_follows_positions())}`);
			else $$renderer.push(`<!--[-1-->${escape_html(decision_revisits())}`);
			$$renderer.push(`<!--]--> (${escape_html(phaseLabel(r.phase))})</p>`);
		}
		$$renderer.push(`<!--]--></header> <ol class="timeline svelte-bist92"${attr("aria-label", decision_timeline())}><!--[-->`);
		const each_array_2 = ensure_array_like(timeline());
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let step = each_array_2[$$index_2];
			$$renderer.push(`<li${attr("aria-current", d().phase === step.phase ? "step" : void 0)}${attr_class("svelte-bist92", void 0, {
				"current": d().phase === step.phase,
				"past": order.indexOf(d().phase) > order.indexOf(step.phase)
			})}><strong>${escape_html(phaseLabel(step.phase))}</strong> `);
			if (step.until) $$renderer.push(`<!--[0--><span>${escape_html(step.phase === "closed" ? when(step.until) : decision_until({ at: when(step.until) }))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ol> `);
		if (d().phase === "draft" && data.me.isAuthor) {
			$$renderer.push(`<!--[0--><section class="card stack" aria-labelledby="draft-heading"><h2 id="draft-heading">${escape_html(decision_draft_heading())}</h2> <p>${escape_html(decision_draft_lead())}</p> `);
			FormMessage($$renderer, { form: failureOf(form, "submit") });
			$$renderer.push(`<!----> <div class="actions svelte-bist92"><a class="button secondary"${attr("href", `${url()}/edit`)}>${escape_html(decision_edit())}</a> `);
			if (data.me.may.submit) $$renderer.push(`<!--[0--><form method="POST" action="?/submit"><button class="button" type="submit">${escape_html(decision_submit())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> `);
			if (data.me.may.addCoauthor) {
				$$renderer.push(`<!--[0--><form method="POST" action="?/coauthor" class="inline svelte-bist92">`);
				Field($$renderer, {
					name: "handle",
					label: decision_coauthor_field(),
					hint: decision_coauthor_hint(),
					error: failureOf(form, "coauthor")?.fields.handle,
					value: failureOf(form, "coauthor")?.values.handle ?? ""
				});
				$$renderer.push(`<!----> <button class="button secondary" type="submit">${escape_html(decision_coauthor_add())}</button></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="text-heading" class="stack"><h2 id="text-heading">${escape_html(decision_text_heading({ version: d().version }))}</h2> `);
		Prose($$renderer, {
			html: d().html,
			lang: d().language
		});
		$$renderer.push(`<!----> <p class="links svelte-bist92">`);
		if (d().version > 1) $$renderer.push(`<!--[0--><a${attr("href", `${url()}/versions`)}>${escape_html(decision_versions_link({ count: d().version }))}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (d().phase !== "draft") $$renderer.push(`<!--[0--><a${attr("href", `${url()}/amendments`)}>${escape_html(decision_amendments_link({
			count: data.amendments.length,
			open: openAmendments()
		}))}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.me.may.edit && d().phase !== "draft") $$renderer.push(`<!--[0--><a${attr("href", `${url()}/edit`)}>${escape_html(decision_revise())}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> `);
		if (data.me.may.closeAmendments) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/closeAmendments">`);
			FormMessage($$renderer, { form: failureOf(form, "closeAmendments") });
			$$renderer.push(`<!----> <button class="button secondary" type="submit">${escape_html(d().phase === "amendments" ? decision_close_amendments_vote() : decision_close_amendments())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section class="card stack" aria-labelledby="rules-heading"><h2 id="rules-heading">${escape_html(decision_rules_heading())}</h2> <dl class="rules svelte-bist92"><dt class="svelte-bist92">${escape_html(decision_field_method())}</dt> <dd class="svelte-bist92">${escape_html(methodLabel(d().method))}</dd> `);
		if (d().ballotType !== "choice") $$renderer.push(`<!--[0--><dt class="svelte-bist92">${escape_html(decision_field_threshold())}</dt> <dd class="svelte-bist92">${escape_html(decision_threshold_value({
			numerator: d().settings.threshold.numerator,
			denominator: d().settings.threshold.denominator
		}))}</dd>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <dt class="svelte-bist92">${escape_html(decision_field_quorum())}</dt> <dd class="svelte-bist92">${escape_html(d().settings.quorum ? decision_quorum_value({ percent: Math.round(d().settings.quorum.numerator / d().settings.quorum.denominator * 100) }) : decision_quorum_none())}</dd> `);
		if (d().ballotType === "consent") $$renderer.push(`<!--[0--><dt class="svelte-bist92">${escape_html(decision_field_max_blocks())}</dt> <dd class="svelte-bist92">${escape_html(d().settings.maxBlocks)}</dd>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <dt class="svelte-bist92">${escape_html(decision_field_weighting())}</dt> <dd class="svelte-bist92">${escape_html(weightingLabel(d().weighting))} `);
		if (d().weighting === "group") $$renderer.push(`<!--[0-->— ${escape_html(decision_group_rule({
			factor: d().settings.groupFactor,
			groups: data.groups.map((g) => g.name).join(", ")
		}))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (d().weighting === "stake") $$renderer.push(`<!--[0-->— ${escape_html(decision_stake_rule({ levels: d().settings.stakeLevels }))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dd> <dt class="svelte-bist92">${escape_html(decision_form_secrecy())}</dt> <dd class="svelte-bist92">${escape_html(d().secret ? decision_secret_ballot() : decision_open_ballot())}`);
		if (d().hideResultsUntilClose) $$renderer.push(`<!--[0-->; ${escape_html(decision_results_hidden())}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dd> `);
		if (data.options.length) {
			$$renderer.push(`<!--[0--><dt class="svelte-bist92">${escape_html(decision_field_options())}</dt> <dd class="svelte-bist92"><ol><!--[-->`);
			const each_array_3 = ensure_array_like(data.options);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let o = each_array_3[$$index_3];
				$$renderer.push(`<li dir="auto">${escape_html(o.label)}</li>`);
			}
			$$renderer.push(`<!--]--></ol></dd>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dl></section> `);
		if (d().weighting === "stake" && d().phase !== "draft") {
			$$renderer.push(`<!--[0--><section class="stack" aria-labelledby="stakes-heading"><h2 id="stakes-heading">${escape_html(stake_heading())}</h2> <p class="muted">${escape_html(stake_lead({ levels: d().settings.stakeLevels }))}</p> `);
			if (data.me.may.declareStake) {
				$$renderer.push("<!--[0-->");
				const failed = failureOf(form, "stake");
				$$renderer.push(`<form method="POST" action="?/stake" class="card stack">`);
				FormMessage($$renderer, { form: failed });
				$$renderer.push(`<!----> `);
				Field($$renderer, {
					name: "level",
					type: "number",
					min: 1,
					max: d().settings.stakeLevels,
					label: stake_level_field({ levels: d().settings.stakeLevels }),
					value: failed?.values.level ?? data.me.stake?.level ?? "",
					error: failed?.fields.level,
					required: true
				});
				$$renderer.push(`<!----> `);
				TextArea($$renderer, {
					name: "reason",
					label: stake_reason_field(),
					hint: stake_reason_hint(),
					value: failed?.values.reason ?? data.me.stake?.reason ?? "",
					error: failed?.fields.reason,
					required: true
				});
				$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(stake_declare())}</button></div></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.stakes.length) {
				$$renderer.push(`<!--[0--><table class="svelte-bist92"><caption class="visually-hidden">${escape_html(stake_heading())}</caption><thead><tr><th scope="col" class="svelte-bist92">${escape_html(stake_member())}</th><th scope="col" class="svelte-bist92">${escape_html(stake_level())}</th><th scope="col" class="svelte-bist92">${escape_html(stake_reason())}</th></tr></thead><tbody><!--[-->`);
				const each_array_4 = ensure_array_like(data.stakes);
				for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
					let s = each_array_4[$$index_4];
					$$renderer.push(`<tr><td class="svelte-bist92"><a${attr("href", `/@${stringify(s.handle)}`)}><bdi>${escape_html(s.name)}</bdi></a></td><td class="svelte-bist92">${escape_html(s.level)}</td><td dir="auto" class="svelte-bist92">${escape_html(s.reason)}</td></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table>`);
			} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(stake_none())}</p>`);
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (d().phase === "voting" || d().phase === "closed") {
			$$renderer.push(`<!--[0--><section class="stack" aria-labelledby="vote-heading"><h2 id="vote-heading">${escape_html(d().phase === "voting" ? ballot_heading() : decision_results_heading())}</h2> `);
			Turnout($$renderer, {
				ballots: data.turnout.ballots,
				eligible: data.turnout.eligible,
				quorumRequired: data.turnout.quorumRequired,
				reminders: data.me.may.seeTurnoutList && d().phase === "voting" ? `${url()}/reminders` : null
			});
			$$renderer.push(`<!----> `);
			if (receipt()) {
				$$renderer.push("<!--[0-->");
				Alert($$renderer, {
					kind: "success",
					children: ($$renderer) => {
						$$renderer.push(`<p>${escape_html(ballot_receipt_given())}</p> <p class="receipt svelte-bist92"><code class="svelte-bist92">${escape_html(receipt())}</code></p> <p>${escape_html(ballot_receipt_keep())}</p>`);
					},
					$$slots: { default: true }
				});
			} else if (done()?.done === "vote") {
				$$renderer.push("<!--[1-->");
				Alert($$renderer, {
					kind: "success",
					children: ($$renderer) => {
						$$renderer.push(`<p>${escape_html(ballot_recorded())}</p>`);
					},
					$$slots: { default: true }
				});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.me.ballot) {
				$$renderer.push(`<!--[0--><div class="card"><p>${escape_html(ballot_you_voted({
					at: when(data.me.ballot.castAt),
					weight: data.me.ballot.weight
				}))}</p> <p>`);
				ChoiceText($$renderer, {
					choice: data.me.ballot.choice,
					labels: labels()
				});
				$$renderer.push(`<!----></p> `);
				if (data.me.ballot.receipt) $$renderer.push(`<!--[0--><p>${escape_html(ballot_your_receipt())} <code>${escape_html(data.me.ballot.receipt)}</code></p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (data.me.changes) $$renderer.push(`<!--[0--><p class="muted">${escape_html(ballot_changed_times({ count: data.me.changes }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.me.may.vote) {
				$$renderer.push("<!--[0-->");
				BallotForm($$renderer, {
					ballotType: d().ballotType,
					method: d().method,
					options: data.options,
					scoreMax: d().settings.scoreMax,
					secret: d().secret,
					current: data.me.ballot ? {
						choice: data.me.ballot.choice,
						reason: data.me.ballot.reason
					} : null,
					failed: failureOf(form, "vote")
				});
			} else if (d().phase === "voting" && data.member && !data.me.isEligible) $$renderer.push(`<!--[1--><p class="muted">${escape_html(ballot_not_eligible_note())}</p>`);
			else if (d().phase === "voting" && !data.member) $$renderer.push(`<!--[2--><p><a${attr("href", `/login?next=${stringify(encodeURIComponent(page.url.pathname))}`)}>${escape_html(ballot_login_to_vote())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.results) {
				$$renderer.push(`<!--[0--><div class="stack results">`);
				if (data.results.live) $$renderer.push(`<!--[0--><p class="muted">${escape_html(decision_results_live())}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d().phase === "closed") {
					$$renderer.push(`<!--[0--><p class="outcome svelte-bist92"><strong>${escape_html(outcomeLabel(d().outcome))}</strong>`);
					if (data.results.winner && labels()[data.results.winner]) $$renderer.push(`<!--[0-->— <bdi>${escape_html(labels()[data.results.winner])}</bdi>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></p>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				Figures($$renderer, {
					raw: data.results.raw,
					weighted: data.results.weighted
				});
				$$renderer.push(`<!----></div>`);
			} else if (d().phase === "voting") $$renderer.push(`<!--[1--><p class="muted">${escape_html(decision_results_hidden_until({ at: when(d().votingEndsAt) }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (d().phase === "closed") {
				$$renderer.push(`<!--[0--><p class="links svelte-bist92"><a${attr("href", `${url()}/ballots.json`)} download="">${escape_html(publication_json())}</a> `);
				if (d().ballotType === "choice" && [
					"schulze",
					"irv",
					"ranked-pairs",
					"borda"
				].includes(d().method)) $$renderer.push(`<!--[0--><a${attr("href", `${url()}/ballots.blt`)} download="">${escape_html(publication_blt())}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (d().secret) $$renderer.push(`<!--[0--><a${attr("href", `${url()}/receipt`)}>${escape_html(receipt_find_link())}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.openBallots.length) {
				$$renderer.push(`<!--[0--><details><summary>${escape_html(ballot_open_list({ count: data.openBallots.length }))}</summary> <table class="svelte-bist92"><caption class="visually-hidden">${escape_html(ballot_open_caption())}</caption><thead><tr><th scope="col" class="svelte-bist92">${escape_html(stake_member())}</th><th scope="col" class="svelte-bist92">${escape_html(ballot_choice())}</th><th scope="col" class="svelte-bist92">${escape_html(ballot_weight())}</th><th scope="col" class="svelte-bist92">${escape_html(ballot_reason())}</th></tr></thead><tbody><!--[-->`);
				const each_array_5 = ensure_array_like(data.openBallots);
				for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
					let b = each_array_5[$$index_5];
					$$renderer.push(`<tr><td class="svelte-bist92"><a${attr("href", `/@${stringify(b.handle)}`)}><bdi>${escape_html(b.name)}</bdi></a></td><td class="svelte-bist92">`);
					ChoiceText($$renderer, {
						choice: b.choice,
						labels: labels()
					});
					$$renderer.push(`<!----></td><td class="svelte-bist92">${escape_html(b.weight)}</td><td dir="auto" class="svelte-bist92">${escape_html(b.reason)}</td></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></details>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (d().phase === "closed") {
			$$renderer.push(`<!--[0--><section class="stack" aria-labelledby="outcome-heading"><h2 id="outcome-heading">${escape_html(decision_outcome_heading())}</h2> `);
			if (d().outcomeHtml) {
				$$renderer.push("<!--[0-->");
				Prose($$renderer, {
					html: d().outcomeHtml,
					lang: d().language
				});
			} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(decision_outcome_none())}</p>`);
			$$renderer.push(`<!--]--> `);
			if (data.me.may.recordOutcome) {
				$$renderer.push("<!--[0-->");
				const failed = failureOf(form, "outcome");
				$$renderer.push(`<form method="POST" action="?/outcome" class="stack">`);
				FormMessage($$renderer, { form: failed });
				$$renderer.push(`<!----> `);
				TextArea($$renderer, {
					name: "statement",
					label: decision_outcome_field(),
					value: failed?.values.statement ?? d().outcomeStatement ?? "",
					error: failed?.fields.statement,
					required: true
				});
				$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(decision_outcome_save())}</button></div></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> <section class="stack" aria-labelledby="reports-heading"><h2 id="reports-heading">${escape_html(minority_heading())}</h2> <p class="muted">${escape_html(minority_lead())}</p> `);
			const each_array_6 = ensure_array_like(data.reports);
			if (each_array_6.length !== 0) {
				$$renderer.push("<!--[-->");
				for (let $$index_7 = 0, $$length = each_array_6.length; $$index_7 < $$length; $$index_7++) {
					let r = each_array_6[$$index_7];
					$$renderer.push(`<article class="card stack"><h3 dir="auto">${escape_html(r.title)}</h3> `);
					Prose($$renderer, { html: r.html });
					$$renderer.push(`<!----> <p class="meta svelte-bist92">${escape_html(minority_signed_by({ count: r.signers.length }))} <!--[-->`);
					const each_array_7 = ensure_array_like(r.signers);
					for (let i = 0, $$length = each_array_7.length; i < $$length; i++) {
						let s = each_array_7[i];
						$$renderer.push(`<a${attr("href", `/@${stringify(s.handle)}`)}><bdi>${escape_html(s.name)}</bdi></a>${escape_html(i < r.signers.length - 1 ? ", " : "")}`);
					}
					$$renderer.push(`<!--]--></p> `);
					if (data.member && !r.signed) $$renderer.push(`<!--[0--><form method="POST" action="?/signReport"><input type="hidden" name="report"${attr("value", r.id)}/><button class="button secondary" type="submit">${escape_html(minority_sign())}</button></form>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></article>`);
				}
			} else $$renderer.push(`<!--[!--><p class="muted">${escape_html(minority_none())}</p>`);
			$$renderer.push(`<!--]--> `);
			FormMessage($$renderer, { form: failureOf(form, "signReport") });
			$$renderer.push(`<!----> `);
			if (data.me.may.fileReport) {
				$$renderer.push("<!--[0-->");
				const failed = failureOf(form, "report");
				$$renderer.push(`<details${attr("open", !!failed, true)}><summary>${escape_html(minority_file({ at: when(data.reportDeadline) }))}</summary> <form method="POST" action="?/report" class="stack">`);
				FormMessage($$renderer, { form: failed });
				$$renderer.push(`<!----> `);
				Field($$renderer, {
					name: "title",
					label: decision_field_title(),
					value: failed?.values.title ?? "",
					error: failed?.fields.title,
					required: true,
					dir: "auto"
				});
				$$renderer.push(`<!----> `);
				TextArea($$renderer, {
					name: "body",
					label: minority_body_field(),
					value: failed?.values.body ?? "",
					error: failed?.fields.body,
					rows: 8,
					required: true
				});
				$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(minority_submit())}</button></div></form></details>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> <section class="stack" aria-labelledby="revisit-heading"><h2 id="revisit-heading">${escape_html(petition_heading())}</h2> <p class="muted">${escape_html(petition_lead({ percent: d().settings.revisitPercent }))}</p> `);
			FormMessage($$renderer, { form: failureOf(form, "signPetition") });
			$$renderer.push(`<!----> <!--[-->`);
			const each_array_8 = ensure_array_like(data.petitions);
			for (let $$index_8 = 0, $$length = each_array_8.length; $$index_8 < $$length; $$index_8++) {
				let p = each_array_8[$$index_8];
				$$renderer.push(`<article class="card stack"><p dir="auto">${escape_html(p.reason)}</p> <p class="meta svelte-bist92">${escape_html(petition_by({ name: p.author.name }))}</p> <p>${escape_html(petition_progress({
					signatures: p.signatures,
					threshold: p.threshold
				}))}</p> <progress${attr("max", p.threshold)}${attr("value", Math.min(p.signatures, p.threshold))}${attr("aria-label", petition_progress({
					signatures: p.signatures,
					threshold: p.threshold
				}))} class="svelte-bist92"></progress> `);
				if (p.status === "reopened" && p.reopenedAsId) $$renderer.push(`<!--[0--><p><a${attr("href", `/decisions/${stringify(p.reopenedAsId)}`)}>${escape_html(petition_reopened())}</a></p>`);
				else if (data.me.may.petition && !p.signed) $$renderer.push(`<!--[1--><form method="POST" action="?/signPetition"><input type="hidden" name="petition"${attr("value", p.id)}/><button class="button" type="submit">${escape_html(petition_sign())}</button></form>`);
				else if (p.signed) $$renderer.push(`<!--[2--><p>${escape_html(petition_you_signed())}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></article>`);
			}
			$$renderer.push(`<!--]--> `);
			if (data.me.may.petition && !data.petitions.some((p) => p.status === "open")) {
				$$renderer.push("<!--[0-->");
				const failed = failureOf(form, "petition");
				$$renderer.push(`<details${attr("open", !!failed, true)}><summary>${escape_html(petition_start())}</summary> <form method="POST" action="?/petition" class="stack">`);
				FormMessage($$renderer, { form: failed });
				$$renderer.push(`<!----> `);
				TextArea($$renderer, {
					name: "reason",
					label: petition_reason_field(),
					value: failed?.values.reason ?? "",
					error: failed?.fields.reason,
					required: true
				});
				$$renderer.push(`<!----> <div class="form-actions"><button class="button" type="submit">${escape_html(petition_submit())}</button></div></form></details>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></article> `);
		if (data.discussion) {
			$$renderer.push("<!--[0-->");
			Comments($$renderer, {
				discussion: data.discussion,
				signedIn: !!data.member,
				path: page.url.pathname,
				failed: failureOf(form),
				locale: data.locale,
				timeZone: data.timeZone
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}
export { _page as default };
