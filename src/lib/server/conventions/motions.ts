/**
 * Motions and votes during the session. A delegate moves a motion; it opens for the delegates at
 * once (an open vote, a show of hands: the counts are pushed live, unless the motion stays open
 * after the session for other time zones, when the counts wait for the close so the late voters
 * vote on the question, not on the trend). The chair closes it; the rule of ratification.ts says
 * whether it carried, and a carried motion takes effect in the same transaction: the agenda is
 * adopted, an amendment is taken into its document, the minutes are corrected. Ratifying a
 * document is the chair's declaration, refused unless its ratification vote reached the threshold.
 *
 * Why not the decisions' ballots: the electorate of a convention vote is its delegates, fixed when
 * the session opened, not the members of a scope, and a vote lasts minutes. The amendments
 * themselves are the decisions' own (documents.ts), and the text merge is the decisions' merge.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	amendments,
	conventionDelegates,
	conventionMinutes,
	conventionMotions,
	conventions,
	conventionVotes,
	foundingDocuments,
	foundingDocumentVersions,
	members
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { LIMITS } from '$lib/server/limits';
import { documentRef, motionInput, motionRef, voteInput } from '$lib/schemas/conventions';
import { applyAmendment } from '$lib/domain/decisions/text-diff';
import { ruleFor, TWO_THIRDS, verdict } from '$lib/domain/conventions/ratification';
import type { AppEvent } from '$lib/server/events/catalogue';
import { baseText } from '$lib/server/decisions/advance';
import { loadConvention, type ConventionContext } from './context';
import { allowMove } from './commands';
import { conventionEvent, documentEvent } from './events';
import { announced } from './live';
import { record } from './minutes';
import { can } from './policy';

const HOUR = 3_600_000;

async function documentIn(tx: Tx, ctx: ConventionContext, id: number | null, lock = false) {
	if (!id) throw new Invalid('error_form', { document: 'error_required' });
	const q = tx.select().from(foundingDocuments).where(eq(foundingDocuments.id, id));
	const [doc] = lock ? await q.for('update') : await q;
	const c = ctx.convention;
	if (!doc || doc.scopeKind !== c.scopeKind || (doc.scopeId ?? null) !== (c.scopeId ?? null))
		throw new Invalid('error_form', { document: 'convention_error_document_scope' });
	return doc;
}

/** The amended text an amendment motion would make, or a Conflict when it no longer applies. */
async function amendedText(
	tx: Tx,
	doc: typeof foundingDocuments.$inferSelect,
	amendmentId: number | null
) {
	if (!amendmentId) throw new Invalid('error_form', { amendment: 'error_required' });
	const [a] = await tx
		.select({
			body: amendments.body,
			baseVersion: amendments.baseVersion,
			status: amendments.status
		})
		.from(amendments)
		.where(and(eq(amendments.id, amendmentId), eq(amendments.decisionId, doc.decisionId ?? 0)));
	if (!a) throw new Invalid('error_form', { amendment: 'convention_error_amendment_unknown' });
	if (a.status === 'withdrawn') throw new Conflict('amendment_error_resolved');
	const merged = applyAmendment(
		await baseText(tx, doc.decisionId!, a.baseVersion),
		a.body,
		doc.body
	);
	if (merged === null) throw new Conflict('amendment_error_conflict');
	return merged;
}

/** A delegate moves a motion; it is open for votes at once. */
export const moveMotion = announced(
	command({
		limit: LIMITS.amendment,
		input: (conventionId: number, raw: unknown, now: Date = new Date()) => ({
			conventionId,
			now,
			...parseInput(motionInput, raw)
		}),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'move', ctx.subject),
		forbidden: 'convention_error_not_delegate',
		check: async (ctx, input, _actor, tx) => {
			const c = ctx.convention;
			if (input.kind === 'correction') {
				if (!c.minutesPublishedAt) throw new Conflict('convention_error_minutes_not_published');
				const [entry] = await tx
					.select({ id: conventionMinutes.id })
					.from(conventionMinutes)
					.where(
						and(
							eq(conventionMinutes.id, input.minute ?? 0),
							eq(conventionMinutes.conventionId, c.id)
						)
					);
				if (!entry) throw new Invalid('error_form', { minute: 'convention_error_minute_unknown' });
				if (!input.body) throw new Invalid('error_form', { body: 'error_required' });
				return;
			}
			if (c.phase !== 'in-session') throw new Conflict('convention_error_not_in_session');
			if (input.kind === 'agenda') allowMove(ctx, 'adopt');
			else if (!c.agendaAdoptedAt) throw new Conflict('convention_error_agenda_not_adopted');
			if (input.kind === 'amendment') {
				const doc = await documentIn(tx, ctx, input.document);
				await amendedText(tx, doc, input.amendment);
			}
			if (input.kind === 'ratification') {
				const doc = await documentIn(tx, ctx, input.document);
				if (doc.status === 'ratified') throw new Conflict('document_error_ratified');
			}
			if (input.kind === 'procedural' && !input.title)
				throw new Invalid('error_form', { title: 'error_required' });
		},
		run: async (tx, actor, ctx, input) => {
			const c = ctx.convention;
			const [{ n }] = await tx
				.select({ n: sql<number>`count(*)::int` })
				.from(conventionDelegates)
				.where(eq(conventionDelegates.conventionId, c.id));
			const afterSession = Math.max(input.now.getTime(), c.endsAt.getTime());
			const closesAt =
				input.window && c.voteWindowHours > 0 && input.kind !== 'agenda'
					? new Date(afterSession + c.voteWindowHours * HOUR)
					: null;
			const [row] = await tx
				.insert(conventionMotions)
				.values({
					conventionId: c.id,
					itemId: ctx.open?.id ?? null,
					kind: input.kind,
					title: input.title,
					body: input.body,
					documentId: input.document,
					amendmentId: input.amendment,
					minuteId: input.minute,
					movedById: actor.id,
					closesAt,
					delegates: Number(n)
				})
				.returning({ id: conventionMotions.id });
			await record(tx, c.id, 'motion', {
				itemId: ctx.open?.id,
				memberId: actor.id,
				motionId: row.id,
				data: { kind: input.kind, title: input.title }
			});
			return row.id;
		},
		event: (motionId, _c, { conventionId }, actor) =>
			conventionEvent(actor.id, conventionId, {
				type: 'convention.motion-moved',
				data: { motionId }
			})
	})
);

async function loadMotion(
	tx: Tx,
	conventionId: number,
	motionId: number,
	lock: 'share' | 'update'
) {
	const [m] = await tx
		.select()
		.from(conventionMotions)
		.where(
			and(eq(conventionMotions.id, motionId), eq(conventionMotions.conventionId, conventionId))
		)
		.for(lock);
	if (!m) throw new NotFound('convention_error_motion_not_found');
	return m;
}

/** A delegate votes yes, no or abstain; a second vote replaces the first while the motion is open. */
export const castVote = announced(
	command({
		input: (conventionId: number, raw: unknown, now: Date = new Date()) => ({
			conventionId,
			now,
			...parseInput(voteInput, raw)
		}),
		load: async (tx, actor, { conventionId, motion }) => {
			const ctx = await loadConvention(tx, actor, conventionId, 'share');
			return { ...ctx, motion: await loadMotion(tx, conventionId, motion, 'share') };
		},
		allow: (actor, ctx) => can(actor, 'vote', ctx.subject),
		forbidden: 'convention_error_not_delegate',
		check: ({ motion, convention }, { now }) => {
			if (motion.status !== 'open') throw new Conflict('convention_error_motion_closed');
			const inWindow = motion.closesAt !== null && now < motion.closesAt;
			const live = convention.phase === 'in-session' || motion.kind === 'correction';
			if (!live && !inWindow) throw new Conflict('convention_error_motion_closed');
		},
		run: async (tx, actor, _ctx, { motion, choice }) => {
			await tx
				.insert(conventionVotes)
				.values({ motionId: motion, memberId: actor.id, choice })
				.onConflictDoUpdate({
					target: [conventionVotes.motionId, conventionVotes.memberId],
					set: { choice, castAt: sql`now()` }
				});
		},
		event: (_o, _c, { conventionId, motion }, actor) =>
			conventionEvent(actor.id, conventionId, {
				type: 'convention.vote-cast',
				data: { motionId: motion }
			})
	})
);

async function counts(tx: Tx, motionId: number) {
	const rows = await tx
		.select({ choice: conventionVotes.choice, n: sql<number>`count(*)::int` })
		.from(conventionVotes)
		.where(eq(conventionVotes.motionId, motionId))
		.groupBy(conventionVotes.choice);
	const of = (c: string) => Number(rows.find((r) => r.choice === c)?.n ?? 0);
	return { yes: of('yes'), no: of('no'), abstain: of('abstain') };
}

/** The chair closes a vote (one kept open for other time zones, only once its time is up). */
export const closeMotion = announced(
	command({
		input: (conventionId: number, raw: unknown, now: Date = new Date()) => ({
			conventionId,
			now,
			...parseInput(motionRef, raw)
		}),
		load: async (tx, actor, { conventionId, motion }) => {
			const ctx = await loadConvention(tx, actor, conventionId, 'update');
			return { ...ctx, motion: await loadMotion(tx, conventionId, motion, 'update') };
		},
		allow: (actor, ctx) => can(actor, 'chair', ctx.subject),
		forbidden: 'convention_error_not_chair',
		check: ({ motion }, { now }) => {
			if (motion.status !== 'open') throw new Conflict('convention_error_motion_closed');
			if (motion.closesAt && now < motion.closesAt)
				throw new Conflict('convention_error_window_open');
		},
		run: async (tx, actor, ctx, { conventionId, now }) => {
			const m = ctx.motion;
			const tally = await counts(tx, m.id);
			const { carried } = verdict(tally, m.delegates, ruleFor(m.kind));
			await tx
				.update(conventionMotions)
				.set({ ...tally, status: carried ? 'carried' : 'failed', closedAt: now })
				.where(eq(conventionMotions.id, m.id));
			await record(tx, conventionId, 'result', {
				itemId: m.itemId,
				motionId: m.id,
				data: {
					...tally,
					kind: m.kind,
					title: m.title,
					carried: carried ? 1 : 0,
					delegates: m.delegates
				}
			});
			const events: AppEvent[] = [
				conventionEvent(actor.id, conventionId, {
					type: 'convention.motion-closed',
					data: { motionId: m.id, carried }
				})
			];
			if (!carried) return events;
			if (m.kind === 'agenda') {
				allowMove(ctx, 'adopt');
				await tx
					.update(conventions)
					.set({ agendaAdoptedAt: now })
					.where(eq(conventions.id, conventionId));
				await record(tx, conventionId, 'agenda-adopted', { motionId: m.id });
			} else if (m.kind === 'amendment') {
				const doc = await documentIn(tx, ctx, m.documentId, true);
				const body = await amendedText(tx, doc, m.amendmentId);
				const version = doc.version + 1;
				await tx
					.update(foundingDocuments)
					.set({ body, version })
					.where(eq(foundingDocuments.id, doc.id));
				await tx.insert(foundingDocumentVersions).values({
					documentId: doc.id,
					version,
					body,
					status: doc.status,
					decisionId: doc.decisionId,
					conventionId,
					motionId: m.id
				});
				events.push(
					documentEvent(actor.id, doc.id, {
						type: 'founding-document.amended',
						data: { version, motionId: m.id }
					})
				);
			} else if (m.kind === 'correction') {
				const id = await record(tx, conventionId, 'correction', { motionId: m.id, text: m.body });
				await tx
					.update(conventionMinutes)
					.set({ correctedBy: id })
					.where(eq(conventionMinutes.id, m.minuteId!));
			}
			return events;
		},
		event: (events) => events
	})
);

/**
 * The chair declares a founding document ratified: refused unless the convention's last vote on
 * its ratification reached two thirds with half the delegates taking part. A document that says
 * so makes the interim members members.
 */
export const ratifyDocument = announced(
	command({
		input: (conventionId: number, raw: unknown, now: Date = new Date()) => ({
			conventionId,
			now,
			...parseInput(documentRef, raw)
		}),
		load: (tx, actor, { conventionId }) => loadConvention(tx, actor, conventionId, 'update'),
		allow: (actor, ctx) => can(actor, 'chair', ctx.subject),
		forbidden: 'convention_error_not_chair',
		run: async (tx, actor, ctx, { conventionId, document, now }) => {
			const doc = await documentIn(tx, ctx, document, true);
			if (doc.status === 'ratified') throw new Conflict('document_error_ratified');
			const [vote] = await tx
				.select()
				.from(conventionMotions)
				.where(
					and(
						eq(conventionMotions.conventionId, conventionId),
						eq(conventionMotions.documentId, doc.id),
						eq(conventionMotions.kind, 'ratification'),
						sql`${conventionMotions.status} <> 'open'`
					)
				)
				.orderBy(desc(conventionMotions.id))
				.limit(1);
			if (!vote || !verdict(vote, vote.delegates, TWO_THIRDS).carried)
				throw new Conflict('convention_error_threshold_not_met');
			const version = doc.version + 1;
			await tx
				.update(foundingDocuments)
				.set({ status: 'ratified', version, ratifiedAt: now, decisionId: null })
				.where(eq(foundingDocuments.id, doc.id));
			await tx.insert(foundingDocumentVersions).values({
				documentId: doc.id,
				version,
				body: doc.body,
				status: 'ratified',
				decisionId: doc.decisionId,
				conventionId,
				motionId: vote.id
			});
			let promoted = 0;
			if (doc.grantsMembership && doc.scopeKind === 'organisation') {
				const rows = await tx
					.update(members)
					.set({ tier: 'member', tierSince: now })
					.where(and(eq(members.tier, 'interim'), sql`${members.deletedAt} is null`))
					.returning({ id: members.id });
				promoted = rows.length;
			}
			await record(tx, conventionId, 'ratified', {
				motionId: vote.id,
				data: { title: doc.title, version, promoted }
			});
			return { documentId: doc.id, promoted };
		},
		event: ({ documentId, promoted }, _c, { conventionId }, actor) =>
			documentEvent(actor.id, documentId, {
				type: 'founding-document.ratified',
				data: { conventionId, promoted }
			})
	})
);
