/**
 * The demo's conventions: the register of founding documents (the interim Mission, Vision,
 * Organisation and membership rules, the Organisation open to amendment with a few amendments by
 * section), the founding convention in preparation with its agenda, chairs and delegates per
 * chapter, and a chapter convention held two months ago, run with the real commands from the
 * call to the published minutes, then dated. The same every time.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	conventionDelegates,
	conventionItems,
	conventions,
	foundingDocuments,
	foundingDocumentVersions,
	members
} from '$lib/server/db/schema';
import { loadActor } from '$lib/server/members/actor';
import type { Actor } from '$lib/domain/members/actor';
import { proposeAmendment } from '$lib/server/decisions/amendments';
import { addDocument, openAmendments } from '$lib/server/conventions/documents';
import {
	addItem,
	callConvention,
	closeItem,
	closeSession,
	openNextItem,
	openSession,
	publishMinutes
} from '$lib/server/conventions/commands';
import { joinQueue, nextSpeaker, yieldFloor } from '$lib/server/conventions/queue';
import { castVote, closeMotion, moveMotion, ratifyDocument } from '$lib/server/conventions/motions';
import { DEMO_EMAIL } from './demo-people';

const DAY = 86_400_000;

const MISSION = `The Organisation exists to help bring about a participatory society: one in which people manage their own lives, share fairly in work and its rewards, and decide together in proportion to how much each decision affects them.`;
const VISION = `## Economy\nWorkers' and consumers' councils, balanced jobs, and remuneration for effort and sacrifice.\n\n## Polity\nNested assemblies and councils, with decisions made as close as possible to those they affect.\n\n## Kinship and culture\nEquality between genders and generations; respect for every community's identity.`;
const ORGANISATION = `Preamble: the Organisation is run by its members, through its chapters and its elected, recallable mandates.\n\n## Chapters\nMembers form local chapters; chapters in a country may form a national chapter.\n\n## Decisions\nDecisions are made by the members they affect, with room for dissent and minority reports.\n\n## Mandates\nEvery role is held for a limited term, by election, and may be recalled.`;
const MEMBERSHIP = `## Joining\nAnyone who agrees with the Mission and Vision may join.\n\n## Interim members\nUntil the founding convention ratifies these rules, everyone who joins is an interim member. Once they are ratified, interim members become members.`;

export async function seedDemoConventions(db: Db) {
	const now = Date.now();
	const [demo] = await db
		.select({ id: members.id, home: chapterMemberships.chapterId })
		.from(members)
		.leftJoin(
			chapterMemberships,
			and(eq(chapterMemberships.memberId, members.id), eq(chapterMemberships.home, true))
		)
		.where(eq(members.email, DEMO_EMAIL));
	// A middle-sized local chapter (every member votes at its assembly), its senior members first.
	const [busiest] = (
		await db.execute<{ id: number; people: number[] }>(sql`
			select c.id::int as id, array_agg(m.id::int order by m.created_at, m.id) as people
			from chapters c
			join chapter_memberships cm on cm.chapter_id = c.id
			join members m on m.id = cm.member_id
			where c.kind = 'local' and m.deleted_at is null and m.lapsed_at is null
				and m.email_verified_at is not null and m.tier <> 'friend' and m.email <> ${DEMO_EMAIL}
			group by c.id having count(*) between 8 and 30
			order by count(*) desc, c.id limit 1`)
	).rows;
	if (!demo || !busiest) return;
	const people = (await Promise.all(busiest.people.map((id) => loadActor(db, Number(id))))).filter(
		(a): a is Actor => !!a
	);
	const [founder, second, third] = people;

	// The register: written as history, version 1 of each interim text.
	const docs = [
		{ slug: 'mission', title: 'Mission', body: MISSION, grants: false },
		{ slug: 'vision', title: 'Vision', body: VISION, grants: false },
		{ slug: 'membership-rules', title: 'Membership rules', body: MEMBERSHIP, grants: true }
	];
	const created = new Date(now - 900 * DAY);
	for (const d of docs) {
		const [row] = await db
			.insert(foundingDocuments)
			.values({
				slug: d.slug,
				title: d.title,
				scopeKind: 'organisation',
				body: d.body,
				grantsMembership: d.grants,
				createdById: founder.id,
				createdAt: created
			})
			.returning({ id: foundingDocuments.id });
		await db.insert(foundingDocumentVersions).values({
			documentId: row.id,
			version: 1,
			body: d.body,
			status: 'interim',
			createdAt: created
		});
	}
	// The Organisation document is open to amendment, with rival amendments to two of its sections.
	const organisation = await addDocument(db, founder, {
		title: 'Organisation',
		scope: 'organisation',
		body: ORGANISATION
	});
	const decisionId = await openAmendments(db, founder, organisation.id, 30);
	await proposeAmendment(db, second, decisionId, {
		body: ORGANISATION.replace(
			'may form a national chapter.',
			'may form a national chapter, and national chapters a continental one.'
		),
		reason: 'Chapters across borders need a level between the country and the world.'
	});
	await proposeAmendment(db, third, decisionId, {
		body: ORGANISATION.replace(
			'may form a national chapter.',
			'may form a regional or national chapter.'
		),
		reason: 'Large countries need regions first.'
	});
	await proposeAmendment(db, people[3], decisionId, {
		body: ORGANISATION.replace(
			'may be recalled.',
			'may be recalled by a tenth of those who elected it.'
		),
		reason: 'A recall threshold belongs in the founding text.'
	});

	// The founding convention, called by a decision of the organisation, in preparation.
	const startsAt = new Date(Math.ceil((now + 45 * DAY) / DAY) * DAY + 13 * 3_600_000);
	const [founding] = await db
		.insert(conventions)
		.values({
			title: 'Founding convention',
			scopeKind: 'organisation',
			calledOn: 'decision',
			startsAt,
			endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
			delegation: 'proportional',
			seats: 60,
			priorityWomen: true,
			voteWindowHours: 24,
			createdById: demo.id
		})
		.returning({ id: conventions.id });
	const ids = new Map(
		(
			await db
				.select({ id: foundingDocuments.id, slug: foundingDocuments.slug })
				.from(foundingDocuments)
		).map((d) => [d.slug, d.id])
	);
	const agenda: [string, string, number, string | null][] = [
		['other', 'Opening, the chair rotation and the agenda', 20, null],
		['amendments', 'Amendments to the Organisation', 90, organisation.slug],
		['ratification', 'Ratify the Mission', 20, 'mission'],
		['ratification', 'Ratify the Vision', 30, 'vision'],
		['ratification', 'Ratify the Organisation', 30, organisation.slug],
		['ratification', 'Ratify the membership rules', 30, 'membership-rules'],
		['election', 'Elect the first international committee', 60, null]
	];
	await db.insert(conventionItems).values(
		agenda.map(([kind, title, minutes, slug], i) => ({
			conventionId: founding.id,
			position: i + 1,
			kind: kind as 'other',
			title,
			minutes,
			documentId: slug ? (ids.get(slug) ?? null) : null
		}))
	);
	await db.insert(conventionDelegates).values(
		[demo.id, second.id, third.id].map((memberId, turn) => ({
			conventionId: founding.id,
			memberId,
			chairTurn: turn
		}))
	);

	// A chapter convention held two months ago: every member a delegate, its charter ratified.
	const [chapter] = await db
		.select({ id: chapters.id })
		.from(chapters)
		.where(eq(chapters.id, Number(busiest.id)));
	const charter = await addDocument(db, founder, {
		title: 'Chapter charter',
		scope: `chapter:${chapter.id}`,
		body: '## Meetings\nWe meet every month, in person and online.\n\n## Facilitation\nTwo facilitators, elected for a year.'
	});
	const handles = await db
		.select({ handle: members.handle })
		.from(members)
		.where(eq(members.id, second.id));
	const meeting = await callConvention(
		db,
		founder,
		{
			title: 'Chapter assembly',
			scope: `chapter:${chapter.id}`,
			startsAt: '2026-01-17T10:00',
			hours: '3',
			chairs: handles[0].handle
		},
		'UTC'
	);
	const c = meeting.id;
	await addItem(db, founder, c, {
		kind: 'other',
		title: 'Reports from the working groups',
		minutes: '30'
	});
	await addItem(db, founder, c, {
		kind: 'ratification',
		title: 'Ratify the chapter charter',
		minutes: '30',
		document: String(charter.id)
	});
	await openSession(db, founder, c);
	const delegates = await db
		.select({ id: conventionDelegates.memberId })
		.from(conventionDelegates)
		.where(eq(conventionDelegates.conventionId, c))
		.orderBy(asc(conventionDelegates.memberId));
	const voters = (await Promise.all(delegates.map((d) => loadActor(db, d.id)))).filter(
		(a): a is Actor => !!a
	);
	const allVote = async (motion: number, noes = 0) => {
		for (const [i, p] of voters.entries())
			await castVote(db, p, c, {
				motion,
				choice: i < noes ? 'no' : i === voters.length - 1 ? 'abstain' : 'yes'
			});
	};
	const agendaMotion = await moveMotion(db, third, c, {
		kind: 'agenda',
		title: 'Adopt the agenda'
	});
	await allVote(agendaMotion);
	await closeMotion(db, founder, c, { motion: agendaMotion });
	await openNextItem(db, founder, c);
	await joinQueue(db, third, c, {});
	await joinQueue(db, people[4], c, {});
	await nextSpeaker(db, founder, c);
	await joinQueue(db, people[5], c, { kind: 'order' });
	await nextSpeaker(db, founder, c);
	await nextSpeaker(db, founder, c);
	await yieldFloor(db, founder, c);
	const thanks = await moveMotion(db, people[5], c, {
		kind: 'procedural',
		title: 'Thank the working groups and take their reports'
	});
	await allVote(thanks, 1);
	await closeMotion(db, founder, c, { motion: thanks });
	await closeItem(db, founder, c);
	await openNextItem(db, second, c);
	const ratify = await moveMotion(db, people[4], c, {
		kind: 'ratification',
		title: 'Ratify the chapter charter',
		document: String(charter.id)
	});
	await allVote(ratify, 2);
	await closeMotion(db, second, c, { motion: ratify });
	await ratifyDocument(db, second, c, { document: charter.id });
	await closeItem(db, second, c);
	await closeSession(db, founder, c);
	await publishMinutes(db, founder, c);
	// Dated to the day it was held.
	const held = new Date('2026-01-17T10:00:00Z');
	await db.execute(
		sql`update convention_minutes set at = ${held}::timestamptz + (id - (select min(id) from convention_minutes where convention_id = ${c})) * interval '4 minutes' where convention_id = ${c}`
	);
	await db.execute(
		sql`update conventions set opened_at = ${held}, closed_at = ${new Date(held.getTime() + 3 * 3_600_000)}, minutes_published_at = ${new Date(held.getTime() + 3 * DAY)}, created_at = ${new Date(held.getTime() - 30 * DAY)} where id = ${c}`
	);
	await db
		.update(foundingDocuments)
		.set({ ratifiedAt: new Date(held.getTime() + 2 * 3_600_000) })
		.where(eq(foundingDocuments.id, charter.id));
}
