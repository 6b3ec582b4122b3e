import { m } from '$lib/paraglide/messages.js';
import type { MethodId } from '$lib/domain/tally';

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
