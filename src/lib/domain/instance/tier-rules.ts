/**
 * How a person moves up the tiers: a visitor becomes a friend by signing up (the account is the
 * friendship); how a friend becomes an interim member, and an interim member a member, is a rule
 * of the instance that the members change by decision. Pure rules; the server applies them when an
 * address is confirmed, when a chapter's facilitator confirms someone, and in a daily job.
 */
import { z } from 'zod';
import type { Tier } from '$lib/domain/members/tiers';

export type TierRule =
	| { kind: 'sign-up' }
	| { kind: 'chapter-confirmation' }
	| { kind: 'months'; months: number }
	| { kind: 'convention' };

export const TIER_RULE_KINDS = ['sign-up', 'chapter-confirmation', 'months', 'convention'] as const;

/** Stored as text: 'sign-up', 'chapter-confirmation', 'months:6', 'convention'. */
export const tierRuleText = z
	.string({ error: 'error_invalid_value' })
	.regex(/^(sign-up|chapter-confirmation|convention|months:([1-9]|[1-9]\d))$/, {
		error: 'setting_error_rule'
	});

export function parseTierRule(text: unknown): TierRule | null {
	if (typeof text !== 'string' || !tierRuleText.safeParse(text).success) return null;
	if (text.startsWith('months:')) return { kind: 'months', months: Number(text.slice(7)) };
	return { kind: text as 'sign-up' | 'chapter-confirmation' | 'convention' };
}

export type TierRules = { interim: TierRule; member: TierRule };

export const DEFAULT_TIER_RULES = { interim: 'sign-up', member: 'convention' } as const;

/** The rules in force, each falling back to its default when the stored text is not a rule. */
export function tierRules(stored: { interim?: unknown; member?: unknown }): TierRules {
	return {
		interim: parseTierRule(stored.interim) ?? parseTierRule(DEFAULT_TIER_RULES.interim)!,
		member: parseTierRule(stored.member) ?? parseTierRule(DEFAULT_TIER_RULES.member)!
	};
}

/** The tier above, and the rule that leads there; null at the top. */
export function nextStep(tier: string, rules: TierRules): { tier: Tier; rule: TierRule } | null {
	if (tier === 'friend') return { tier: 'interim', rule: rules.interim };
	if (tier === 'interim') return { tier: 'member', rule: rules.member };
	return null;
}

/** The tier an account has once its address is confirmed: up as far as 'sign-up' rules go. */
export function tierAtSignUp(rules: TierRules): Tier {
	if (rules.interim.kind !== 'sign-up') return 'friend';
	return rules.member.kind === 'sign-up' ? 'member' : 'interim';
}

/** The tier a member reaches by time alone (a 'months:N' rule), or null when time does nothing. */
export function tierByTime(
	tier: string,
	tierSince: Date,
	rules: TierRules,
	now: Date
): Tier | null {
	const step = nextStep(tier, rules);
	const due = step && dueAt(tierSince, step.rule);
	return step && due && due <= now ? step.tier : null;
}

/** When a 'months:N' step is due (for the member's own page). */
export function dueAt(tierSince: Date, rule: TierRule): Date | null {
	if (rule.kind !== 'months') return null;
	const due = new Date(tierSince);
	due.setUTCMonth(due.getUTCMonth() + rule.months);
	return due;
}
