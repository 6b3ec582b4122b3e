import { S as escape_html, a as ensure_array_like, i as derived, x as attr } from "./server.js";
import { A as decision_field_scope_hint, B as decision_field_summary, C as decision_type_motion_hint, D as decision_template_standard, E as decision_template_runoff, F as decision_field_affected, G as decision_form_text, H as decision_form_influence, I as decision_field_language, J as decision_weighting_group_hint, L as decision_field_body_hint, M as decision_scope_suggested, N as decision_suggest_scope, O as decision_field_template_hint, P as decision_field_affected_hint, R as decision_field_body, S as decision_type_consent, T as decision_field_ballot_type, U as decision_form_ballot, V as decision_form_timetable, W as decision_form_scope, Y as decision_weighting_equal_hint, _ as decision_field_options_hint, a as decision_field_amendment_days, b as decision_type_choice, c as decision_field_secret_hint, d as decision_field_group_factor, f as decision_field_max_blocks_hint, g as decision_threshold_majority, h as decision_threshold_two_thirds, i as decision_field_voting_days, j as decision_field_scope, k as decision_field_template, l as decision_field_secret, m as decision_threshold_three_quarters, n as decision_field_revisit_percent, o as decision_field_discussion_days, p as decision_field_quorum_hint, q as decision_weighting_stake_hint, r as decision_field_report_days, s as decision_field_hide_results, t as decision_field_revisit_percent_hint, u as decision_field_stake_levels, v as decision_field_method_hint, w as decision_type_motion, x as decision_type_consent_hint, y as decision_type_choice_hint, z as decision_field_summary_hint } from "./decision_field_revisit_percent_hint.js";
import { a as decision_field_options, c as decision_form_secrecy, i as decision_field_threshold, n as decision_field_max_blocks, o as decision_field_method, r as decision_field_quorum, s as decision_field_title, t as decision_field_weighting } from "./decision_field_weighting.js";
import "./forms.js";
import { t as Alert } from "./Alert.js";
import { t as Field } from "./Field.js";
import { t as FormMessage } from "./FormMessage.js";
import { t as Select } from "./Select.js";
import { t as TextArea } from "./TextArea.js";
import { o as weightingLabel, r as methodLabel } from "./labels.js";
// src/lib/components/decisions/DecisionForm.svelte
function DecisionForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { values, failed, suggested = null, scopes, affected, languages, submitLabel } = $$props;
		const v = (k, fallback = "") => values[k] === void 0 ? fallback : String(values[k]);
		const ticked = derived(() => new Set(Array.isArray(values.affected) ? values.affected.map(String) : []));
		const err = (k) => failed?.fields[k];
		const methods = [
			"schulze",
			"irv",
			"ranked-pairs",
			"approval",
			"score",
			"borda"
		];
		const ballotTypes = [
			{
				value: "motion",
				label: decision_type_motion(),
				hint: decision_type_motion_hint()
			},
			{
				value: "consent",
				label: decision_type_consent(),
				hint: decision_type_consent_hint()
			},
			{
				value: "choice",
				label: decision_type_choice(),
				hint: decision_type_choice_hint()
			}
		];
		const weightings = [
			{
				value: "equal",
				hint: decision_weighting_equal_hint()
			},
			{
				value: "group",
				hint: decision_weighting_group_hint()
			},
			{
				value: "stake",
				hint: decision_weighting_stake_hint()
			}
		];
		$$renderer.push(`<form method="POST" class="form stack">`);
		FormMessage($$renderer, { form: failed });
		$$renderer.push(`<!----> <fieldset class="stack svelte-67s5dg"><legend class="svelte-67s5dg">${escape_html(decision_form_text())}</legend> `);
		Field($$renderer, {
			name: "title",
			label: decision_field_title(),
			value: v("title"),
			error: err("title"),
			required: true,
			maxlength: 200,
			dir: "auto"
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "summary",
			label: decision_field_summary(),
			hint: decision_field_summary_hint(),
			value: v("summary"),
			error: err("summary"),
			maxlength: 500,
			dir: "auto"
		});
		$$renderer.push(`<!----> `);
		TextArea($$renderer, {
			name: "body",
			label: decision_field_body(),
			hint: decision_field_body_hint(),
			value: v("body"),
			error: err("body"),
			rows: 14,
			required: true
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "language",
			label: decision_field_language(),
			value: v("language", "en"),
			options: languages.map((l) => ({
				value: l.code,
				label: l.name
			})),
			error: err("language")
		});
		$$renderer.push(`<!----></fieldset> <fieldset class="stack svelte-67s5dg"><legend class="svelte-67s5dg">${escape_html(decision_form_scope())}</legend> <details${attr("open", ticked().size > 0, true)}><summary>${escape_html(decision_field_affected())}</summary> <p class="muted">${escape_html(decision_field_affected_hint())}</p> `);
		if (err("affected")) $$renderer.push(`<!--[0--><p class="error svelte-67s5dg" id="affected-error">${escape_html(err("affected"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="checks svelte-67s5dg"><!--[-->`);
		const each_array = ensure_array_like([...affected.chapters, ...affected.projects]);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let g = each_array[$$index];
			$$renderer.push(`<li><label><input type="checkbox" name="affected"${attr("value", g.ref)}${attr("checked", ticked().has(g.ref), true)}/> <span dir="auto">${escape_html(g.name)}</span></label></li>`);
		}
		$$renderer.push(`<!--]--></ul> <button class="button secondary" type="submit" formaction="?/suggest" formnovalidate="">${escape_html(decision_suggest_scope())}</button></details> `);
		if (suggested) {
			$$renderer.push("<!--[0-->");
			Alert($$renderer, {
				kind: "info",
				children: ($$renderer) => {
					$$renderer.push(`<p>${escape_html(decision_scope_suggested({ scope: suggested }))}</p>`);
				},
				$$slots: { default: true }
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Select($$renderer, {
			name: "scope",
			label: decision_field_scope(),
			hint: decision_field_scope_hint(),
			value: v("scope", "organisation"),
			options: scopes.map((s) => ({
				value: s.ref,
				label: s.name
			})),
			error: err("scope")
		});
		$$renderer.push(`<!----></fieldset> <fieldset class="stack svelte-67s5dg"><legend class="svelte-67s5dg">${escape_html(decision_form_ballot())}</legend> `);
		Select($$renderer, {
			name: "template",
			label: decision_field_template(),
			hint: decision_field_template_hint(),
			value: v("template", "standard"),
			options: [{
				value: "standard",
				label: decision_template_standard()
			}, {
				value: "compromise-runoff",
				label: decision_template_runoff()
			}],
			error: err("template")
		});
		$$renderer.push(`<!----> <div class="radios svelte-67s5dg" role="radiogroup" aria-labelledby="ballot-type-label"><p id="ballot-type-label" class="label svelte-67s5dg">${escape_html(decision_field_ballot_type())}</p> <!--[-->`);
		const each_array_1 = ensure_array_like(ballotTypes);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let t = each_array_1[$$index_1];
			$$renderer.push(`<label class="radio svelte-67s5dg"><input type="radio" name="ballotType"${attr("value", t.value)}${attr("checked", v("ballotType", "motion") === t.value, true)}/> <span><strong>${escape_html(t.label)}</strong> <span class="muted">${escape_html(t.hint)}</span></span></label>`);
		}
		$$renderer.push(`<!--]--> `);
		if (err("ballotType")) $$renderer.push(`<!--[0--><p class="error svelte-67s5dg">${escape_html(err("ballotType"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		Select($$renderer, {
			name: "method",
			label: decision_field_method(),
			hint: decision_field_method_hint(),
			value: v("method", "schulze"),
			options: methods.map((x) => ({
				value: x,
				label: methodLabel(x)
			})),
			error: err("method")
		});
		$$renderer.push(`<!----> `);
		TextArea($$renderer, {
			name: "options",
			label: decision_field_options(),
			hint: decision_field_options_hint(),
			value: Array.isArray(values.options) ? values.options.join("\n") : v("options"),
			error: err("options"),
			rows: 5
		});
		$$renderer.push(`<!----> `);
		Select($$renderer, {
			name: "threshold",
			label: decision_field_threshold(),
			value: v("threshold", "majority"),
			options: [
				{
					value: "majority",
					label: decision_threshold_majority()
				},
				{
					value: "two-thirds",
					label: decision_threshold_two_thirds()
				},
				{
					value: "three-quarters",
					label: decision_threshold_three_quarters()
				}
			],
			error: err("threshold")
		});
		$$renderer.push(`<!----> <div class="row svelte-67s5dg">`);
		Field($$renderer, {
			name: "quorumPercent",
			type: "number",
			min: 0,
			max: 100,
			label: decision_field_quorum(),
			hint: decision_field_quorum_hint(),
			value: v("quorumPercent", "0"),
			error: err("quorumPercent")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "maxBlocks",
			type: "number",
			min: 0,
			max: 20,
			label: decision_field_max_blocks(),
			hint: decision_field_max_blocks_hint(),
			value: v("maxBlocks", "0"),
			error: err("maxBlocks")
		});
		$$renderer.push(`<!----></div></fieldset> <fieldset class="stack svelte-67s5dg"><legend class="svelte-67s5dg">${escape_html(decision_form_influence())}</legend> <div class="radios svelte-67s5dg" role="radiogroup" aria-labelledby="weighting-label"><p id="weighting-label" class="label svelte-67s5dg">${escape_html(decision_field_weighting())}</p> <!--[-->`);
		const each_array_2 = ensure_array_like(weightings);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let w = each_array_2[$$index_2];
			$$renderer.push(`<label class="radio svelte-67s5dg"><input type="radio" name="weighting"${attr("value", w.value)}${attr("checked", v("weighting", "equal") === w.value, true)}/> <span><strong>${escape_html(weightingLabel(w.value))}</strong> <span class="muted">${escape_html(w.hint)}</span></span></label>`);
		}
		$$renderer.push(`<!--]--> `);
		if (err("weighting")) $$renderer.push(`<!--[0--><p class="error svelte-67s5dg">${escape_html(err("weighting"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <div class="row svelte-67s5dg">`);
		Field($$renderer, {
			name: "groupFactor",
			type: "number",
			min: 2,
			max: 10,
			label: decision_field_group_factor(),
			value: v("groupFactor", "2"),
			error: err("groupFactor")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "stakeLevels",
			type: "number",
			min: 3,
			max: 10,
			label: decision_field_stake_levels(),
			value: v("stakeLevels", "5"),
			error: err("stakeLevels")
		});
		$$renderer.push(`<!----></div></fieldset> <fieldset class="stack svelte-67s5dg"><legend class="svelte-67s5dg">${escape_html(decision_form_secrecy())}</legend> <label class="check svelte-67s5dg"><input type="checkbox" name="secret"${attr("checked", v("secret") === "on" || v("secret") === "true", true)}/> ${escape_html(decision_field_secret())}</label> <p class="muted">${escape_html(decision_field_secret_hint())}</p> <label class="check svelte-67s5dg"><input type="checkbox" name="hideResults"${attr("checked", v("hideResults") === "on" || v("hideResults") === "true", true)}/> ${escape_html(decision_field_hide_results())}</label></fieldset> <fieldset class="stack svelte-67s5dg"><legend class="svelte-67s5dg">${escape_html(decision_form_timetable())}</legend> <div class="row svelte-67s5dg">`);
		Field($$renderer, {
			name: "discussionDays",
			type: "number",
			min: 1,
			max: 90,
			label: decision_field_discussion_days(),
			value: v("discussionDays", "7"),
			error: err("discussionDays")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "amendmentDays",
			type: "number",
			min: 0,
			max: 30,
			label: decision_field_amendment_days(),
			value: v("amendmentDays", "3"),
			error: err("amendmentDays")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "votingDays",
			type: "number",
			min: 1,
			max: 60,
			label: decision_field_voting_days(),
			value: v("votingDays", "7"),
			error: err("votingDays")
		});
		$$renderer.push(`<!----></div> <div class="row svelte-67s5dg">`);
		Field($$renderer, {
			name: "minorityReportDays",
			type: "number",
			min: 1,
			max: 90,
			label: decision_field_report_days(),
			value: v("minorityReportDays", "14"),
			error: err("minorityReportDays")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "revisitPercent",
			type: "number",
			min: 1,
			max: 100,
			label: decision_field_revisit_percent(),
			hint: decision_field_revisit_percent_hint(),
			value: v("revisitPercent", "10"),
			error: err("revisitPercent")
		});
		$$renderer.push(`<!----></div></fieldset> <div class="form-actions"><button class="button" type="submit">${escape_html(submitLabel)}</button></div></form>`);
	});
}
export { DecisionForm as t };
