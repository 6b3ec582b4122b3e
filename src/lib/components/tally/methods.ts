import { m } from '$lib/paraglide/messages.js';
import type { ConsentReport, MethodId, ThresholdReport } from '$lib/domain/tally';
import { parseRule } from './figures';

const NAMES: Record<MethodId, () => string> = {
	threshold: m.result_method_threshold,
	consent: m.result_method_consent,
	approval: m.result_method_approval,
	score: m.result_method_score,
	borda: m.result_method_borda,
	irv: m.result_method_irv,
	schulze: m.result_method_schulze,
	'ranked-pairs': m.result_method_ranked_pairs,
	'stv-meek': m.result_method_stv_meek,
	'stv-scottish': m.result_method_stv_scottish,
	'stv-gregory': m.result_method_stv_gregory
};

/** The translated name of a counting method. */
export function methodName(method: MethodId): string {
	return NAMES[method]();
}

const BASE_LABEL: Record<string, () => string> = {
	cast: m.result_base_cast,
	'cast-with-abstentions': m.result_base_cast_with_abstentions,
	present: m.result_base_present,
	eligible: m.result_base_eligible
};

/** "Needs more than 1/2 of the votes cast (abstentions not counted)." for a motion's rule. */
export function ruleText(report: ThresholdReport | ConsentReport): string {
	const rule = parseRule(report.rule);
	return rule
		? (rule.inclusive ? m.result_rule_at_least : m.result_rule_more_than)({
				fraction: rule.fraction,
				base: BASE_LABEL[report.base]()
			})
		: report.rule;
}
