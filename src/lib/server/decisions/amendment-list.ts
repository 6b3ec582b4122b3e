/**
 * Amendments as their readers need them: the amendments page lists each with its diff, votes and
 * the viewer's own vote; the decision page only counts them.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { amendments, amendmentVotes, decisionVersions, members } from '$lib/server/db/schema';
import { readableDiff } from './diff-cache';
import { named, personFor, type Viewer } from './reading';

/** How many amendments there are, and how many still wait for the authors or a vote. */
export async function amendmentCounts(db: Queryable, decisionId: number) {
	const [row] = await db
		.select({
			total: sql<number>`count(*)::int`,
			pending: sql<number>`(count(*) filter (where ${amendments.status} in ('open', 'voting')))::int`
		})
		.from(amendments)
		.where(eq(amendments.decisionId, decisionId));
	return { total: row?.total ?? 0, pending: row?.pending ?? 0 };
}

/** Every amendment with its word diff against the version it was written for, and its votes. */
export async function amendmentList(db: Queryable, viewer: Viewer, decisionId: number) {
	const weight = (choice: string) =>
		sql<number>`coalesce((select sum(v.weight) from amendment_votes v where v.amendment_id = ${amendments}.id and v.choice = ${choice}), 0)::int`;
	const rows = await db
		.select({
			id: amendments.id,
			status: amendments.status,
			reason: amendments.reason,
			body: amendments.body,
			baseVersion: amendments.baseVersion,
			appliedVersion: amendments.appliedVersion,
			createdAt: amendments.createdAt,
			author: personFor(viewer),
			yes: weight('yes'),
			no: weight('no'),
			abstain: weight('abstain')
		})
		.from(amendments)
		.innerJoin(members, eq(members.id, amendments.authorId))
		.where(eq(amendments.decisionId, decisionId))
		.orderBy(asc(amendments.id));
	/** The viewer's own vote on each amendment put to a vote. */
	const myVotes: Record<number, string> = {};
	if (!rows.length) return { amendments: [], myVotes };
	const baseVersions = [...new Set(rows.map((a) => a.baseVersion))];
	const [bases, mine] = await Promise.all([
		db
			.select({ version: decisionVersions.version, body: decisionVersions.body })
			.from(decisionVersions)
			.where(
				and(
					eq(decisionVersions.decisionId, decisionId),
					inArray(decisionVersions.version, baseVersions)
				)
			),
		viewer
			? db
					.select({ amendmentId: amendmentVotes.amendmentId, choice: amendmentVotes.choice })
					.from(amendmentVotes)
					.where(
						and(
							eq(amendmentVotes.memberId, viewer.id),
							inArray(
								amendmentVotes.amendmentId,
								rows.map((a) => a.id)
							)
						)
					)
			: []
	]);
	for (const v of mine) myVotes[v.amendmentId] = v.choice;
	return {
		amendments: rows.map((a) => {
			const base = bases.find((b) => b.version === a.baseVersion)?.body ?? '';
			// Once per amendment: every later view reads it from the cache.
			const { diff, stats } = readableDiff(base, a.body);
			return {
				id: a.id,
				status: a.status,
				reason: a.reason,
				/** The whole text as the amendment would have it. */
				body: a.body,
				baseVersion: a.baseVersion,
				appliedVersion: a.appliedVersion,
				createdAt: a.createdAt,
				author: named(a.author),
				isMine: !!viewer && a.author.id === viewer.id,
				votes: { yes: a.yes, no: a.no, abstain: a.abstain },
				diff,
				stats
			};
		}),
		myVotes
	};
}
