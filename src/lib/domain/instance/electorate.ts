/**
 * Who may vote in a decision, as an instance setting (`decisions.electorate`): the members of the
 * scope when the decision leaves its draft (joining later gives no vote in it), or the members who
 * have belonged to the scope for at least N days when they vote. Defined here; the decisions area
 * applies it.
 */
import { z } from 'zod';

export type ElectorateRule = { kind: 'fixed-at-submission' } | { kind: 'min-days'; days: number };

export const DEFAULT_ELECTORATE = 'fixed-at-submission';

export const electorateText = z
	.string({ error: 'error_invalid_value' })
	.regex(/^(fixed-at-submission|min-days-in-scope:([1-9]|[1-9]\d|[1-3]\d\d))$/, {
		error: 'setting_error_rule'
	});

export function parseElectorate(text: unknown): ElectorateRule {
	if (typeof text === 'string' && electorateText.safeParse(text).success) {
		const days = /^min-days-in-scope:(\d+)$/.exec(text);
		if (days) return { kind: 'min-days', days: Number(days[1]) };
	}
	return { kind: 'fixed-at-submission' };
}
