/**
 * Proposals: draft, change, revise, submit, record the outcome (co-authors are invited in
 * coauthors.ts). Every command goes through `command()`: input checked first, then in one
 * transaction the decision is loaded (locked `update` where the phase or version changes), the
 * policy asked, the rules checked, the change written and its event appended. An author acts only
 * inside a scope they belong to, on every write that sets or keeps it.
 */
import { slugify } from '$lib/server/refs';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import {
	decisionAuthors,
	decisionGroups,
	decisionInvitations,
	decisionOptions,
	decisions,
	decisionVersions
} from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Forbidden, Invalid, type MessageKey } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import {
	decisionInput,
	decisionText,
	outcomeInput,
	type DecisionInput
} from '$lib/schemas/decisions';
import { scheduleFrom } from '$lib/domain/decisions/lifecycle';
import { DEFAULT_SETTINGS, methodFor, type DecisionSettings } from '$lib/domain/decisions/types';
import { applies } from '$lib/domain/decisions/presets';
import { checkAffected } from './affected-groups';
import { fixedElectorate } from './electorate';
import { committeeMinBallots } from '$lib/server/committees/queries';
import { loadDecision } from './context';
import { decisionEvent } from './events';
import { can, inScope, type DecisionSubject } from './policy';
import { belongsTo, checkScope, parseScopeRef, type ScopeRef } from './scopes';
import { LIMITS } from '$lib/server/limits';

const THRESHOLDS: Record<DecisionInput['threshold'], DecisionSettings['threshold']> = {
	majority: { numerator: 1, denominator: 2, inclusive: false },
	'two-thirds': { numerator: 2, denominator: 3, inclusive: true },
	'three-quarters': { numerator: 3, denominator: 4, inclusive: true }
};

export function settingsFrom(input: DecisionInput): DecisionSettings {
	return {
		...DEFAULT_SETTINGS,
		threshold: THRESHOLDS[input.threshold],
		quorum: input.quorumPercent ? { numerator: input.quorumPercent, denominator: 100 } : null,
		maxBlocks: input.maxBlocks,
		groupFactor: input.groupFactor,
		stakeLevels: input.stakeLevels,
		minorityReportDays: input.minorityReportDays,
		revisitPercent: input.revisitPercent,
		hours: {
			discussion: input.discussionDays * 24,
			amendments: input.amendmentDays * 24,
			voting: input.votingDays * 24
		}
	};
}

/** The proposal form, read: rules that span fields (options for a choice, groups for by-group weighting). */
function proposalInput(raw: unknown): DecisionInput & { scopeRef: ScopeRef } {
	const input = parseInput(decisionInput, raw);
	if (input.template === 'compromise-runoff' && input.ballotType !== 'choice')
		throw new Invalid('error_form', { ballotType: 'decision_error_runoff_needs_choice' });
	if (input.ballotType === 'choice') {
		if (input.options.length < 2)
			throw new Invalid('error_form', { options: 'decision_error_options_few' });
		if (input.options.length > 30)
			throw new Invalid('error_form', { options: 'decision_error_options_many' });
		if (input.options.some((o) => o.length > 200))
			throw new Invalid('error_form', { options: 'decision_error_option_long' });
	}
	// What does not apply to the ballot type is refused, not silently dropped (presets.ts).
	const fits = applies(input.ballotType);
	if (!fits.threshold && input.threshold !== 'majority')
		throw new Invalid('error_form', { threshold: 'decision_error_threshold_not_for_choice' });
	if (!fits.blocks && input.maxBlocks !== 0)
		throw new Invalid('error_form', { maxBlocks: 'decision_error_blocks_only_consent' });
	if (!fits.options && input.options.length)
		throw new Invalid('error_form', { options: 'decision_error_options_only_choice' });
	if (input.weighting === 'group' && !input.affected.length)
		throw new Invalid('error_form', { affected: 'decision_error_groups_needed' });
	return { ...input, scopeRef: parseScopeRef(input.scope) };
}

/** The columns a proposal form sets, on a new draft or a changed one. */
function proposalColumns(input: DecisionInput & { scopeRef: ScopeRef }) {
	return {
		title: input.title,
		slug: slugify(input.title),
		summary: input.summary,
		body: input.body,
		language: input.language,
		...input.scopeRef,
		ballotType: input.ballotType,
		method: methodFor(input.ballotType, input.method),
		weighting: input.weighting,
		secret: input.secret,
		unlinkable: input.unlinkable,
		hideResultsUntilClose: input.hideResults,
		settings: settingsFrom(input)
	};
}

/** Propose a decision: a draft its author can still change, then submit to discussion. */
export const createDecision = command({
	limit: LIMITS.proposal,
	input: (raw: unknown) => proposalInput(raw),
	load: async (tx, actor, input) => {
		await checkScope(tx, input.scopeRef);
		await checkAffected(tx, actor, input.affected);
		return { inScope: await belongsTo(tx, input.scopeRef, actor.id) };
	},
	allow: (actor) => can(actor, 'propose', null),
	forbidden: 'decision_error_cannot_propose',
	check: ({ inScope }) => {
		if (!inScope) throw new Invalid('error_form', { scope: 'decision_error_not_in_scope' });
	},
	run: async (tx, actor, _s, input) => {
		const [row] = await tx
			.insert(decisions)
			.values({
				...proposalColumns(input),
				authorId: actor.id,
				stage: input.template === 'compromise-runoff' ? 'positions' : null
			})
			.returning({ id: decisions.id });
		await writeParts(tx, row.id, actor.id, input, 1);
		await tx.insert(decisionAuthors).values({ decisionId: row.id, memberId: actor.id });
		return row.id;
	},
	event: (id, _s, _i, actor) => decisionEvent(actor.id, id, { type: 'decision.drafted' })
});

async function writeParts(
	tx: Queryable,
	id: number,
	editorId: number,
	input: DecisionInput,
	version: number
) {
	await tx.delete(decisionOptions).where(eq(decisionOptions.decisionId, id));
	if (input.ballotType === 'choice')
		await tx
			.insert(decisionOptions)
			.values(input.options.map((label, i) => ({ decisionId: id, position: i + 1, label })));
	await tx.delete(decisionGroups).where(eq(decisionGroups.decisionId, id));
	if (input.affected.length)
		await tx.insert(decisionGroups).values(
			[...new Set(input.affected)].map((ref) => {
				const g = parseScopeRef(ref);
				return { decisionId: id, groupKind: g.scopeKind, groupId: g.scopeId ?? 0 };
			})
		);
	await tx
		.insert(decisionVersions)
		.values({
			decisionId: id,
			version,
			title: input.title,
			body: input.body,
			editorId,
			note: input.note
		})
		.onConflictDoUpdate({
			target: [decisionVersions.decisionId, decisionVersions.version],
			set: { title: input.title, body: input.body, note: input.note }
		});
}

/** Change a draft: everything may still change; the draft stays version 1. */
export const updateDraft = command({
	input: (id: number, raw: unknown) => ({ id, ...proposalInput(raw) }),
	// Locked against a submit running at the same time: a draft is changed or submitted, in turn.
	load: (tx, actor, { id }) => loadDecision(tx, actor, id, 'update'),
	allow: (actor, ctx) => can(actor, 'edit', ctx.subject),
	check: async (ctx, input, actor, tx) => {
		if (ctx.decision.phase !== 'draft') throw new Conflict('decision_error_not_draft');
		await checkScope(tx, input.scopeRef);
		await checkAffected(tx, actor, input.affected);
		// The draft's scope, new or kept, must be one its author belongs to.
		if (!(await belongsTo(tx, input.scopeRef, actor.id)))
			throw new Invalid('error_form', { scope: 'decision_error_not_in_scope' });
	},
	run: async (tx, actor, ctx, input) => {
		await tx
			.update(decisions)
			.set({
				...proposalColumns(input),
				stage: input.template === 'compromise-runoff' ? 'positions' : ctx.decision.stage,
				updatedAt: sql`now()`
			})
			.where(eq(decisions.id, input.id));
		await writeParts(tx, input.id, actor.id, input, 1);
		return { version: 1 };
	},
	event: (_out, _ctx, { id }, actor) => decisionEvent(actor.id, id, { type: 'decision.edited' })
});

/**
 * Revise the text during discussion or amendments: a new version, the old ones kept. Ballot
 * rules no longer change once members have started to discuss them.
 */
export const reviseDecision = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(decisionText, raw) }),
	load: (tx, actor, { id }) => loadDecision(tx, actor, id, 'update'),
	// The policy also asks that the author still belongs to the decision's scope.
	allow: (actor, ctx) =>
		can(actor, 'edit', ctx.subject) || refuseOutOfScope(ctx.subject, 'error_forbidden'),
	check: (ctx) => {
		if (ctx.decision.phase === 'draft') throw new Conflict('decision_error_not_draft');
	},
	run: async (tx, actor, _ctx, { id, ...text }) => {
		const version = await newVersion(tx, id, actor.id, { ...text, amendmentId: null });
		await tx
			.update(decisions)
			.set({ summary: text.summary, updatedAt: sql`now()` })
			.where(eq(decisions.id, id));
		return { version };
	},
	event: ({ version }, _ctx, { id }, actor) =>
		decisionEvent(actor.id, id, { type: 'decision.revised', data: { version } })
});

/**
 * Write the next version of the text. The caller holds the decision's row lock (or this update
 * takes it), so two revisions cannot share a number.
 */
export async function newVersion(
	tx: Queryable,
	id: number,
	editorId: number,
	text: { title: string; body: string; note: string; amendmentId: number | null }
): Promise<number> {
	const [row] = await tx
		.update(decisions)
		.set({
			version: sql`${decisions.version} + 1`,
			title: text.title,
			slug: slugify(text.title),
			body: text.body
		})
		.where(eq(decisions.id, id))
		.returning({ version: decisions.version });
	await tx.insert(decisionVersions).values({
		decisionId: id,
		version: row.version,
		title: text.title,
		body: text.body,
		editorId,
		note: text.note,
		amendmentId: text.amendmentId
	});
	return row.version;
}

/** Refuse an author who has left the decision's scope with that reason, others with `otherwise`. */
function refuseOutOfScope(subject: DecisionSubject, otherwise: MessageKey): never {
	throw new Forbidden(
		subject.isAuthor && !inScope(subject) ? 'decision_error_author_not_in_scope' : otherwise
	);
}

/** Submit a draft: discussion opens now, every later phase gets its deadline, the electorate is fixed. */
export const submitDecision = command({
	input: (id: number, now: Date = new Date()) => ({ id, now }),
	load: (tx, actor, { id }) => loadDecision(tx, actor, id, 'update'),
	// A draft kept in a scope its author has left since is not submitted there.
	allow: (actor, ctx) =>
		can(actor, 'submit', ctx.subject) || refuseOutOfScope(ctx.subject, 'decision_error_not_draft'),
	run: async (tx, _actor, ctx, { id, now }) => {
		// Invitations not answered by now lapse: co-authors join a draft, not a discussion.
		await tx.delete(decisionInvitations).where(eq(decisionInvitations.decisionId, id));
		await tx
			.update(decisions)
			.set({
				phase: 'discussion',
				phaseChangedAt: now,
				...scheduleFrom(now, ctx.settings.hours),
				...(await fixedElectorate(tx, now)),
				// A committee decides only with its quorum: silence is not a vote, nor is it consent.
				...(ctx.decision.scopeKind === 'committee' && ctx.decision.scopeId !== null
					? {
							settings: {
								...ctx.settings,
								minBallots: await committeeMinBallots(tx, ctx.decision.scopeId)
							}
						}
					: {}),
				updatedAt: sql`now()`
			})
			.where(eq(decisions.id, id));
	},
	event: (_out, _ctx, { id }, actor) => decisionEvent(actor.id, id, { type: 'decision.submitted' })
});

/** The authors record what was decided, in words, once the decision is closed. */
export const recordOutcome = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(outcomeInput, raw) }),
	load: (tx, actor, { id }) => loadDecision(tx, actor, id),
	allow: (actor, ctx) => can(actor, 'record-outcome', ctx.subject),
	run: async (tx, _actor, _ctx, { id, statement }) => {
		await tx
			.update(decisions)
			.set({ outcomeStatement: statement, updatedAt: sql`now()` })
			.where(eq(decisions.id, id));
	},
	event: (_out, _ctx, { id }, actor) =>
		decisionEvent(actor.id, id, { type: 'decision.outcome-recorded' })
});
