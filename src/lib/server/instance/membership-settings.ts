import { inArray } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { instanceSettings } from '$lib/server/db/schema';
import {
	DEFAULT_TIER_RIGHTS,
	normaliseTierRights,
	TIERS,
	type Tier,
	type TierRights
} from '$lib/domain/members/tiers';
import type { Locale } from '$lib/server/i18n';
import { translate } from '$lib/server/i18n';

/**
 * Membership settings an organisation sets for itself (stored in `instance_settings`, defaults
 * here): tier labels and rights, when an inactive member lapses, when a chapter counts as active,
 * and the preconditions for the founding convention (IOPS's by default).
 */
export type ConventionPreconditions = {
	/** Active chapters that each meet the women share. */
	minChapters: number;
	/** Share of women (0–1) among a chapter's members who declared a gender. */
	minWomenShare: number;
	minCountries: number;
	minContinents: number;
};

export type MembershipSettings = {
	tierLabels: Partial<Record<Tier, Partial<Record<Locale, string>>>>;
	tierRights: TierRights;
	lapseMonths: number;
	/** Days between the warning mail and lapsing. */
	lapseGraceDays: number;
	activeChapterMembers: number;
	convention: ConventionPreconditions;
};

export const DEFAULT_MEMBERSHIP_SETTINGS: MembershipSettings = {
	tierLabels: {},
	tierRights: DEFAULT_TIER_RIGHTS,
	lapseMonths: 12,
	lapseGraceDays: 30,
	activeChapterMembers: 5,
	convention: { minChapters: 10, minWomenShare: 0.3, minCountries: 5, minContinents: 3 }
};

const KEYS = {
	tierLabels: 'members.tier_labels',
	tierRights: 'members.tier_rights',
	lapseMonths: 'members.lapse_months',
	lapseGraceDays: 'members.lapse_grace_days',
	activeChapterMembers: 'chapters.active_members',
	convention: 'convention.preconditions'
} as const;

const positiveInt = (value: unknown, fallback: number, max = 10_000) =>
	Number.isInteger(value) && (value as number) > 0 && (value as number) <= max
		? (value as number)
		: fallback;

export async function membershipSettings(db: Queryable): Promise<MembershipSettings> {
	const rows = await db
		.select()
		.from(instanceSettings)
		.where(inArray(instanceSettings.key, Object.values(KEYS)));
	const stored = new Map(rows.map((r) => [r.key, r.value as unknown]));
	const d = DEFAULT_MEMBERSHIP_SETTINGS;
	const conv = (stored.get(KEYS.convention) ?? {}) as Partial<ConventionPreconditions>;
	const share = Number(conv.minWomenShare);
	return {
		tierLabels: (stored.get(KEYS.tierLabels) as MembershipSettings['tierLabels'] | undefined) ?? {},
		tierRights: stored.has(KEYS.tierRights)
			? normaliseTierRights(stored.get(KEYS.tierRights))
			: d.tierRights,
		lapseMonths: positiveInt(stored.get(KEYS.lapseMonths), d.lapseMonths, 120),
		lapseGraceDays: positiveInt(stored.get(KEYS.lapseGraceDays), d.lapseGraceDays, 365),
		activeChapterMembers: positiveInt(
			stored.get(KEYS.activeChapterMembers),
			d.activeChapterMembers
		),
		convention: {
			minChapters: positiveInt(conv.minChapters, d.convention.minChapters),
			minWomenShare: share >= 0 && share <= 1 ? share : d.convention.minWomenShare,
			minCountries: positiveInt(conv.minCountries, d.convention.minCountries),
			minContinents: positiveInt(conv.minContinents, d.convention.minContinents, 7)
		}
	};
}

/** Write one membership setting (the operator's or a decision's). */
export async function setMembershipSetting(
	db: Queryable,
	key: keyof typeof KEYS,
	value: unknown
): Promise<void> {
	await db
		.insert(instanceSettings)
		.values({ key: KEYS[key], value })
		.onConflictDoUpdate({ target: instanceSettings.key, set: { value, updatedAt: new Date() } });
}

/** A tier's label in a language: the organisation's own, else the translated default. */
export function tierLabel(settings: MembershipSettings, tier: string, locale: Locale): string {
	const own = settings.tierLabels[tier as Tier];
	const label = own?.[locale] ?? own?.en;
	if (label) return label;
	return (TIERS as readonly string[]).includes(tier) ? translate(`tier_${tier}`, {}, locale) : tier;
}
