import { A as decision_outcome_passes, C as decision_method_schulze, D as decision_outcome_no_quorum, E as decision_outcome_chosen, F as decision_phase_draft, M as decision_phase_voting, N as decision_phase_amendments, O as decision_outcome_blocked, P as decision_phase_discussion, S as decision_method_irv, T as decision_method_threshold, _ as decision_weighting_equal, a as amendment_status_carried, b as decision_method_approval, c as amendment_status_open, d as ballot_agree, f as ballot_abstain, g as decision_weighting_group, h as decision_weighting_stake, i as amendment_status_defeated, j as decision_phase_closed, k as decision_outcome_fails, l as ballot_block, m as ballot_yes, n as amendment_status_lapsed, o as amendment_status_accepted, p as ballot_no, r as amendment_status_withdrawn, s as amendment_status_voting, t as amendment_status_conflicted, u as ballot_disagree, v as decision_method_borda, w as decision_method_consent, x as decision_method_ranked_pairs, y as decision_method_score } from "./amendment_status_conflicted.js";
// src/lib/components/decisions/labels.ts
/** Translated names of the values decisions store (phases, outcomes, methods, choices). */
var PHASES = {
	draft: decision_phase_draft,
	discussion: decision_phase_discussion,
	amendments: decision_phase_amendments,
	voting: decision_phase_voting,
	closed: decision_phase_closed
};
var OUTCOMES = {
	passes: decision_outcome_passes,
	fails: decision_outcome_fails,
	blocked: decision_outcome_blocked,
	"no-quorum": decision_outcome_no_quorum,
	chosen: decision_outcome_chosen
};
var METHODS = {
	threshold: decision_method_threshold,
	consent: decision_method_consent,
	schulze: decision_method_schulze,
	irv: decision_method_irv,
	"ranked-pairs": decision_method_ranked_pairs,
	approval: decision_method_approval,
	score: decision_method_score,
	borda: decision_method_borda
};
var WEIGHTINGS = {
	equal: decision_weighting_equal,
	group: decision_weighting_group,
	stake: decision_weighting_stake
};
var CHOICES = {
	yes: ballot_yes,
	no: ballot_no,
	abstain: ballot_abstain,
	agree: ballot_agree,
	disagree: ballot_disagree,
	block: ballot_block
};
var AMENDMENT_STATUSES = {
	open: amendment_status_open,
	voting: amendment_status_voting,
	accepted: amendment_status_accepted,
	carried: amendment_status_carried,
	defeated: amendment_status_defeated,
	withdrawn: amendment_status_withdrawn,
	lapsed: amendment_status_lapsed,
	conflicted: amendment_status_conflicted
};
var pick = (table, key) => key && table[key]?.() || key || "";
var phaseLabel = (p) => pick(PHASES, p);
var outcomeLabel = (o) => pick(OUTCOMES, o);
var methodLabel = (x) => pick(METHODS, x);
var weightingLabel = (x) => pick(WEIGHTINGS, x);
var choiceLabel = (x) => pick(CHOICES, x);
var amendmentStatusLabel = (x) => pick(AMENDMENT_STATUSES, x);
export { phaseLabel as a, outcomeLabel as i, choiceLabel as n, weightingLabel as o, methodLabel as r, amendmentStatusLabel as t };
