/**
 * The demo's self-government: facilitators in most chapters that have members (two where the
 * chapter is big, one where it is small, some serving their second term), the interim committee's
 * seats as mandates, a recall petition half way to its threshold, and a facilitator who resigned
 * (the seat filled by countback where an election left reserves, otherwise vacant). Written with
 * the real commands, then dated; the same every time.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	chapterMemberships,
	committeeMembers,
	committees,
	mandates,
	members,
	recallPetitions,
	recallSignatures
} from '$lib/server/db/schema';
import { loadActor } from '$lib/server/members/actor';
import { grantMandate, resignMandate } from '$lib/server/mandates/commands';
import { recallThreshold, startRecall } from '$lib/server/mandates/recall';
import { DEMO_EMAIL } from './demo-people';

const DAY = 86_400_000;
const SEATS = 7;

export async function seedDemoGovernance(db: Db) {
	const now = Date.now();
	const at = (days: number) => new Date(now + days * DAY);
	// Chapters with at least three active, confirmed members, busiest first; the senior members first.
	const chapters = await db.execute<{ id: number; people: number[] }>(sql`
		select c.id::int as id, (array_agg(m.id::int order by m.created_at, m.id))[1:4] as people
		from chapters c
		join chapter_memberships cm on cm.chapter_id = c.id
		join members m on m.id = cm.member_id
		where c.parent_id is not null and m.deleted_at is null and m.lapsed_at is null
			and m.email_verified_at is not null and m.tier <> 'friend' and m.email <> ${DEMO_EMAIL}
		group by c.id having count(*) >= 3
		order by count(*) desc, c.id`);
	const rows = chapters.rows;
	// The demo account facilitates its home chapter, so a visitor of the demo can try the role.
	const [demo] = await db
		.select({ id: members.id, home: chapterMemberships.chapterId })
		.from(members)
		.leftJoin(
			chapterMemberships,
			and(eq(chapterMemberships.memberId, members.id), eq(chapterMemberships.home, true))
		)
		.where(eq(members.email, DEMO_EMAIL));
	const granted: { mandateId: number; memberId: number; chapterId: number }[] = [];
	for (const [i, c] of rows.entries()) {
		const demoHere = c.id === demo?.home;
		// Most chapters: every sixth is still looking for a facilitator.
		if (i % 6 === 5 && !demoHere) continue;
		const people = demoHere ? [demo.id, ...c.people] : c.people;
		const holders = people.slice(0, i < rows.length / 3 || demoHere ? 2 : 1);
		for (const [k, memberId] of holders.entries()) {
			const scope = { kind: 'chapter' as const, id: c.id };
			// Some serve a second term: the first one, a year ago, ended by its term.
			if ((i + k) % 4 === 0)
				await db.insert(mandates).values({
					memberId,
					role: 'facilitator',
					scopeKind: 'chapter',
					scopeId: c.id,
					startsAt: at(-400),
					endsAt: at(-35),
					endReason: 'term'
				});
			const mandateId = await db.transaction((tx) =>
				grantMandate(tx, null, {
					memberId,
					role: 'facilitator',
					scope,
					startsAt: at(-35),
					endsAt: at(330)
				})
			);
			granted.push({ mandateId, memberId, chapterId: c.id });
		}
	}
	await seatInterimCommittee(db, at);

	// Others' mandates only: the demo account's stays whole for whoever tries it.
	const others = granted.filter((g) => g.memberId !== demo?.id);
	// A recall petition half way: in the busiest chapter with two facilitators, against the second.
	const target = others[1];
	if (target) {
		const signers = await db.execute<{ id: number }>(sql`
			select m.id::int as id from members m
			join chapter_memberships cm on cm.member_id = m.id and cm.chapter_id = ${target.chapterId}
			where m.deleted_at is null and m.lapsed_at is null and m.email_verified_at is not null
				and m.tier <> 'friend' and m.id <> ${target.memberId}
			order by m.id desc limit 400`);
		const [mandate] = await db.select().from(mandates).where(eq(mandates.id, target.mandateId));
		const threshold = await recallThreshold(db, mandate);
		const half = Math.floor(threshold / 2);
		if (half >= 1 && signers.rows.length > half) {
			const starter = (await loadActor(db, signers.rows[0].id))!;
			const { petitionId } = await startRecall(db, starter, target.mandateId);
			await db
				.insert(recallSignatures)
				.values(
					signers.rows
						.slice(1, half)
						.map((s, n) => ({ petitionId, memberId: s.id, signedAt: at(-6 + n / half) }))
				);
			await db
				.update(recallPetitions)
				.set({ createdAt: at(-6) })
				.where(eq(recallPetitions.id, petitionId));
		}
	}

	// A resignation: a seat filled by an election goes to its next reserve; a facilitator's, which
	// no election filled here, is left vacant for a by-election.
	const [elected] = await db
		.select()
		.from(mandates)
		.where(and(sql`${mandates.electionId} is not null`, sql`${mandates.endReason} is null`))
		.orderBy(asc(mandates.id))
		.limit(1);
	const resigning =
		elected ?? (others[2] && { id: others[2].mandateId, memberId: others[2].memberId });
	if (resigning) {
		const holder = (await loadActor(db, resigning.memberId))!;
		await resignMandate(db, holder, resigning.id);
	}
}

/**
 * The interim committee's members hold its seats as mandates: the ones an election filled, or
 * else the first seven, for a term that began five months ago; the others have left it.
 */
async function seatInterimCommittee(db: Db, at: (days: number) => Date) {
	const [committee] = await db
		.select({ id: committees.id })
		.from(committees)
		.where(eq(committees.slug, 'interim-committee'));
	if (!committee) return;
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(mandates)
		.where(and(eq(mandates.scopeKind, 'committee'), eq(mandates.scopeId, committee.id)));
	if (n > 0) {
		// An election filled the seats: whoever sits without one has left the committee.
		await db.execute(sql`
			delete from committee_members km where km.committee_id = ${committee.id}
				and not exists (select 1 from mandates md where md.member_id = km.member_id
					and md.scope_kind = 'committee' and md.scope_id = km.committee_id
					and md.end_reason is null and (md.ends_at is null or md.ends_at > now()))`);
		return;
	}
	const sitting = await db
		.select({ id: committeeMembers.memberId })
		.from(committeeMembers)
		.innerJoin(members, eq(members.id, committeeMembers.memberId))
		.where(eq(committeeMembers.committeeId, committee.id))
		.orderBy(asc(members.id));
	for (const [i, m] of sitting.entries()) {
		if (i < SEATS)
			await db.transaction((tx) =>
				grantMandate(tx, null, {
					memberId: m.id,
					role: 'committee-seat',
					scope: { kind: 'committee', id: committee.id },
					startsAt: at(-150),
					endsAt: at(215)
				})
			);
		else
			await db
				.delete(committeeMembers)
				.where(
					and(eq(committeeMembers.committeeId, committee.id), eq(committeeMembers.memberId, m.id))
				);
	}
}
