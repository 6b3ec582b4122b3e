import { slugify } from '$lib/server/refs';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import {
	decisionAuthors,
	decisionGroups,
	decisionOptions,
	decisions,
	decisionVersions,
	members
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { membershipSettings } from '$lib/server/instance/membership-settings';
import { parseInput } from '$lib/server/validation';
import {
	coauthorInput,
	decisionInput,
	decisionText,
	outcomeInput,
	type DecisionInput
} from '$lib/schemas/decisions';
import { scheduleFrom } from '$lib/domain/decisions/lifecycle';
import { DEFAULT_SETTINGS, methodFor, type DecisionSettings } from '$lib/domain/decisions/types';
import type { Actor } from '$lib/server/members/policy';
import { authorise, loadDecision } from './context';
import { isEligible } from './eligibility';
import { can } from './policy';
import { checkScope, parseScopeRef } from './scopes';

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

/** Rules that span fields: options for a choice, groups for by-group weighting. */
function checkDecisionRules(input: DecisionInput) {
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
	if (input.weighting === 'group' && !input.affected.length)
		throw new Invalid('error_form', { affected: 'decision_error_groups_needed' });
}

/** Propose a decision: a draft its author can still change, then submit to discussion. */
export async function createDecision(db: Db, actor: Actor, raw: unknown): Promise<number> {
	const { tierRights } = await membershipSettings(db);
	if (!can(actor, 'propose', null, tierRights))
		throw new Forbidden('decision_error_cannot_propose');
	const input = parseInput(decisionInput, raw);
	checkDecisionRules(input);
	const scope = parseScopeRef(input.scope);
	await checkScope(db, scope);
	if (scope.scopeKind !== 'organisation' && !(await isEligible(db, scope, actor.id)))
		throw new Invalid('error_form', { scope: 'decision_error_not_in_scope' });
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(decisions)
			.values({
				title: input.title,
				slug: slugify(input.title),
				summary: input.summary,
				body: input.body,
				language: input.language,
				authorId: actor.id,
				...scope,
				ballotType: input.ballotType,
				method: methodFor(input.ballotType, input.method),
				weighting: input.weighting,
				secret: input.secret,
				hideResultsUntilClose: input.hideResults,
				settings: settingsFrom(input),
				stage: input.template === 'compromise-runoff' ? 'positions' : null
			})
			.returning({ id: decisions.id });
		await writeParts(tx, row.id, actor.id, input, 1);
		await tx.insert(decisionAuthors).values({ decisionId: row.id, memberId: actor.id });
		await appendEvent(tx, {
			type: 'decision.drafted',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: row.id
		});
		return row.id;
	});
}

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

/** Change a draft: everything may still change; the draft stays one version. */
export async function updateDraft(db: Db, actor: Actor, id: number, raw: unknown) {
	const ctx = await loadDecision(db, actor, id);
	if (ctx.decision.phase !== 'draft') throw new Conflict('decision_error_not_draft');
	authorise(actor, 'edit', ctx);
	const input = parseInput(decisionInput, raw);
	checkDecisionRules(input);
	const scope = parseScopeRef(input.scope);
	await checkScope(db, scope);
	await db.transaction(async (tx) => {
		await tx
			.update(decisions)
			.set({
				title: input.title,
				slug: slugify(input.title),
				summary: input.summary,
				body: input.body,
				language: input.language,
				...scope,
				ballotType: input.ballotType,
				method: methodFor(input.ballotType, input.method),
				weighting: input.weighting,
				secret: input.secret,
				hideResultsUntilClose: input.hideResults,
				settings: settingsFrom(input),
				stage: input.template === 'compromise-runoff' ? 'positions' : ctx.decision.stage,
				updatedAt: sql`now()`
			})
			.where(eq(decisions.id, id));
		await writeParts(tx, id, actor.id, input, 1);
		await appendEvent(tx, {
			type: 'decision.edited',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: id
		});
	});
}

/**
 * Revise the text during discussion or amendments: a new version, the old ones kept. Ballot
 * rules no longer change once members have started to discuss them.
 */
export async function reviseDecision(db: Db, actor: Actor, id: number, raw: unknown) {
	const ctx = await loadDecision(db, actor, id);
	authorise(actor, 'edit', ctx);
	if (ctx.decision.phase === 'draft') throw new Conflict('decision_error_not_draft');
	const input = parseInput(decisionText, raw);
	await db.transaction(async (tx) => {
		const version = await newVersion(tx, id, actor.id, { ...input, amendmentId: null });
		await tx
			.update(decisions)
			.set({ summary: input.summary, updatedAt: sql`now()` })
			.where(eq(decisions.id, id));
		await appendEvent(tx, {
			type: 'decision.revised',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: id,
			data: { version }
		});
	});
}

/** Write the next version of the text under a lock, so two revisions cannot share a number. */
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

export async function addCoauthor(db: Db, actor: Actor, id: number, raw: unknown) {
	const ctx = await loadDecision(db, actor, id);
	authorise(actor, 'add-coauthor', ctx);
	const { handle } = parseInput(coauthorInput, raw);
	const [member] = await db
		.select({ id: members.id })
		.from(members)
		.where(
			and(sql`lower(${members.handle}) = lower(${handle})`, sql`${members.deletedAt} is null`)
		);
	if (!member) throw new Invalid('error_form', { handle: 'decision_error_unknown_member' });
	if (!(await isEligible(db, ctx.decision, member.id)) && ctx.decision.scopeKind !== 'organisation')
		throw new Invalid('error_form', { handle: 'decision_error_coauthor_not_in_scope' });
	await db.transaction(async (tx) => {
		const added = await tx
			.insert(decisionAuthors)
			.values({ decisionId: id, memberId: member.id })
			.onConflictDoNothing()
			.returning({ id: decisionAuthors.memberId });
		if (added.length)
			await appendEvent(tx, {
				type: 'decision.coauthor-added',
				actorId: actor.id,
				subjectType: 'decision',
				subjectId: id,
				data: { memberId: member.id }
			});
	});
}

/** Submit a draft: discussion opens now and every later phase gets its deadline. */
export async function submitDecision(db: Db, actor: Actor, id: number, now = new Date()) {
	const ctx = await loadDecision(db, actor, id);
	authorise(actor, 'submit', ctx, 'decision_error_not_draft');
	const deadlines = scheduleFrom(now, ctx.settings.hours);
	await db.transaction(async (tx) => {
		const moved = await tx
			.update(decisions)
			.set({ phase: 'discussion', phaseChangedAt: now, ...deadlines, updatedAt: sql`now()` })
			.where(and(eq(decisions.id, id), eq(decisions.phase, 'draft')))
			.returning({ id: decisions.id });
		if (!moved.length) throw new Conflict('decision_error_not_draft');
		await appendEvent(tx, {
			type: 'decision.submitted',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: id
		});
	});
}

/** The authors record what was decided, in words, once the decision is closed. */
export async function recordOutcome(db: Db, actor: Actor, id: number, raw: unknown) {
	const ctx = await loadDecision(db, actor, id);
	authorise(actor, 'record-outcome', ctx);
	const { statement } = parseInput(outcomeInput, raw);
	await db.transaction(async (tx) => {
		await tx
			.update(decisions)
			.set({ outcomeStatement: statement, updatedAt: sql`now()` })
			.where(eq(decisions.id, id));
		await appendEvent(tx, {
			type: 'decision.outcome-recorded',
			actorId: actor.id,
			subjectType: 'decision',
			subjectId: id
		});
	});
}
