import { and, asc, desc, eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { members, stakeDeclarations } from '$lib/server/db/schema';
import { listedFor, named, personFor, splitListed, type Viewer } from './reading';

/**
 * Declared stakes are public (a secret ballot never weighs by them): highest first, with reasons,
 * by name for members listed in the directory; the others are counted.
 */
export async function stakeList(db: Queryable, viewer: Viewer, decisionId: number, limit = 500) {
	const rows = await db
		.select({
			...personFor(viewer),
			listed: listedFor(viewer),
			level: stakeDeclarations.level,
			reason: stakeDeclarations.reason,
			declaredAt: stakeDeclarations.declaredAt
		})
		.from(stakeDeclarations)
		.innerJoin(members, eq(members.id, stakeDeclarations.memberId))
		.where(eq(stakeDeclarations.decisionId, decisionId))
		.orderBy(desc(stakeDeclarations.level), asc(stakeDeclarations.declaredAt))
		.limit(limit);
	return splitListed(rows, (s) => ({
		...named(s),
		level: s.level,
		reason: s.reason,
		declaredAt: s.declaredAt
	}));
}

/** The viewer's own declaration, to start the form from. */
export async function myStake(db: Queryable, viewer: Viewer, decisionId: number) {
	if (!viewer) return null;
	const [row] = await db
		.select({ level: stakeDeclarations.level, reason: stakeDeclarations.reason })
		.from(stakeDeclarations)
		.where(
			and(eq(stakeDeclarations.decisionId, decisionId), eq(stakeDeclarations.memberId, viewer.id))
		);
	return row ?? null;
}
