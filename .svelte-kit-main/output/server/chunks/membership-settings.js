import { V as instanceSettings, r as translate } from "./i18n.js";
import { inArray } from "drizzle-orm";
// src/lib/domain/members/tiers.ts
/**
* Membership tiers and what each may do. Pure data and rules: the instance settings hold the
* labels and the rights table (defaults here); the policies in src/lib/server/*\/policy.ts ask
* `tierMay`, so the rights live in one place.
*/
var TIERS = [
	"friend",
	"interim",
	"member"
];
var RIGHTS = [
	"post",
	"comment",
	"vote",
	"propose",
	"stand",
	"start-project",
	"join-chapter"
];
/** Friends post and comment but do not vote; interim members and members may do everything. */
var DEFAULT_TIER_RIGHTS = {
	friend: [
		"post",
		"comment",
		"join-chapter"
	],
	interim: [
		"post",
		"comment",
		"vote",
		"propose",
		"stand",
		"start-project",
		"join-chapter"
	],
	member: [
		"post",
		"comment",
		"vote",
		"propose",
		"stand",
		"start-project",
		"join-chapter"
	]
};
/** Rights a lapsed member keeps until they confirm they are back: their content stays, they wait. */
var LAPSED_KEEP = /* @__PURE__ */ new Set();
function isTier(value) {
	return typeof value === "string" && TIERS.includes(value);
}
/** May a member of this tier (lapsed or not) exercise this right under these settings? */
function tierMay(actor, right, rights) {
	if (!actor || !isTier(actor.tier)) return false;
	if (actor.lapsed && !LAPSED_KEEP.has(right)) return false;
	return rights[actor.tier]?.includes(right) ?? false;
}
/** Check a stored rights table, keeping only known tiers and rights; missing tiers get defaults. */
function normaliseTierRights(value) {
	const out = { ...DEFAULT_TIER_RIGHTS };
	if (!value || typeof value !== "object") return out;
	for (const tier of TIERS) {
		const list = value[tier];
		if (Array.isArray(list)) out[tier] = list.filter((r) => RIGHTS.includes(r));
	}
	return out;
}
// src/lib/server/instance/membership-settings.ts
var DEFAULT_MEMBERSHIP_SETTINGS = {
	tierLabels: {},
	tierRights: DEFAULT_TIER_RIGHTS,
	lapseMonths: 12,
	lapseGraceDays: 30,
	activeChapterMembers: 5,
	convention: {
		minChapters: 10,
		minWomenShare: .3,
		minCountries: 5,
		minContinents: 3
	}
};
var KEYS = {
	tierLabels: "members.tier_labels",
	tierRights: "members.tier_rights",
	lapseMonths: "members.lapse_months",
	lapseGraceDays: "members.lapse_grace_days",
	activeChapterMembers: "chapters.active_members",
	convention: "convention.preconditions"
};
var positiveInt = (value, fallback, max = 1e4) => Number.isInteger(value) && value > 0 && value <= max ? value : fallback;
async function membershipSettings(db) {
	const rows = await db.select().from(instanceSettings).where(inArray(instanceSettings.key, Object.values(KEYS)));
	const stored = new Map(rows.map((r) => [r.key, r.value]));
	const d = DEFAULT_MEMBERSHIP_SETTINGS;
	const conv = stored.get(KEYS.convention) ?? {};
	const share = Number(conv.minWomenShare);
	return {
		tierLabels: stored.get(KEYS.tierLabels) ?? {},
		tierRights: stored.has(KEYS.tierRights) ? normaliseTierRights(stored.get(KEYS.tierRights)) : d.tierRights,
		lapseMonths: positiveInt(stored.get(KEYS.lapseMonths), d.lapseMonths, 120),
		lapseGraceDays: positiveInt(stored.get(KEYS.lapseGraceDays), d.lapseGraceDays, 365),
		activeChapterMembers: positiveInt(stored.get(KEYS.activeChapterMembers), d.activeChapterMembers),
		convention: {
			minChapters: positiveInt(conv.minChapters, d.convention.minChapters),
			minWomenShare: share >= 0 && share <= 1 ? share : d.convention.minWomenShare,
			minCountries: positiveInt(conv.minCountries, d.convention.minCountries),
			minContinents: positiveInt(conv.minContinents, d.convention.minContinents, 7)
		}
	};
}
/** Write one membership setting (the operator's or a decision's). */
async function setMembershipSetting(db, key, value) {
	await db.insert(instanceSettings).values({
		key: KEYS[key],
		value
	}).onConflictDoUpdate({
		target: instanceSettings.key,
		set: {
			value,
			updatedAt: /* @__PURE__ */ new Date()
		}
	});
}
/** A tier's label in a language: the organisation's own, else the translated default. */
function tierLabel(settings, tier, locale) {
	const own = settings.tierLabels[tier];
	const label = own?.[locale] ?? own?.en;
	if (label) return label;
	return TIERS.includes(tier) ? translate(`tier_${tier}`, {}, locale) : tier;
}
export { tierMay as a, TIERS as i, setMembershipSetting as n, tierLabel as r, membershipSettings as t };
