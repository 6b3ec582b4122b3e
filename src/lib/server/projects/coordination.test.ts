import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { events, members, projectMembers, projects } from '$lib/server/db/schema';
import { Forbidden } from '$lib/server/errors';
import { declineCoordination, handOverCoordination, takeCoordination } from './commands';

/** Nobody is made a project's coordinator without consent: the role is offered, then taken. */
let conn: Connection;
let ana: Actor;
let ben: Actor;
let cai: Actor;
let projectId: number;

beforeAll(async () => {
	conn = await createTestDatabase();
	const db = conn.db;
	const rows = await db
		.insert(members)
		.values(
			['ana', 'ben', 'cai'].map((h) => ({
				email: `${h}-coord@example.net`,
				passwordHash: 'x',
				handle: `${h}-coord`,
				displayName: h,
				country: 'BR',
				emailVerifiedAt: new Date()
			}))
		)
		.returning({ id: members.id });
	[ana, ben, cai] = await Promise.all(rows.map((r) => actorFor(db, r.id)));
	[{ id: projectId }] = await db
		.insert(projects)
		.values({ title: 'Seed library', goals: 'Share seeds.', proposedBy: ana.id, status: 'active' })
		.returning({ id: projects.id });
	await db.insert(projectMembers).values([
		{ projectId, memberId: ana.id, role: 'coordinator' },
		{ projectId, memberId: ben.id },
		{ projectId, memberId: cai.id }
	]);
});
afterAll(() => conn?.close());

const coordinator = async () =>
	(
		await conn.db
			.select({ id: projectMembers.memberId })
			.from(projectMembers)
			.where(
				and(
					eq(projectMembers.projectId, projectId),
					eq(projectMembers.role, 'coordinator'),
					isNull(projectMembers.leftAt)
				)
			)
	)[0]?.id;

describe('handing over coordination', () => {
	it('is an offer the member may decline, and the coordinator stays', async () => {
		await handOverCoordination(conn.db, ana, projectId, { memberId: String(ben.id) });
		expect(await coordinator()).toBe(ana.id);
		// Only the member it was offered to answers it.
		await expect(declineCoordination(conn.db, cai, projectId)).rejects.toBeInstanceOf(Forbidden);
		await declineCoordination(conn.db, ben, projectId);
		expect(await coordinator()).toBe(ana.id);
		await expect(takeCoordination(conn.db, ben, projectId)).rejects.toBeInstanceOf(Forbidden);
		const types = (
			await conn.db
				.select({ type: events.type })
				.from(events)
				.where(and(eq(events.subjectType, 'project'), eq(events.subjectId, projectId)))
		).map((e) => e.type);
		expect(types).toEqual(['project.coordination-offered', 'project.coordination-declined']);
	});

	it('is taken only by the member it was offered to', async () => {
		await handOverCoordination(conn.db, ana, projectId, { memberId: String(cai.id) });
		await expect(takeCoordination(conn.db, ben, projectId)).rejects.toBeInstanceOf(Forbidden);
		await takeCoordination(conn.db, cai, projectId);
		expect(await coordinator()).toBe(cai.id);
		const [p] = await conn.db.select().from(projects).where(eq(projects.id, projectId));
		expect(p.coordinationOfferedTo).toBeNull();
	});
});
