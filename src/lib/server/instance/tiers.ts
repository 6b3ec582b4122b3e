/**
 * The tier rules applied: the tier an account gets when its address is confirmed, promotion by a
 * chapter's facilitator ('chapter-confirmation'), promotion by time ('months:N', a daily job), and
 * what a member's own page says about their tier. 'convention' does nothing automatic: the
 * founding convention decides.
 */
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import { chapterMemberships, members } from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { isTier, type Tier } from '$lib/domain/members/tiers';
import {
	dueAt,
	nextStep,
	tierAtSignUp,
	tierByTime,
	type TierRule
} from '$lib/domain/instance/tier-rules';
import type { Locale } from '$lib/paraglide/runtime.js';
import { command } from '$lib/server/command';
import { Conflict, NotFound } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { eventAbout } from '$lib/server/events/about';
import { translate } from '$lib/server/i18n';
import { profileOpen, publicName } from '$lib/server/members/privacy';
import { membershipSettings, tierLabel } from './membership-settings';
import { RIGHT_LABELS } from './registry';
import { tierRulesOf } from './values';

/** Set a new account's tier from the rules, as its address is first confirmed. */
export async function setTierAtSignUp(tx: Queryable, memberId: number): Promise<void> {
	const tier = tierAtSignUp(await tierRulesOf(tx));
	await tx
		.update(members)
		.set({ tier, tierSince: sql`now()` })
		.where(eq(members.id, memberId));
}

const promoted = (
	memberId: number,
	actorId: number | null,
	from: string,
	to: Tier,
	by: 'chapter' | 'time'
) => eventAbout('member', memberId, actorId, { type: 'member.promoted', data: { from, to, by } });

/**
 * Promote everyone whose 'months:N' step is due (the scheduler's daily job). Each member is moved
 * from the tier they were read in, so a member changed meanwhile is left alone. Returns how many.
 */
export async function promoteByTime(db: Db, now = new Date()): Promise<number> {
	const rules = await tierRulesOf(db);
	let moved = 0;
	for (const from of ['friend', 'interim'] as const) {
		const step = nextStep(from, rules);
		if (step?.rule.kind !== 'months') continue;
		const cutoff = new Date(now);
		cutoff.setUTCMonth(cutoff.getUTCMonth() - step.rule.months);
		const due = await db
			.select({ id: members.id, since: members.tierSince })
			.from(members)
			.where(
				and(
					eq(members.tier, from),
					lte(members.tierSince, cutoff),
					isNull(members.deletedAt),
					isNull(members.lapsedAt),
					sql`${members.emailVerifiedAt} is not null`
				)
			)
			.limit(5000);
		for (const m of due) {
			const to = tierByTime(from, m.since, rules, now);
			if (!to) continue;
			await db.transaction(async (tx) => {
				const [row] = await tx
					.update(members)
					.set({ tier: to, tierSince: now })
					.where(and(eq(members.id, m.id), eq(members.tier, from)))
					.returning({ id: members.id });
				if (row) {
					await appendEvent(tx, promoted(m.id, null, from, to, 'time'));
					moved++;
				}
			});
		}
	}
	return moved;
}

/**
 * A facilitator of one of the member's chapters confirms them to the next tier, where the rule for
 * that step is 'chapter-confirmation'.
 */
export const confirmTier = command({
	input: (memberId: number) => ({ memberId }),
	load: async (tx, _actor, { memberId }) => {
		const [member] = await tx
			.select({ id: members.id, tier: members.tier })
			.from(members)
			.where(and(eq(members.id, memberId), isNull(members.deletedAt)))
			.for('update');
		if (!member) throw new NotFound('error_member_not_found');
		const chapters = await tx
			.select({ id: chapterMemberships.chapterId })
			.from(chapterMemberships)
			.where(eq(chapterMemberships.memberId, memberId));
		return { member, chapters: chapters.map((c) => c.id), rules: await tierRulesOf(tx) };
	},
	allow: (actor, { chapters }) => facilitatesOneOf(actor, chapters),
	forbidden: 'tier_error_not_facilitator',
	check: ({ member, rules }) => {
		if (nextStep(member.tier, rules)?.rule.kind !== 'chapter-confirmation')
			throw new Conflict('tier_error_not_by_chapter');
	},
	run: async (tx, _actor, { member, rules }) => {
		const to = nextStep(member.tier, rules)!.tier;
		await tx
			.update(members)
			.set({ tier: to, tierSince: sql`now()` })
			.where(eq(members.id, member.id));
		return { from: member.tier, to };
	},
	event: ({ from, to }, { member }, _i, actor) => promoted(member.id, actor.id, from, to, 'chapter')
});

/** Holds a current mandate in one of these chapters (a chapter's facilitators confirm its members). */
function facilitatesOneOf(actor: Actor, chapterIds: number[], now = new Date()): boolean {
	if (actor.lapsed) return false;
	return actor.mandates.some(
		(m) =>
			m.scope.kind === 'chapter' &&
			chapterIds.includes(m.scope.id) &&
			m.startsAt <= now &&
			(m.endsAt === null || now < m.endsAt)
	);
}

function ruleText(rule: TierRule, locale: Locale, since: Date, tier: string): string {
	switch (rule.kind) {
		case 'sign-up':
			return translate('membership_next_sign_up', {}, locale);
		case 'chapter-confirmation':
			return translate('membership_next_chapter', {}, locale);
		case 'months':
			return translate(
				'membership_next_months',
				{
					months: rule.months,
					tier,
					date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(dueAt(since, rule)!)
				},
				locale
			);
		case 'convention':
			return translate('membership_next_convention', {}, locale);
	}
}

/** The member's own tier: what it is, what it lets them do, and how to reach the next. */
export async function ownTier(db: Queryable, actor: Actor, locale: Locale) {
	const [me] = await db
		.select({ tier: members.tier, since: members.tierSince })
		.from(members)
		.where(eq(members.id, actor.id));
	const [settings, rules] = await Promise.all([membershipSettings(db), tierRulesOf(db)]);
	const label = tierLabel(settings, me.tier, locale);
	const step = nextStep(me.tier, rules);
	return {
		tier: label,
		since: me.since,
		lapsed: actor.lapsed,
		rights: isTier(me.tier)
			? settings.tierRights[me.tier].map((r) => translate(RIGHT_LABELS[r], {}, locale))
			: [],
		/** Holds a chapter mandate: may confirm members where the rules ask the chapter to. */
		confirms: actor.mandates.some((m) => m.scope.kind === 'chapter'),
		mandates: actor.mandates.map((m) => ({
			role: m.role,
			rights: m.rights.map((r) => translate(RIGHT_LABELS[r], {}, locale))
		})),
		next: step
			? {
					tier: tierLabel(settings, step.tier, locale),
					how: ruleText(step.rule, locale, me.since, label)
				}
			: null
	};
}

/**
 * The members a facilitator may confirm now: in the chapters where the actor holds a current
 * mandate, at a tier whose next step is by the chapter's confirmation. Names as the actor sees them.
 */
export async function awaitingConfirmation(db: Queryable, actor: Actor, locale: Locale) {
	const now = new Date();
	const chapterIds = [
		...new Set(
			actor.mandates
				.filter(
					(m) => m.scope.kind === 'chapter' && m.startsAt <= now && (!m.endsAt || now < m.endsAt)
				)
				.map((m) => (m.scope as { id: number }).id)
		)
	];
	const rules = await tierRulesOf(db);
	const tiers = (['friend', 'interim'] as const).filter(
		(t) => nextStep(t, rules)?.rule.kind === 'chapter-confirmation'
	);
	if (actor.lapsed || !chapterIds.length || !tiers.length)
		return { facilitator: chapterIds.length > 0, members: [] };
	const settings = await membershipSettings(db);
	const rows = await db
		.selectDistinct({
			id: members.id,
			handle: members.handle,
			name: publicName(actor),
			profile: profileOpen(actor),
			tier: members.tier
		})
		.from(members)
		.innerJoin(chapterMemberships, eq(chapterMemberships.memberId, members.id))
		.where(
			and(
				inArray(chapterMemberships.chapterId, chapterIds),
				inArray(members.tier, tiers),
				isNull(members.deletedAt),
				sql`${members.emailVerifiedAt} is not null`
			)
		)
		.orderBy(members.id)
		.limit(200);
	return {
		facilitator: true,
		members: rows.map((r) => ({
			id: r.id,
			person: { handle: r.handle, name: r.name, profile: r.profile },
			tier: tierLabel(settings, r.tier, locale),
			next: tierLabel(settings, nextStep(r.tier, rules)!.tier, locale)
		}))
	};
}
