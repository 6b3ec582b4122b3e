/**
 * Who the delegates are. With `all`, every active member of the scope who may vote; with
 * `proportional`, the seats are shared among the chapters by their active members (apportion.ts)
 * and each chapter elects its delegates with the elections capability, for the `delegate` role:
 * the holders of current delegate mandates are the delegates. The list is fixed when the session
 * opens, like a decision's electorate; the chairs from the call are on it from the start.
 */
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	conventionDelegates,
	elections,
	mandates,
	members
} from '$lib/server/db/schema';
import { apportionDelegates } from '$lib/domain/conventions/apportion';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import { MIN_GROUP } from '$lib/server/glance/queries';
import { isActiveMember } from '$lib/server/members/privacy';

type Convention = {
	id: number;
	scopeKind: string;
	scopeId: number | null;
	delegation: string;
	seats: number | null;
};

const voting = sql`${members.tier} <> 'friend'`;

/** Active local chapters with their active voting members, for the apportionment. */
async function chapterSizes(db: Queryable) {
	const rows = await db
		.select({ id: chapters.id, name: chapters.name, members: sql<number>`count(*)::int` })
		.from(chapters)
		.innerJoin(chapterMemberships, eq(chapterMemberships.chapterId, chapters.id))
		.innerJoin(members, eq(members.id, chapterMemberships.memberId))
		.where(and(eq(chapters.kind, 'local'), isActiveMember, voting))
		.groupBy(chapters.id)
		.orderBy(chapters.id);
	return rows.map((r) => ({ ...r, members: Number(r.members) }));
}

/** Seats per chapter, the elections called for them, and the delegates elected so far. */
export async function delegation(db: Queryable, c: Convention, now = new Date()) {
	if (c.delegation !== 'proportional') return null;
	const sizes = await chapterSizes(db);
	const seats = apportionDelegates(sizes, c.seats ?? 0);
	const held = await db
		.select({ chapterId: mandates.scopeId, n: sql<number>`count(*)::int` })
		.from(mandates)
		.where(and(eq(mandates.role, 'delegate'), eq(mandates.scopeKind, 'chapter'), current(now)))
		.groupBy(mandates.scopeId);
	const called = await db
		.select({ chapterId: elections.scopeId, id: elections.id, phase: elections.phase })
		.from(elections)
		.where(and(eq(elections.role, 'delegate'), eq(elections.scopeKind, 'chapter')));
	const heldBy = new Map(held.map((h) => [Number(h.chapterId), Number(h.n)]));
	return sizes
		.filter((s) => (seats.get(s.id) ?? 0) > 0)
		.map((s) => ({
			chapterId: s.id,
			name: s.name,
			members: s.members,
			seats: seats.get(s.id) ?? 0,
			elected: heldBy.get(s.id) ?? 0,
			election: called.filter((e) => Number(e.chapterId) === s.id).at(-1) ?? null
		}));
}

const current = (now: Date) =>
	and(sql`${mandates.startsAt} <= ${now}`, or(isNull(mandates.endsAt), gt(mandates.endsAt, now)));

/** Fix the delegates as the session opens; returns how many there are. */
export async function fixDelegates(tx: Tx, c: Convention, now = new Date()): Promise<number> {
	if (c.delegation === 'all') {
		const inScope =
			c.scopeKind === 'chapter'
				? sql`${members.id} in (select member_id from chapter_memberships where chapter_id = ${c.scopeId})`
				: sql`true`;
		await tx.execute(sql`
			insert into convention_delegates (convention_id, member_id)
			select ${c.id}, ${members.id} from ${members}
			where ${isActiveMember} and ${voting} and ${inScope}
			on conflict do nothing`);
	} else {
		await tx.execute(sql`
			insert into convention_delegates (convention_id, member_id, chapter_id)
			select ${c.id}, m.member_id, m.scope_id from mandates m
			where m.role = 'delegate' and m.scope_kind = 'chapter' and m.starts_at <= ${now}
				and (m.ends_at is null or m.ends_at > ${now})
			on conflict do nothing`);
	}
	const [row] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(conventionDelegates)
		.where(eq(conventionDelegates.conventionId, c.id));
	return Number(row.n);
}

/**
 * The delegation against the organisation's diversity target: the share of self-declared women
 * among the delegates, shown only when there are enough delegates that no one is singled out.
 */
export async function diversity(db: Queryable, conventionId: number) {
	const settings = await membershipSettings(db);
	const [row] = await db
		.select({
			delegates: sql<number>`count(*)::int`,
			women: sql<number>`(count(*) filter (where ${members.gender} = 'f'))::int`
		})
		.from(conventionDelegates)
		.innerJoin(members, eq(members.id, conventionDelegates.memberId))
		.where(eq(conventionDelegates.conventionId, conventionId));
	const delegates = Number(row?.delegates ?? 0);
	const women = Number(row?.women ?? 0);
	const target = settings.convention.minWomenShare;
	const shown = delegates >= MIN_GROUP;
	return {
		delegates,
		targetPercent: Math.round(target * 100),
		womenPercent: shown ? Math.round((women * 100) / delegates) : null,
		met: shown ? women >= target * delegates : null
	};
}
