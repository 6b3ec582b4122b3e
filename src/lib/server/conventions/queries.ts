/**
 * What readers see of conventions. Queries never write. Names go through publicName, so a
 * visitor sees short names. The session page's data is small and indexed (a few hundred people
 * reload it at once: bench/convention.ts measures it).
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	chapters,
	conventionDelegates,
	conventionMinutes,
	conventionMotions,
	conventions,
	conventionVotes,
	foundingDocuments,
	members
} from '$lib/server/db/schema';
import { Conflict } from '$lib/server/errors';
import type { Actor } from '$lib/domain/members/actor';
import { publicName, seesFullNames } from '$lib/server/members/privacy';
import { countedGlance, readinessFigures } from '$lib/server/glance/queries';
import { inConventionScope, loadConvention } from './context';
import { sharedSession } from './session-cache';
import { delegation, diversity } from './delegates';
import { queueOf } from './queue';
import { can, type ConventionSubject } from './policy';

export async function conventionList(db: Queryable, viewer: Actor | null) {
	const rows = await db
		.select({
			id: conventions.id,
			title: conventions.title,
			phase: conventions.phase,
			scopeKind: conventions.scopeKind,
			chapter: chapters.name,
			startsAt: conventions.startsAt,
			endsAt: conventions.endsAt,
			minutesPublishedAt: conventions.minutesPublishedAt
		})
		.from(conventions)
		.leftJoin(chapters, eq(chapters.id, conventions.scopeId))
		.orderBy(desc(conventions.startsAt))
		.limit(100);
	// Counted once per change that could alter it (chapters/counted.ts), as on the glance page.
	const readiness = readinessFigures((await countedGlance(db)).readiness);
	return {
		conventions: rows,
		readiness,
		chapters: viewer?.chapterIds.length
			? await db
					.select({ id: chapters.id, name: chapters.name })
					.from(chapters)
					.where(inArray(chapters.id, [...viewer.chapterIds]))
			: [],
		mayCall:
			!!viewer &&
			can(viewer, 'call', {
				phase: 'preparing',
				scope: { kind: 'organisation' },
				inScope: true,
				isDelegate: false,
				isChair: false,
				isCaller: false
			})
	};
}

// No handle: the pages name people, they do not link them, and a handle of a member who is not
// listed in the directory must not reach a visitor, even in a page's data.
const person = (viewer: Actor | null) => ({
	id: members.id,
	name: publicName(viewer)
});

/** The convention: dates, agenda, chairs, delegates and the delegation's diversity. */
export async function conventionPage(db: Queryable, viewer: Actor | null, id: number) {
	const ctx = await loadConvention(db, viewer, id);
	const c = ctx.convention;
	const [scopeName, chairs, delegateRows, documents, apportioned, shares] = await Promise.all([
		c.scopeId
			? db
					.select({ name: chapters.name, slug: chapters.slug })
					.from(chapters)
					.where(eq(chapters.id, c.scopeId))
			: Promise.resolve([]),
		ctx.rotation.length
			? db.select(person(viewer)).from(members).where(inArray(members.id, ctx.rotation))
			: Promise.resolve([]),
		db
			.select({ ...person(viewer), chapter: chapters.name })
			.from(conventionDelegates)
			.innerJoin(members, eq(members.id, conventionDelegates.memberId))
			.leftJoin(chapters, eq(chapters.id, conventionDelegates.chapterId))
			.where(eq(conventionDelegates.conventionId, id))
			.orderBy(asc(members.handle))
			.limit(500),
		db
			.select({
				id: foundingDocuments.id,
				slug: foundingDocuments.slug,
				title: foundingDocuments.title,
				status: foundingDocuments.status
			})
			.from(foundingDocuments)
			.where(
				and(
					eq(foundingDocuments.scopeKind, c.scopeKind),
					c.scopeId
						? eq(foundingDocuments.scopeId, c.scopeId)
						: sql`${foundingDocuments.scopeId} is null`
				)
			),
		delegation(db, c),
		diversity(db, id)
	]);
	const byId = new Map(chairs.map((p) => [p.id, p]));
	return {
		convention: c,
		chapter: scopeName[0] ?? null,
		items: ctx.items,
		chairs: ctx.rotation.map((m) => byId.get(m)).filter((p) => !!p),
		chairId: ctx.chairId,
		delegates: delegateRows,
		documents,
		delegation: apportioned,
		diversity: shares,
		may: {
			prepare: can(viewer, 'prepare', ctx.subject) && ctx.state.phase === 'preparing',
			chair: can(viewer, 'chair', ctx.subject)
		},
		subject: ctx.subject
	};
}

/** What every viewer of the session page sees alike: shared between them (session-cache.ts). */
async function sessionShared(db: Queryable, fullNames: boolean, id: number) {
	const names = fullNames ? { id: 0, confirmed: true } : null;
	const ctx = await loadConvention(db, null, id);
	const c = ctx.convention;
	const [queue, motionRows, chair, documents] = await Promise.all([
		queueOf(db, names, id),
		db
			.select()
			.from(conventionMotions)
			.where(eq(conventionMotions.conventionId, id))
			.orderBy(desc(conventionMotions.id))
			.limit(30),
		ctx.chairId
			? db
					.select({ id: members.id, name: publicName(names) })
					.from(members)
					.where(eq(members.id, ctx.chairId))
			: Promise.resolve([]),
		db
			.select({
				id: foundingDocuments.id,
				title: foundingDocuments.title,
				status: foundingDocuments.status,
				decisionId: foundingDocuments.decisionId
			})
			.from(foundingDocuments)
			.where(
				and(
					eq(foundingDocuments.scopeKind, c.scopeKind),
					c.scopeId
						? eq(foundingDocuments.scopeId, c.scopeId)
						: sql`${foundingDocuments.scopeId} is null`
				)
			)
	]);
	// Live counts of open motions, taken in one query; hidden while a window is open for late voters.
	const live = motionRows.filter((m) => m.status === 'open' && !m.closesAt).map((m) => m.id);
	const tallies = live.length
		? await db
				.select({
					motionId: conventionVotes.motionId,
					choice: conventionVotes.choice,
					n: sql<number>`count(*)::int`
				})
				.from(conventionVotes)
				.where(inArray(conventionVotes.motionId, live))
				.groupBy(conventionVotes.motionId, conventionVotes.choice)
		: [];
	const countOf = (motionId: number, choice: string) =>
		Number(tallies.find((t) => t.motionId === motionId && t.choice === choice)?.n ?? 0);
	const motions = motionRows.map((m) => ({
		...m,
		countsShown: m.status !== 'open' || !m.closesAt,
		yes: m.status === 'open' ? countOf(m.id, 'yes') : m.yes,
		no: m.status === 'open' ? countOf(m.id, 'no') : m.no,
		abstain: m.status === 'open' ? countOf(m.id, 'abstain') : m.abstain
	}));
	return { ctx, queue, motions, chair: chair[0] ?? null, documents };
}

/** The live session: the open item, the chair, the queue, the motions with their counts. */
export async function sessionPage(db: Queryable, viewer: Actor | null, id: number) {
	const fullNames = seesFullNames(viewer);
	const shared = await sharedSession(db, id, fullNames ? 'full' : 'short', () =>
		sessionShared(db, fullNames, id)
	);
	const { ctx, queue } = shared;
	const c = ctx.convention;
	const [mine, delegate] = viewer
		? await Promise.all([
				db
					.select({ motionId: conventionVotes.motionId, choice: conventionVotes.choice })
					.from(conventionVotes)
					.innerJoin(conventionMotions, eq(conventionMotions.id, conventionVotes.motionId))
					.where(
						and(eq(conventionMotions.conventionId, id), eq(conventionVotes.memberId, viewer.id))
					),
				db
					.select({ one: sql<number>`1` })
					.from(conventionDelegates)
					.where(
						and(
							eq(conventionDelegates.conventionId, id),
							eq(conventionDelegates.memberId, viewer.id)
						)
					)
			])
		: [[], []];
	const subject: ConventionSubject = {
		...ctx.subject,
		inScope: inConventionScope(viewer, c),
		isDelegate: delegate.length > 0,
		isChair: !!viewer && ctx.chairId === viewer.id,
		isCaller: !!viewer && c.createdById === viewer.id
	};
	const myVote = new Map(mine.map((v) => [v.motionId, v.choice]));
	const myPlace = viewer
		? {
				waiting: queue.waiting.findIndex((w) => w.memberId === viewer.id),
				speaking: queue.speaking?.memberId === viewer.id
			}
		: null;
	return {
		convention: c,
		items: ctx.items,
		open: ctx.open,
		chair: shared.chair,
		queue,
		myPlace,
		motions: shared.motions.map((m) => ({ ...m, myVote: myVote.get(m.id) ?? null })),
		documents: shared.documents,
		may: {
			chair: can(viewer, 'chair', subject),
			speak: can(viewer, 'speak', subject),
			vote: can(viewer, 'vote', subject),
			prepare: can(viewer, 'prepare', subject)
		},
		adopted: c.agendaAdoptedAt !== null,
		subject
	};
}

/** The published minutes, in order, a corrected entry with its correction. */
export async function minutesPage(db: Queryable, viewer: Actor | null, id: number) {
	const ctx = await loadConvention(db, viewer, id);
	if (!ctx.convention.minutesPublishedAt)
		throw new Conflict('convention_error_minutes_not_published');
	const entries = await db
		.select({
			id: conventionMinutes.id,
			kind: conventionMinutes.kind,
			itemId: conventionMinutes.itemId,
			data: conventionMinutes.data,
			text: conventionMinutes.text,
			correctedBy: conventionMinutes.correctedBy,
			at: conventionMinutes.at,
			name: sql<
				string | null
			>`case when ${members.id} is null then null else ${publicName(viewer)} end`
		})
		.from(conventionMinutes)
		.leftJoin(members, eq(members.id, conventionMinutes.memberId))
		.where(eq(conventionMinutes.conventionId, id))
		.orderBy(asc(conventionMinutes.id));
	const motions = await db
		.select()
		.from(conventionMotions)
		.where(and(eq(conventionMotions.conventionId, id), eq(conventionMotions.kind, 'correction')))
		.orderBy(desc(conventionMotions.id));
	return {
		convention: ctx.convention,
		entries,
		corrections: motions,
		may: { move: can(viewer, 'move', ctx.subject), chair: can(viewer, 'chair', ctx.subject) }
	};
}
