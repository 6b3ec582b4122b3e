/** Who has not voted yet, for reminding. */
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { members } from '$lib/server/db/schema';
import { profileOpen, publicName } from '$lib/server/members/privacy';
import type { Queryable } from '$lib/server/db/client';
import { NotFound } from '$lib/server/errors';
import { loadDecision } from './context';
import { eligibleCondition, votingTiers } from './eligibility';
import { allowed, type PersonRow, type Viewer } from './reading';

// The members table as `m`, the name the eligibility condition uses.
const m = alias(members, 'm');

export const REMINDER_PAGE = 100;

/**
 * Who has not voted yet, for reminding (never how anyone voted). Shown to the scope's eligible
 * members and the authors. Like every list of members, it names only those listed in the
 * directory (and the viewer), paged by id, and counts the others; names respect privacy settings.
 */
export async function notYetVoted(
	db: Queryable,
	viewer: NonNullable<Viewer>,
	id: number,
	after = 0
) {
	const ctx = await loadDecision(db, viewer, id);
	if (!allowed(viewer, ctx, 'see-turnout-list')) throw new NotFound('decision_error_not_found');
	const tiers = await votingTiers(db);
	const waiting = sql`${eligibleCondition(ctx.decision, tiers)}
		and not exists (select 1 from ballots b where b.decision_id = ${id} and b.voter_id = m.id and b.superseded_at is null)
		and not exists (select 1 from ballot_credentials c
			where c.subject_kind = 'decision' and c.subject_id = ${id} and c.member_id = m.id)`;
	// privacy.ts's isListed on `members m` (eligibility already asks for a current account).
	const listed = sql`(m.in_directory or m.id = ${viewer.id})`;
	const [rows, others] = await Promise.all([
		db.execute<PersonRow>(sql`
			select m.id::int as id, m.handle, ${publicName(viewer, m)} as name,
				${profileOpen(viewer, m)} as profile
			from members m
			where ${waiting} and ${listed} and m.id > ${after}
			order by m.id limit ${REMINDER_PAGE + 1}`),
		db.execute<{ n: number }>(
			sql`select count(*)::int as n from members m where ${waiting} and not ${listed}`
		)
	]);
	const list = rows.rows
		.slice(0, REMINDER_PAGE)
		.map((r) => ({ id: Number(r.id), handle: r.handle, name: r.name, profile: r.profile }));
	return {
		decision: { id, title: ctx.decision.title, slug: ctx.decision.slug, phase: ctx.decision.phase },
		members: list,
		unlisted: Number(others.rows[0]?.n ?? 0),
		next: rows.rows.length > REMINDER_PAGE ? list.at(-1)!.id : null
	};
}
