/**
 * What readers see of moderation. The public log and a case's page show the item's title, the
 * verdict, its counts, the jurors' reasons (without saying whose), the jurors drawn and each
 * draw's seed. Nothing here reads the flags table: who flagged is in no page and no answer.
 * The flagged text itself is shown only to the case's current jurors and to its author.
 */
import '$lib/server/moderatables';
import { and, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { jurors, juryCases, juryDraws, juryOptOuts, members } from '$lib/server/db/schema';
import { NotFound } from '$lib/server/errors';
import { publicName } from '$lib/server/members/privacy';
import { timeCursor } from '$lib/server/paging';
import { renderCommentMarkdown } from '$lib/server/writing/markdown';
import { can } from './policy';
import { juryPolicy } from './settings';
import { moderationSubjectOf } from './subjects';
import { suspendedUntil } from './suspensions';

const PAGE = 20;

export const parseLogCursor = timeCursor;

/** Each case's draws (seed, pool size, positions) and its jurors' reasons, for a set of cases. */
type DrawRow = typeof juryDraws.$inferSelect;
type ReasonRow = { caseId: number; verdict: string | null; reason: string };

async function drawsAndReasons(
	db: Queryable,
	ids: number[]
): Promise<{ draws: Map<number, DrawRow[]>; reasons: Map<number, ReasonRow[]> }> {
	if (!ids.length) return { draws: new Map(), reasons: new Map() };
	const draws = await db
		.select()
		.from(juryDraws)
		.where(inArray(juryDraws.caseId, ids))
		.orderBy(juryDraws.caseId, juryDraws.round);
	// Reasons in a fixed order that says nothing about who wrote them.
	const reasons = await db
		.select({ caseId: jurors.caseId, verdict: jurors.verdict, reason: jurors.reason })
		.from(jurors)
		.where(and(inArray(jurors.caseId, ids), isNotNull(jurors.votedAt)))
		.orderBy(jurors.caseId, jurors.verdict, jurors.reason);
	const byCase = <T extends { caseId: number }>(rows: T[]) => {
		const out = new Map<number, T[]>();
		for (const r of rows) out.set(r.caseId, [...(out.get(r.caseId) ?? []), r]);
		return out;
	};
	return { draws: byCase(draws), reasons: byCase(reasons) };
}

const drawOf = (d: typeof juryDraws.$inferSelect) => ({
	round: d.round,
	seed: d.seed,
	poolSize: d.poolSize,
	positions: d.positions,
	deadline: d.deadline
});

/** The public moderation log: decided cases, newest first, paged by (decided at, id). */
export async function moderationLog(db: Queryable, cursor?: { at: Date; id: number }) {
	const rows = await db
		.select()
		.from(juryCases)
		.where(
			and(
				eq(juryCases.status, 'decided'),
				cursor
					? or(
							lt(juryCases.decidedAt, cursor.at),
							and(eq(juryCases.decidedAt, cursor.at), lt(juryCases.id, cursor.id))
						)
					: undefined
			)
		)
		.orderBy(desc(juryCases.decidedAt), desc(juryCases.id))
		.limit(PAGE + 1);
	const more = rows.length > PAGE;
	const page = rows.slice(0, PAGE);
	const { draws, reasons } = await drawsAndReasons(
		db,
		page.map((c) => c.id)
	);
	const last = page.at(-1);
	return {
		cases: page.map((c) => ({
			id: c.id,
			subjectType: c.subjectType,
			title: c.title,
			appealOf: c.appealOf,
			verdict: c.verdict,
			suspendDays: c.suspendDays,
			counts: c.counts,
			decidedAt: c.decidedAt,
			draws: (draws.get(c.id) ?? []).map(drawOf),
			reasons: (reasons.get(c.id) ?? []).map((r) => ({
				verdict: r.verdict,
				reason: r.reason
			}))
		})),
		next: more && last?.decidedAt ? `${last.decidedAt.toISOString()}_${last.id}` : null
	};
}

/** Cases before a jury now, newest first: public like the log, without the flagged text. */
export async function openCases(db: Queryable) {
	return db
		.select({
			id: juryCases.id,
			subjectType: juryCases.subjectType,
			title: juryCases.title,
			appealOf: juryCases.appealOf,
			deadline: juryCases.deadline
		})
		.from(juryCases)
		.where(eq(juryCases.status, 'open'))
		.orderBy(desc(juryCases.id))
		.limit(PAGE);
}

/** One case as its reader may see it. */
export async function juryCase(db: Queryable, reader: Actor | null, id: number) {
	const [c] = await db.select().from(juryCases).where(eq(juryCases.id, id));
	if (!c) throw new NotFound('moderation_error_not_found');
	const seated = await db
		.select({
			memberId: jurors.memberId,
			round: jurors.round,
			votedAt: jurors.votedAt,
			name: publicName(reader)
		})
		.from(jurors)
		.innerJoin(members, eq(members.id, jurors.memberId))
		.where(eq(jurors.caseId, id))
		.orderBy(jurors.round, members.id);
	const mine = reader ? seated.find((s) => s.memberId === reader.id) : undefined;
	const seatedNow = !!mine && mine.round === c.round && c.status === 'open';
	const subject = { authorId: c.authorId, seated: seatedNow };
	const item = await moderationSubjectOf(c.subjectType).load(db as never, c.subjectId);
	const { draws, reasons } = await drawsAndReasons(db, [id]);
	const [appeal] = await db
		.select({ id: juryCases.id })
		.from(juryCases)
		.where(eq(juryCases.appealOf, id));
	const policy = await juryPolicy(db);
	const decided = c.status === 'decided';
	const appealUntil =
		decided && c.decidedAt
			? new Date(c.decidedAt.getTime() + policy.appealDays * 86_400_000)
			: null;
	return {
		id: c.id,
		subjectType: c.subjectType,
		title: c.title,
		url: item?.url ?? null,
		status: c.status,
		round: c.round,
		deadline: c.deadline,
		appealOf: c.appealOf,
		appealReason: c.appealReason,
		appealId: appeal?.id ?? null,
		verdict: c.verdict,
		suspendDays: c.suspendDays,
		counts: decided ? c.counts : null,
		decidedAt: c.decidedAt,
		jurors: seated.map((s) => ({ name: s.name, round: s.round, current: s.round === c.round })),
		votes: seated.filter((s) => s.round === c.round && s.votedAt).length,
		draws: (draws.get(id) ?? []).map(drawOf),
		reasons: decided
			? (reasons.get(id) ?? []).map((r) => ({
					verdict: r.verdict,
					reason: r.reason
				}))
			: [],
		item:
			item && can(reader, 'read-item', subject) ? { html: renderCommentMarkdown(item.body) } : null,
		canVote: seatedNow && !mine?.votedAt && c.deadline > new Date() && can(reader, 'vote', subject),
		voted: !!mine?.votedAt && mine.round === c.round,
		canAppeal:
			decided &&
			!c.appealOf &&
			!appeal &&
			c.verdict !== 'keep' &&
			!!appealUntil &&
			appealUntil > new Date() &&
			can(reader, 'appeal', subject),
		appealUntil,
		/** Whether a verdict could suspend someone: not when no member wrote the item. */
		suspends: c.authorId !== null,
		maxSuspensionDays: policy.maxSuspensionDays
	};
}

/** A member's jury duty: the cases they were drawn for, whether they serve, any suspension. */
export async function juryDuty(db: Queryable, actor: Actor) {
	const cases = await db
		.select({
			id: juryCases.id,
			title: juryCases.title,
			subjectType: juryCases.subjectType,
			status: juryCases.status,
			deadline: juryCases.deadline,
			verdict: juryCases.verdict,
			current: sql<boolean>`${jurors.round} = ${juryCases.round}`,
			votedAt: jurors.votedAt
		})
		.from(jurors)
		.innerJoin(juryCases, eq(juryCases.id, jurors.caseId))
		.where(eq(jurors.memberId, actor.id))
		.orderBy(desc(juryCases.id))
		.limit(50);
	const [optOut] = await db
		.select({ at: juryOptOuts.createdAt })
		.from(juryOptOuts)
		.where(eq(juryOptOuts.memberId, actor.id));
	const open = (c: (typeof cases)[number]) => c.status === 'open' && c.current;
	return {
		waiting: cases.filter((c) => open(c) && !c.votedAt),
		past: cases.filter((c) => !(open(c) && !c.votedAt)),
		serving: !optOut,
		suspendedUntil: await suspendedUntil(db, actor.id)
	};
}
