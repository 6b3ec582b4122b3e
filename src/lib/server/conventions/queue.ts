/**
 * The speaker queue of the open item, run as a progressive stack (progressive-stack.ts). A
 * delegate joins once at a time (a point of order is its own place, and jumps the queue); the
 * head of the stack takes the floor when it is free, or the chair gives it. The convention row is
 * locked for update wherever the floor changes hands, so two people cannot take it at once; the
 * partial unique indexes say the same to the database.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '$lib/server/db/client';
import { conventionSpeakers, members } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { queueInput } from '$lib/schemas/conventions';
import { orderQueue } from '$lib/domain/conventions/progressive-stack';
import { publicName, type NameViewer } from '$lib/server/members/privacy';
import { loadConvention, type ConventionContext } from './context';
import { conventionEvent } from './events';
import { announced } from './live';
import { record } from './minutes';
import { can } from './policy';

/** The queue now: who speaks, and who waits in the stack's order, with how often each has spoken. */
export async function queueOf(db: Queryable, viewer: NameViewer, conventionId: number) {
	const rows = await db
		.select({
			id: conventionSpeakers.id,
			memberId: conventionSpeakers.memberId,
			kind: conventionSpeakers.kind,
			priority: conventionSpeakers.priority,
			status: conventionSpeakers.status,
			startedAt: conventionSpeakers.startedAt,
			name: publicName(viewer)
		})
		.from(conventionSpeakers)
		.innerJoin(members, eq(members.id, conventionSpeakers.memberId))
		.where(
			and(
				eq(conventionSpeakers.conventionId, conventionId),
				inArray(conventionSpeakers.status, ['waiting', 'speaking'])
			)
		);
	// How often each of them has spoken at this convention: one grouped query, not one per row.
	const counts = rows.length
		? await db
				.select({ memberId: conventionSpeakers.memberId, n: sql<number>`count(*)::int` })
				.from(conventionSpeakers)
				.where(
					and(
						eq(conventionSpeakers.conventionId, conventionId),
						eq(conventionSpeakers.kind, 'speech'),
						eq(conventionSpeakers.status, 'done'),
						inArray(conventionSpeakers.memberId, [...new Set(rows.map((r) => r.memberId))])
					)
				)
				.groupBy(conventionSpeakers.memberId)
		: [];
	const spoken = new Map(counts.map((c) => [c.memberId, Number(c.n)]));
	const waiting = orderQueue(
		rows
			.filter((r) => r.status === 'waiting')
			.map((r) => ({ ...r, joined: r.id, spoken: spoken.get(r.memberId) ?? 0 }))
	);
	return { speaking: rows.find((r) => r.status === 'speaking') ?? null, waiting };
}

function requireInSession(ctx: ConventionContext) {
	if (ctx.convention.phase !== 'in-session') throw new Conflict('convention_error_not_in_session');
	if (!ctx.open) throw new Conflict('convention_error_no_item_open');
	return ctx.open;
}

/** Ask to speak on the open item, or raise a point of order. */
export const joinQueue = announced(
	command({
		input: (conventionId: number, raw: unknown) => ({
			conventionId,
			...parseInput(queueInput, raw)
		}),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'share'),
		allow: (actor, ctx) => can(actor, 'speak', ctx.subject),
		forbidden: 'convention_error_not_delegate',
		run: async (tx, actor, ctx, { conventionId, kind }) => {
			const item = requireInSession(ctx);
			const [me] = await tx
				.select({ gender: members.gender })
				.from(members)
				.where(eq(members.id, actor.id));
			const [row] = await tx
				.insert(conventionSpeakers)
				.values({
					conventionId,
					itemId: item.id,
					memberId: actor.id,
					kind,
					priority: ctx.convention.priorityWomen && me?.gender === 'f'
				})
				.returning({ id: conventionSpeakers.id });
			return row.id;
		},
		event: (speakerId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, {
				type: 'convention.queue-joined',
				data: { speakerId }
			}),
		conflicts: { convention_speakers_once_key: 'convention_error_in_queue' }
	})
);

/** Leave the queue (every place one holds in it). */
export const leaveQueue = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'share'),
		allow: (actor, ctx) => can(actor, 'speak', ctx.subject),
		forbidden: 'convention_error_not_delegate',
		run: async (tx, actor, _ctx, { conventionId }) => {
			const rows = await tx
				.update(conventionSpeakers)
				.set({ status: 'withdrawn', endedAt: sql`now()` })
				.where(
					and(
						eq(conventionSpeakers.conventionId, conventionId),
						eq(conventionSpeakers.memberId, actor.id),
						eq(conventionSpeakers.status, 'waiting')
					)
				)
				.returning({ id: conventionSpeakers.id });
			if (!rows.length) throw new Conflict('convention_error_not_in_queue');
			return rows[0].id;
		},
		event: (speakerId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, {
				type: 'convention.queue-left',
				data: { speakerId }
			})
	})
);

async function giveFloor(
	tx: Tx,
	ctx: ConventionContext,
	speakerId: number,
	memberId: number,
	kind: string
) {
	await tx
		.update(conventionSpeakers)
		.set({ status: 'speaking', startedAt: sql`now()` })
		.where(eq(conventionSpeakers.id, speakerId));
	await record(tx, ctx.convention.id, 'speaker', {
		itemId: ctx.open?.id,
		memberId,
		data: { kind }
	});
}

async function endSpeech(tx: Tx, conventionId: number) {
	return tx
		.update(conventionSpeakers)
		.set({ status: 'done', endedAt: sql`now()` })
		.where(
			and(
				eq(conventionSpeakers.conventionId, conventionId),
				eq(conventionSpeakers.status, 'speaking')
			)
		)
		.returning({ id: conventionSpeakers.id });
}

/** The head of the stack takes the free floor; anyone else is speaking out of turn. */
export const takeFloor = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'speak', ctx.subject),
		forbidden: 'convention_error_not_delegate',
		run: async (tx, actor, ctx, { conventionId }) => {
			requireInSession(ctx);
			const queue = await queueOf(tx, actor, conventionId);
			if (queue.speaking) throw new Conflict('convention_error_floor_taken');
			const head = queue.waiting[0];
			if (!head || head.memberId !== actor.id) throw new Conflict('convention_error_not_your_turn');
			await giveFloor(tx, ctx, head.id, head.memberId, head.kind);
			return head.id;
		},
		event: (speakerId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, {
				type: 'convention.floor-given',
				data: { speakerId }
			})
	})
);

/** The chair ends the current speech (if any) and gives the floor to the head of the stack. */
export const nextSpeaker = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'chair', ctx.subject),
		forbidden: 'convention_error_not_chair',
		run: async (tx, actor, ctx, { conventionId }) => {
			requireInSession(ctx);
			await endSpeech(tx, conventionId);
			const head = (await queueOf(tx, actor, conventionId)).waiting[0];
			if (!head) throw new Conflict('convention_error_queue_empty');
			await giveFloor(tx, ctx, head.id, head.memberId, head.kind);
			return head.id;
		},
		event: (speakerId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, {
				type: 'convention.floor-given',
				data: { speakerId }
			})
	})
);

/** The speaker ends their speech, or the chair ends it for them. */
export const yieldFloor = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: async (tx, actor, { conventionId }) => {
			const ctx = await loadConvention(tx, actor, conventionId, 'update');
			const [speaking] = await tx
				.select({ id: conventionSpeakers.id, memberId: conventionSpeakers.memberId })
				.from(conventionSpeakers)
				.where(
					and(
						eq(conventionSpeakers.conventionId, conventionId),
						eq(conventionSpeakers.status, 'speaking')
					)
				);
			return { ...ctx, speaking: speaking ?? null };
		},
		allow: (actor, ctx) =>
			can(actor, 'chair', ctx.subject) ||
			(!!ctx.speaking && ctx.speaking.memberId === actor.id && can(actor, 'speak', ctx.subject)),
		forbidden: 'convention_error_not_your_turn',
		run: async (tx, _actor, ctx, { conventionId }) => {
			if (!ctx.speaking) throw new Conflict('convention_error_nobody_speaking');
			await endSpeech(tx, conventionId);
			return ctx.speaking.id;
		},
		event: (speakerId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, {
				type: 'convention.floor-yielded',
				data: { speakerId }
			})
	})
);
