/**
 * Membership tiers and what each may do. Pure data and rules: the instance settings hold the
 * labels and the rights table (defaults here); the policies in src/lib/server/*\/policy.ts ask
 * `tierMay`, so the rights live in one place.
 */
export const TIERS = ['friend', 'interim', 'member'] as const;
export type Tier = (typeof TIERS)[number];

export const RIGHTS = [
	'post',
	'comment',
	'vote',
	'propose',
	'stand',
	'start-project',
	'join-chapter',
	// Rights a mandate gives (see roles.ts); a tier has them only if the members decide so.
	'write-organisation-news',
	'pin-thread',
	'lock-thread',
	'manage-forums'
] as const;
export type Right = (typeof RIGHTS)[number];

export type TierRights = Record<Tier, Right[]>;

/** Friends post and comment but do not vote; interim members and members may do everything. */
export const DEFAULT_TIER_RIGHTS: TierRights = {
	friend: ['post', 'comment', 'join-chapter'],
	interim: ['post', 'comment', 'vote', 'propose', 'stand', 'start-project', 'join-chapter'],
	member: ['post', 'comment', 'vote', 'propose', 'stand', 'start-project', 'join-chapter']
};

/** Rights a lapsed member keeps until they confirm they are back: their content stays, they wait. */
const LAPSED_KEEP: ReadonlySet<Right> = new Set();

export function isRight(value: unknown): value is Right {
	return typeof value === 'string' && (RIGHTS as readonly string[]).includes(value);
}

export function isTier(value: unknown): value is Tier {
	return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

export type TierActor = { tier: string; lapsed?: boolean };

/** May a member of this tier (lapsed or not) exercise this right under these settings? */
export function tierMay(actor: TierActor | null, right: Right, rights: TierRights): boolean {
	if (!actor || !isTier(actor.tier)) return false;
	if (actor.lapsed && !LAPSED_KEEP.has(right)) return false;
	return rights[actor.tier]?.includes(right) ?? false;
}

/** Check a stored rights table, keeping only known tiers and rights; missing tiers get defaults. */
export function normaliseTierRights(value: unknown): TierRights {
	const out: TierRights = { ...DEFAULT_TIER_RIGHTS };
	if (!value || typeof value !== 'object') return out;
	for (const tier of TIERS) {
		const list = (value as Record<string, unknown>)[tier];
		if (Array.isArray(list)) out[tier] = list.filter(isRight);
	}
	return out;
}
