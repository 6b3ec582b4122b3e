/**
 * Calling and running a convention: call it, shape the agenda, open the session (the delegates are
 * fixed then), move through the agenda item by item under a rotating chair, close the session and
 * publish the minutes. Each command goes through `command()`; the convention row is locked for
 * update wherever the agenda moves, so two chairs' clicks are taken in turn. Every change is
 * announced on the convention's live topic after it commits.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
	conventionDelegates,
	conventionItems,
	conventionMotions,
	conventions,
	conventionSpeakers,
	decisions,
	foundingDocuments,
	members
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { LIMITS } from '$lib/server/limits';
import { callConventionInput, itemInput, itemRef } from '$lib/schemas/conventions';
import { checkMove, type AgendaMove } from '$lib/domain/conventions/agenda';
import { zonedToUtc } from '$lib/domain/conventions/local-time';
import { conventionReadiness } from '$lib/server/glance/queries';
import { inChapter } from '$lib/domain/members/actor';
import { loadConvention, scopeOf, type ConventionContext } from './context';
import { fixDelegates } from './delegates';
import { conventionEvent } from './events';
import { announced } from './live';
import { record } from './minutes';
import { can } from './policy';

const HOUR = 3_600_000;

function parseScope(ref: string) {
	return ref === 'organisation'
		? { scopeKind: 'organisation' as const, scopeId: null }
		: { scopeKind: 'chapter' as const, scopeId: Number(ref.split(':')[1]) };
}

/** The move the agenda allows now, or a Conflict with the reason. */
export function allowMove(ctx: ConventionContext, move: AgendaMove['type']) {
	const result = checkMove(ctx.state, { type: move } as AgendaMove);
	if (!result.ok) throw new Conflict(result.reason);
	return result.itemId ?? 0;
}

/**
 * Call a convention: for the organisation when the readiness preconditions of /glance are met or a
 * decision of the organisation called it; for a chapter, by any of its members who may propose.
 */
export const callConvention = command({
	limit: LIMITS.proposal,
	input: (raw: unknown, timeZone: string) => {
		const input = parseInput(callConventionInput, raw);
		const startsAt = zonedToUtc(input.startsAt, timeZone);
		if (!startsAt) throw new Invalid('error_form', { startsAt: 'convention_error_bad_time' });
		if (input.delegation === 'proportional' && input.scope !== 'organisation')
			throw new Invalid('error_form', { delegation: 'convention_error_proportional_scope' });
		if (input.delegation === 'proportional' && !input.seats)
			throw new Invalid('error_form', { seats: 'error_required' });
		const handles = [
			...new Set(
				input.chairs
					.split(/[\s,]+/)
					.map((h) => h.replace(/^@/, ''))
					.filter(Boolean)
			)
		];
		if (handles.length > 20)
			throw new Invalid('error_form', { chairs: 'convention_error_chairs_many' });
		return {
			...input,
			...parseScope(input.scope),
			startsAt,
			endsAt: new Date(startsAt.getTime() + input.hours * HOUR),
			handles
		};
	},
	load: async (tx, actor, input) => {
		const chairs = input.handles.length
			? await tx
					.select({ id: members.id, handle: members.handle })
					.from(members)
					.where(
						and(
							inArray(
								sql`lower(${members.handle})`,
								input.handles.map((h) => h.toLowerCase())
							),
							sql`${members.deletedAt} is null`
						)
					)
			: [];
		const [called] = input.decision
			? await tx
					.select({
						id: decisions.id,
						phase: decisions.phase,
						outcome: decisions.outcome,
						scopeKind: decisions.scopeKind,
						scopeId: decisions.scopeId
					})
					.from(decisions)
					.where(eq(decisions.id, input.decision))
			: [];
		const ready =
			input.scopeKind === 'organisation' ? (await conventionReadiness(tx)).met.all : true;
		return {
			chairs,
			called: called ?? null,
			ready,
			subject: {
				phase: 'preparing' as const,
				scope: scopeOf(input),
				inScope: input.scopeKind === 'organisation' || inChapter(actor, input.scopeId),
				isDelegate: false,
				isChair: false,
				isCaller: false
			}
		};
	},
	allow: (actor, s) => can(actor, 'call', s.subject),
	forbidden: 'convention_error_cannot_call',
	check: (s, input) => {
		if (s.chairs.length !== input.handles.length)
			throw new Invalid('error_form', { chairs: 'convention_error_chair_unknown' });
		if (input.decision) {
			const d = s.called;
			const sameScope =
				d && d.scopeKind === input.scopeKind && (d.scopeId ?? null) === (input.scopeId ?? null);
			if (!d || !sameScope || d.phase !== 'closed' || d.outcome !== 'passes')
				throw new Invalid('error_form', { decision: 'convention_error_decision_not_passed' });
		} else if (!s.ready) throw new Conflict('convention_error_not_ready');
	},
	run: async (tx, actor, s, input) => {
		const [row] = await tx
			.insert(conventions)
			.values({
				title: input.title,
				scopeKind: input.scopeKind,
				scopeId: input.scopeId,
				calledOn: input.decision
					? 'decision'
					: input.scopeKind === 'chapter'
						? 'chapter'
						: 'readiness',
				decisionId: input.decision,
				startsAt: input.startsAt,
				endsAt: input.endsAt,
				delegation: input.delegation,
				seats: input.seats,
				priorityWomen: input.priorityWomen,
				voteWindowHours: input.voteWindowHours,
				createdById: actor.id
			})
			.returning({ id: conventions.id, calledOn: conventions.calledOn });
		// The caller chairs first, then the others in the order named.
		const rotation = [actor.id, ...s.chairs.map((c) => c.id).filter((id) => id !== actor.id)];
		await tx
			.insert(conventionDelegates)
			.values(
				rotation.map((memberId, turn) => ({ conventionId: row.id, memberId, chairTurn: turn }))
			);
		return { ...row, url: `/conventions/${row.id}` };
	},
	event: (row, _s, _i, actor) =>
		conventionEvent(actor.id, row.id, {
			type: 'convention.called',
			data: { calledOn: row.calledOn }
		})
});

/** Add an item to the draft agenda: its kind, title, time box and, for a ratification, its document. */
export const addItem = announced(
	command({
		input: (conventionId: number, raw: unknown) => ({
			conventionId,
			...parseInput(itemInput, raw)
		}),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'prepare', ctx.subject),
		forbidden: 'convention_error_not_organiser',
		check: async (ctx, input, _actor, tx) => {
			allowMove(ctx, 'edit');
			if ((input.kind === 'ratification' || input.kind === 'amendments') && !input.document)
				throw new Invalid('error_form', { document: 'error_required' });
			if (input.document) {
				const [doc] = await tx
					.select({ scopeKind: foundingDocuments.scopeKind, scopeId: foundingDocuments.scopeId })
					.from(foundingDocuments)
					.where(eq(foundingDocuments.id, input.document));
				const c = ctx.convention;
				if (!doc || doc.scopeKind !== c.scopeKind || (doc.scopeId ?? null) !== (c.scopeId ?? null))
					throw new Invalid('error_form', { document: 'convention_error_document_scope' });
			}
		},
		run: async (tx, _actor, ctx, input) => {
			const position = Math.max(0, ...ctx.items.map((i) => i.position)) + 1;
			await tx.insert(conventionItems).values({
				conventionId: input.conventionId,
				position,
				kind: input.kind,
				title: input.title,
				minutes: input.minutes,
				documentId: input.document
			});
		},
		event: (_o, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, { type: 'convention.agenda-changed' })
	})
);

/** Take an item off the draft agenda; the others keep their order. */
export const removeItem = announced(
	command({
		input: (conventionId: number, raw: unknown) => ({ conventionId, ...parseInput(itemRef, raw) }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'prepare', ctx.subject),
		forbidden: 'convention_error_not_organiser',
		check: (ctx, { item }) => {
			allowMove(ctx, 'edit');
			if (!ctx.items.some((i) => i.id === item))
				throw new NotFound('convention_error_item_not_found');
		},
		run: async (tx, _actor, _ctx, { item }) => {
			await tx.delete(conventionItems).where(eq(conventionItems.id, item));
		},
		event: (_o, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, { type: 'convention.agenda-changed' })
	})
);

/** Open the session: the delegates are fixed now, and the agenda waits for the delegates' vote. */
export const openSession = announced(
	command({
		input: (conventionId: number, now: Date = new Date()) => ({ conventionId, now }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'prepare', ctx.subject),
		forbidden: 'convention_error_not_organiser',
		check: (ctx) => void allowMove(ctx, 'open-session'),
		run: async (tx, _actor, ctx, { conventionId, now }) => {
			const delegates = await fixDelegates(tx, ctx.convention, now);
			await tx
				.update(conventions)
				.set({ phase: 'in-session', openedAt: now })
				.where(eq(conventions.id, conventionId));
			await record(tx, conventionId, 'opened', { data: { delegates } });
			return delegates;
		},
		event: (delegates, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, { type: 'convention.opened', data: { delegates } })
	})
);

/** The chair opens the next item of the adopted agenda, and chairs it. */
export const openNextItem = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'chair', ctx.subject),
		forbidden: 'convention_error_not_chair',
		run: async (tx, actor, ctx, { conventionId }) => {
			const itemId = allowMove(ctx, 'open-item');
			await tx
				.update(conventionItems)
				.set({ status: 'open', openedAt: sql`now()`, chairId: actor.id })
				.where(eq(conventionItems.id, itemId));
			const item = ctx.items.find((i) => i.id === itemId)!;
			await record(tx, conventionId, 'item-opened', {
				itemId,
				memberId: actor.id,
				data: { title: item.title, minutes: item.minutes }
			});
			return itemId;
		},
		event: (itemId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, { type: 'convention.item-opened', data: { itemId } })
	})
);

/** The chair closes the open item; whoever still waits to speak on it leaves the queue. */
export const closeItem = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'chair', ctx.subject),
		forbidden: 'convention_error_not_chair',
		run: async (tx, _actor, ctx, { conventionId }) => {
			const itemId = allowMove(ctx, 'close-item');
			await tx
				.update(conventionSpeakers)
				.set({
					status: sql`case when ${conventionSpeakers.status} = 'speaking' then 'done' else 'withdrawn' end`,
					endedAt: sql`now()`
				})
				.where(
					and(
						eq(conventionSpeakers.itemId, itemId),
						inArray(conventionSpeakers.status, ['waiting', 'speaking'])
					)
				);
			await tx
				.update(conventionItems)
				.set({ status: 'done', closedAt: sql`now()` })
				.where(eq(conventionItems.id, itemId));
			await record(tx, conventionId, 'item-closed', { itemId });
			return itemId;
		},
		event: (itemId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, { type: 'convention.item-closed', data: { itemId } })
	})
);

/** The chair closes the session; votes kept open for other time zones stay open until their time. */
export const closeSession = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'chair', ctx.subject),
		forbidden: 'convention_error_not_chair',
		check: async (ctx, { conventionId }, _a, tx) => {
			allowMove(ctx, 'close-session');
			const open = await tx
				.select({ id: conventionMotions.id })
				.from(conventionMotions)
				.where(
					and(
						eq(conventionMotions.conventionId, conventionId),
						eq(conventionMotions.status, 'open'),
						sql`${conventionMotions.closesAt} is null`
					)
				);
			if (open.length) throw new Conflict('convention_error_motions_open');
		},
		run: async (tx, _actor, _ctx, { conventionId }) => {
			await tx
				.update(conventions)
				.set({ phase: 'closed', closedAt: sql`now()` })
				.where(eq(conventions.id, conventionId));
			await record(tx, conventionId, 'closed');
		},
		event: (_o, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, { type: 'convention.closed' })
	})
);

/** The chair publishes the minutes once the session is over; corrections then go by motion. */
export const publishMinutes = announced(
	command({
		input: (conventionId: number) => ({ conventionId }),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'chair', ctx.subject),
		forbidden: 'convention_error_not_chair',
		check: (ctx) => {
			if (ctx.convention.phase !== 'closed') throw new Conflict('convention_error_not_closed');
			if (ctx.convention.minutesPublishedAt)
				throw new Conflict('convention_error_minutes_published');
		},
		run: async (tx, _actor, _ctx, { conventionId }) => {
			await tx
				.update(conventions)
				.set({ minutesPublishedAt: sql`now()` })
				.where(eq(conventions.id, conventionId));
		},
		event: (_o, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, { type: 'convention.minutes-published' })
	})
);
