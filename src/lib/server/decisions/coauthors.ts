/**
 * Co-authorship is offered, never imposed: an author of a draft invites a member of its scope, and
 * the member becomes an author only by accepting (until then they may read the draft, to decide,
 * but not change it). The invitee may decline; invitations not answered lapse when the draft is
 * submitted.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisionAuthors, decisionInvitations, decisions, members } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Forbidden, Invalid } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { coauthorInput } from '$lib/schemas/decisions';
import type { Actor } from '$lib/domain/members/actor';
import { authors, loadDecision, type DecisionContext } from './context';
import { decisionEvent } from './events';
import { can } from './policy';
import { named, personFor, type Named, type Viewer } from './reading';
import { belongsTo } from './scopes';
import { LIMITS } from '$lib/server/limits';

function refuse(key: string): never {
	throw new Forbidden(key);
}

/**
 * Invite a member, by handle, to co-author a draft. Inviting an author or someone already invited
 * changes nothing and says nothing.
 */
export const inviteCoauthor = command({
	limit: LIMITS.mail,
	input: (id: number, raw: unknown) => ({ id, ...parseInput(coauthorInput, raw) }),
	load: async (tx, actor, { id, handle }) => {
		// Shared: the draft is not submitted while an invitation is being written.
		const ctx = await loadDecision(tx, actor, id, 'share');
		const [member] = await tx
			.select({ id: members.id })
			.from(members)
			.where(
				and(sql`lower(${members.handle}) = lower(${handle})`, sql`${members.deletedAt} is null`)
			);
		const inScope = !!member && (await belongsTo(tx, ctx.decision, member.id));
		const isAuthor = !!member && (await authors(tx, id)).includes(member.id);
		return { ...ctx, member, inScope, isAuthor };
	},
	allow: (actor, ctx) => can(actor, 'invite-coauthor', ctx.subject),
	check: ({ member, inScope }) => {
		if (!member) throw new Invalid('error_form', { handle: 'decision_error_unknown_member' });
		if (!inScope)
			throw new Invalid('error_form', { handle: 'decision_error_coauthor_not_in_scope' });
	},
	run: async (tx, actor, { member, isAuthor }, { id }) => {
		if (isAuthor) return false;
		const added = await tx
			.insert(decisionInvitations)
			.values({ decisionId: id, memberId: member.id, invitedBy: actor.id })
			.onConflictDoNothing()
			.returning({ id: decisionInvitations.memberId });
		return added.length > 0;
	},
	event: (added, { member }, { id }, actor) =>
		added
			? decisionEvent(actor.id, id, { type: 'coauthor.invited', data: { memberId: member.id } })
			: null
});

/** The invitee accepts: they become an author of the draft. */
export const acceptCoauthorship = command({
	input: (id: number) => ({ id }),
	// Locked like a submit, so an invitation is accepted before the draft is submitted or not at all.
	load: (tx, actor, { id }) => loadDecision(tx, actor, id, 'update'),
	allow: (actor, ctx) =>
		can(actor, 'accept-coauthorship', ctx.subject) || refuse('decision_error_cannot_accept'),
	run: async (tx, actor, _ctx, { id }) => {
		await removeInvitation(tx, id, actor.id);
		await tx
			.insert(decisionAuthors)
			.values({ decisionId: id, memberId: actor.id })
			.onConflictDoNothing();
	},
	event: (_out, _ctx, { id }, actor) => decisionEvent(actor.id, id, { type: 'coauthor.accepted' })
});

/** The invitee declines: the invitation goes, and they no longer see the draft. */
export const declineCoauthorship = command({
	input: (id: number) => ({ id }),
	load: (tx, actor, { id }) => loadDecision(tx, actor, id, 'share'),
	allow: (actor, ctx) => can(actor, 'decline-coauthorship', ctx.subject),
	run: (tx, actor, _ctx, { id }) => removeInvitation(tx, id, actor.id),
	event: (_out, _ctx, { id }, actor) => decisionEvent(actor.id, id, { type: 'coauthor.declined' })
});

async function removeInvitation(db: Queryable, decisionId: number, memberId: number) {
	await db
		.delete(decisionInvitations)
		.where(
			and(
				eq(decisionInvitations.decisionId, decisionId),
				eq(decisionInvitations.memberId, memberId)
			)
		);
}

/** The members invited to co-author a draft who have not answered yet (for its authors). */
export async function pendingInvitees(
	db: Queryable,
	viewer: Viewer,
	ctx: DecisionContext
): Promise<Named[]> {
	if (!ctx.subject.isAuthor) return [];
	const rows = await db
		.select(personFor(viewer))
		.from(decisionInvitations)
		.innerJoin(members, eq(members.id, decisionInvitations.memberId))
		.where(eq(decisionInvitations.decisionId, ctx.decision.id))
		.orderBy(asc(decisionInvitations.invitedAt), asc(members.id));
	return rows.map((p) => named(p));
}

/** The drafts a member is invited to co-author, newest invitation first. */
export async function myInvitations(db: Queryable, actor: Actor) {
	return db
		.select({
			id: decisions.id,
			title: decisions.title,
			slug: decisions.slug,
			invitedAt: decisionInvitations.invitedAt
		})
		.from(decisionInvitations)
		.innerJoin(decisions, eq(decisions.id, decisionInvitations.decisionId))
		.where(and(eq(decisionInvitations.memberId, actor.id), eq(decisions.phase, 'draft')))
		.orderBy(sql`${decisionInvitations.invitedAt} desc`, sql`${decisions.id} desc`);
}
