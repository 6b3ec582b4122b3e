/**
 * The world the decisions tests share: members made in the database and turned into actors by
 * the real loader, a chapter with three of them, and helpers that move a decision through its
 * phases the way the scheduler does. Each test file opens its own database with `openWorld`.
 */
import { expect } from 'vitest';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection, Db } from '$lib/server/db/client';
import { ballots, chapterMemberships, chapters, decisions, members } from '$lib/server/db/schema';
import { advanceDecision } from './advance';
import { createDecision, submitDecision } from './commands';

export type World = {
	conn: Connection;
	db: Db;
	/** Eight members; the first three are in the Recife chapter. */
	people: Actor[];
	friend: Actor;
	chapterId: number;
	countryId: number;
};

export const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);

/** Members made in one insert, as the loader sees them. */
export async function makeMembers(
	db: Db,
	n: number,
	prefix: string,
	extra: { tier?: string; lapsedAt?: Date } = {}
): Promise<Actor[]> {
	const rows = await db
		.insert(members)
		.values(
			Array.from({ length: n }, (_, i) => ({
				email: `${prefix}${i}@example.net`,
				passwordHash: 'x',
				handle: `${prefix}${i}`,
				displayName: `${prefix.toUpperCase()} ${i}`,
				country: 'BR',
				tier: extra.tier ?? 'member',
				// Listed in the directory, so lists of members name them (member-lists.test.ts).
				inDirectory: true,
				lapsedAt: extra.lapsedAt ?? null,
				emailVerifiedAt: new Date()
			}))
		)
		.returning({ id: members.id });
	const actors: Actor[] = [];
	for (let i = 0; i < rows.length; i += 50)
		actors.push(...(await Promise.all(rows.slice(i, i + 50).map((r) => actorFor(db, r.id)))));
	return actors;
}

export async function openWorld(): Promise<World> {
	const conn = await createTestDatabase();
	const db = conn.db;
	const [root] = await db
		.select({ id: chapters.id })
		.from(chapters)
		.where(isNull(chapters.parentId));
	const rootId =
		root?.id ??
		(
			await db
				.insert(chapters)
				.values({ kind: 'organisation', name: 'Org', slug: 'org-test' })
				.returning({ id: chapters.id })
		)[0].id;
	const [{ id: countryId }] = await db
		.insert(chapters)
		.values({ kind: 'country', name: 'Brasil', slug: 'br-test', country: 'BR', parentId: rootId })
		.returning({ id: chapters.id });
	const [{ id: chapterId }] = await db
		.insert(chapters)
		.values({
			kind: 'local',
			name: 'Recife',
			slug: 'recife-dtest',
			country: 'BR',
			city: 'Recife',
			parentId: countryId
		})
		.returning({ id: chapters.id });
	const made = await makeMembers(db, 8, 'p');
	await db
		.insert(chapterMemberships)
		.values(made.slice(0, 3).map((p) => ({ chapterId, memberId: p.id })));
	// Reloaded, so the first three carry their chapter as the loader sees it.
	const people = await Promise.all(made.map((p) => actorFor(db, p.id)));
	const [friend] = await makeMembers(db, 1, 'friend', { tier: 'friend' });
	return { conn, db, people, friend, chapterId, countryId };
}

export function draft(extra: Record<string, unknown> = {}) {
	return {
		title: 'Adopt the interim Mission',
		summary: 'Our shared purpose.',
		body: 'We build a participatory society.\nWe share work fairly.\nWe decide together.',
		scope: 'organisation',
		ballotType: 'motion',
		discussionDays: '1',
		amendmentDays: '1',
		votingDays: '1',
		...extra
	};
}

/** Create, submit and move a decision on to voting. */
export async function inVoting(db: Db, author: Actor, extra: Record<string, unknown> = {}) {
	const id = await createDecision(db, author, draft(extra));
	await submitDecision(db, author, id);
	await advanceDecision(db, id, later(48.5));
	const [d] = await db
		.select({ phase: decisions.phase })
		.from(decisions)
		.where(eq(decisions.id, id));
	expect(d.phase).toBe('voting');
	return id;
}

/** Past every deadline: the scheduler closes the decision. */
export const close = (db: Db, id: number) => advanceDecision(db, id, later(24 * 10));

export const currentBallots = async (db: Db, id: number) =>
	(
		await db
			.select({ n: count() })
			.from(ballots)
			.where(and(eq(ballots.decisionId, id), isNull(ballots.supersededAt)))
	)[0].n;
