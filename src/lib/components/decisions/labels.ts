import { m } from '$lib/paraglide/messages.js';

/** Translated names of the values decisions store (phases, outcomes, methods, choices). */
const PHASES: Record<string, () => string> = {
	draft: m.decision_phase_draft,
	discussion: m.decision_phase_discussion,
	amendments: m.decision_phase_amendments,
	voting: m.decision_phase_voting,
	closed: m.decision_phase_closed
};
const OUTCOMES: Record<string, () => string> = {
	passes: m.decision_outcome_passes,
	fails: m.decision_outcome_fails,
	blocked: m.decision_outcome_blocked,
	'no-quorum': m.decision_outcome_no_quorum,
	chosen: m.decision_outcome_chosen
};
const METHODS: Record<string, () => string> = {
	threshold: m.decision_method_threshold,
	consent: m.decision_method_consent,
	schulze: m.decision_method_schulze,
	irv: m.decision_method_irv,
	'ranked-pairs': m.decision_method_ranked_pairs,
	approval: m.decision_method_approval,
	score: m.decision_method_score,
	borda: m.decision_method_borda
};
const WEIGHTINGS: Record<string, () => string> = {
	equal: m.decision_weighting_equal,
	group: m.decision_weighting_group,
	stake: m.decision_weighting_stake
};
const AMENDMENT_STATUSES: Record<string, () => string> = {
	open: m.amendment_status_open,
	voting: m.amendment_status_voting,
	accepted: m.amendment_status_accepted,
	carried: m.amendment_status_carried,
	defeated: m.amendment_status_defeated,
	withdrawn: m.amendment_status_withdrawn,
	lapsed: m.amendment_status_lapsed,
	conflicted: m.amendment_status_conflicted
};

const pick = (table: Record<string, () => string>, key: string | null | undefined) =>
	(key && table[key]?.()) || key || '';

export const phaseLabel = (p: string) => pick(PHASES, p);
export const outcomeLabel = (o: string | null | undefined) => pick(OUTCOMES, o);
export const methodLabel = (x: string) => pick(METHODS, x);
export const weightingLabel = (x: string) => pick(WEIGHTINGS, x);
export const amendmentStatusLabel = (x: string) => pick(AMENDMENT_STATUSES, x);
// A ballot's answers have a module of their own, for the pages that need only those.
export { choiceLabel } from './choice-labels';
