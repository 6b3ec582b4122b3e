/**
 * Election commands, each through `command()`: authorise, check, write in one transaction, append
 * the event. Calling an election, standing, nominating (the nominee consents or declines),
 * withdrawing. Ballots are in ballots.ts; the phases and the count in advance.ts.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import { candidacies, elections, mandates, members } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Conflict, Invalid, NotFound } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { LIMITS } from '$lib/server/limits';
import { loadActor } from '$lib/server/members/actor';
import { may, type Actor } from '$lib/domain/members/actor';
import type { Tx } from '$lib/server/db/client';
import {
	callElectionInput,
	candidacyInput,
	nominateInput,
	standInput
} from '$lib/schemas/elections';
import type { BalanceRule } from '$lib/domain/elections/types';
import { inScope, loadElection } from './context';
import { electionEvent } from './events';
import { can, scopeRef } from './policy';
import { checkTermLimits, roleOf } from './standing';

const DAY = 24 * 60 * 60 * 1000;
/** An election may be called for seats whose terms end within this many days. */
export const CALL_AHEAD_DAYS = 60;

function parseScope(ref: string) {
	if (ref === 'organisation') return { scopeKind: 'organisation' as const, scopeId: null };
	const [kind, id] = ref.split(':');
	return { scopeKind: kind as 'chapter' | 'committee' | 'project', scopeId: Number(id) };
}

/**
 * Call an election for a role's seats in a scope: any member of the scope with the right to
 * propose may, when seats there are vacant or their terms end within 60 days, and no election for
 * them is already open.
 */
export const callElection = command({
	input: (raw: unknown, now: Date = new Date()) => {
		const input = parseInput(callElectionInput, raw);
		let balance: BalanceRule | null = null;
		if (input.balanceValue) {
			if (!input.balanceShare) throw new Invalid('error_form', { balanceShare: 'error_required' });
			balance = {
				attribute: 'gender',
				value: input.balanceValue,
				minShare: input.balanceShare / 100
			};
		}
		return { ...input, ...parseScope(input.scope), balance, now };
	},
	load: async (tx, actor, input) => {
		const role = await roleOf(tx, input.role);
		// One call at a time per role and scope: the role row is the lock.
		await tx.execute(sql`select 1 from roles where key = ${role.key} for update`);
		return {
			role,
			subject: {
				phase: 'nominations' as const,
				scope: scopeRef(input.scopeKind, input.scopeId),
				inScope: await inScope(tx, input, actor.id),
				isElector: false
			}
		};
	},
	allow: (actor, s) => can(actor, 'call', s.subject),
	forbidden: 'election_error_cannot_call',
	limit: LIMITS.proposal,
	check: async ({ role }, input, _actor, tx) => {
		if (!role.scopeKinds.includes(input.scopeKind))
			throw new Invalid('error_form', { scope: 'election_error_wrong_scope' });
		const seats = input.seats || role.seats;
		if (input.method === 'irv' && seats !== 1)
			throw new Invalid('error_form', { method: 'election_error_irv_one_seat' });
		const sameScope = and(
			eq(elections.role, role.key),
			eq(elections.scopeKind, input.scopeKind),
			sql`${elections.scopeId} is not distinct from ${input.scopeId}`
		);
		const [open] = await tx
			.select({ id: elections.id })
			.from(elections)
			.where(and(sameScope, ne(elections.phase, 'closed')));
		if (open) throw new Conflict('election_error_already_open');
		const horizon = new Date(input.now.getTime() + CALL_AHEAD_DAYS * DAY);
		const [held] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(mandates)
			.where(
				and(
					eq(mandates.role, role.key),
					eq(mandates.scopeKind, input.scopeKind),
					sql`${mandates.scopeId} is not distinct from ${input.scopeId}`,
					sql`${mandates.startsAt} <= ${input.now}`,
					or(isNull(mandates.endsAt), gt(mandates.endsAt, horizon))
				)
			);
		if (Number(held.n) >= role.seats) throw new Conflict('election_error_no_vacancy');
	},
	run: async (tx, actor, { role }, input) => {
		const nominationsEndAt = new Date(input.now.getTime() + input.nominationDays * DAY);
		const [row] = await tx
			.insert(elections)
			.values({
				role: role.key,
				scopeKind: input.scopeKind,
				scopeId: input.scopeId,
				seats: input.seats || role.seats,
				method: input.method,
				nominationsEndAt,
				votingEndsAt: new Date(nominationsEndAt.getTime() + input.votingDays * DAY),
				balance: input.balance,
				unlinkable: input.unlinkable,
				seed: randomBytes(12).toString('hex'),
				createdBy: actor.id
			})
			.returning({ id: elections.id, seats: elections.seats });
		return { ...row, url: `/elections/${row.id}` };
	},
	event: (out, _s, _input, actor) =>
		electionEvent(actor.id, out.id, { type: 'election.called', data: { seats: out.seats } })
});

const candidacyConflicts = { candidacies_election_member_key: 'election_error_already_candidate' };

/** Stand for election: needs the right to stand in the scope and the role's limits allow it. */
export const standForElection = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(standInput, raw) }),
	// Shared: no candidacy lands after voting has opened (the phase change locks for update).
	load: (tx, actor, { id }) => loadElection(tx, actor, id, 'share'),
	allow: (actor, ctx) => can(actor, 'stand', ctx.subject),
	forbidden: 'election_error_cannot_stand',
	check: async (ctx, _input, actor, tx) => {
		await checkTermLimits(tx, ctx.election, actor.id);
	},
	run: async (tx, actor, _ctx, { id, statement }) => {
		const [row] = await tx
			.insert(candidacies)
			.values({
				electionId: id,
				memberId: actor.id,
				nominatedBy: actor.id,
				consentedAt: sql`now()`,
				statement
			})
			.returning({ id: candidacies.id });
		return row;
	},
	event: (out, _ctx, { id }, actor) =>
		electionEvent(actor.id, id, {
			type: 'candidacy.nominated',
			data: { candidacyId: out.id, self: true }
		}),
	conflicts: candidacyConflicts
});

/**
 * Nominate another member of the scope. The nomination waits for their consent: until they
 * consent it is not on the ballot.
 */
export const nominateCandidate = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(nominateInput, raw) }),
	load: async (tx, actor, { id, handle }) => {
		const ctx = await loadElection(tx, actor, id, 'share');
		const [nominee] = await tx
			.select({ id: members.id })
			.from(members)
			.where(and(sql`lower(${members.handle}) = lower(${handle})`, isNull(members.deletedAt)));
		if (!nominee) throw new Invalid('error_form', { handle: 'election_error_nominee_unknown' });
		return { ...ctx, nomineeId: nominee.id };
	},
	allow: (actor, ctx) => can(actor, 'nominate', ctx.subject),
	forbidden: 'election_error_cannot_nominate',
	limit: LIMITS.comment,
	check: async (ctx, _input, actor, tx) => {
		if (ctx.nomineeId === actor.id)
			throw new Invalid('error_form', { handle: 'election_error_nominate_self' });
		// The nominee must be able to stand here, now and by the role's limits.
		const nominee = await loadActor(tx, ctx.nomineeId);
		if (
			!nominee ||
			!(await inScope(tx, ctx.election, ctx.nomineeId)) ||
			!may(nominee, 'stand', ctx.subject.scope)
		)
			throw new Invalid('error_form', { handle: 'election_error_nominee_cannot_stand' });
		await checkTermLimits(tx, ctx.election, ctx.nomineeId);
	},
	run: async (tx, actor, ctx, { id }) => {
		const [row] = await tx
			.insert(candidacies)
			.values({ electionId: id, memberId: ctx.nomineeId, nominatedBy: actor.id })
			.returning({ id: candidacies.id });
		return row;
	},
	event: (out, _ctx, { id }, actor) =>
		electionEvent(actor.id, id, {
			type: 'candidacy.nominated',
			data: { candidacyId: out.id, self: false }
		}),
	conflicts: candidacyConflicts
});

/** The election and one of its candidacies, locked for the change. */
async function loadCandidacy(tx: Tx, actor: Actor, id: number, candidacyId: number) {
	const ctx = await loadElection(tx, actor, id, 'share');
	const [c] = await tx
		.select()
		.from(candidacies)
		.where(and(eq(candidacies.id, candidacyId), eq(candidacies.electionId, id)))
		.for('update');
	if (!c) throw new NotFound('election_error_candidacy_not_found');
	return {
		...ctx,
		candidacy: c,
		subject: {
			...ctx.subject,
			candidacy: {
				memberId: c.memberId,
				consented: c.consentedAt !== null,
				withdrawn: c.withdrawnAt !== null
			}
		}
	};
}

/** The nominee accepts a nomination (with a statement): from now on they are on the ballot. */
export const consentToNomination = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(candidacyInput, raw) }),
	load: (tx, actor, { id, candidacy }) => loadCandidacy(tx, actor, id, candidacy),
	allow: (actor, ctx) => can(actor, 'consent', ctx.subject),
	forbidden: 'election_error_cannot_consent',
	check: async (ctx, _input, actor, tx) => {
		await checkTermLimits(tx, ctx.election, actor.id);
	},
	run: async (tx, _actor, ctx, { statement }) => {
		await tx
			.update(candidacies)
			.set({ consentedAt: sql`now()`, statement })
			.where(eq(candidacies.id, ctx.candidacy.id));
	},
	event: (_out, ctx, { id }, actor) =>
		electionEvent(actor.id, id, {
			type: 'candidacy.consented',
			data: { candidacyId: ctx.candidacy.id }
		})
});

/** A candidate withdraws, or a nominee declines: the candidacy stays on record, off the ballot. */
export const withdrawCandidacy = command({
	input: (id: number, raw: unknown) => ({ id, ...parseInput(candidacyInput, raw) }),
	load: (tx, actor, { id, candidacy }) => loadCandidacy(tx, actor, id, candidacy),
	allow: (actor, ctx) => can(actor, 'withdraw', ctx.subject),
	forbidden: 'election_error_cannot_withdraw',
	run: async (tx, _actor, ctx) => {
		await tx
			.update(candidacies)
			.set({ withdrawnAt: sql`now()` })
			.where(eq(candidacies.id, ctx.candidacy.id));
	},
	event: (_out, ctx, { id }, actor) =>
		electionEvent(actor.id, id, {
			type: 'candidacy.withdrawn',
			data: { candidacyId: ctx.candidacy.id }
		})
});
