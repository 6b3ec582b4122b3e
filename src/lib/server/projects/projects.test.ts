import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import {
	chapterMemberships,
	chapters,
	effortEntries,
	events,
	members,
	projectMembers,
	projectTasks,
	taskRatings
} from '$lib/server/db/schema';
import { Conflict, Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { postComment } from '$lib/server/comments/commands';
import { commentPage } from '$lib/server/comments/queries';
import { postById } from '$lib/server/writing/queries';
import {
	changeProjectStatus,
	editProject,
	handOverCoordination,
	joinProject,
	leaveProject,
	postProjectUpdate,
	proposeProject,
	takeCoordination
} from './commands';
import {
	addTask,
	assignTask,
	claimTask,
	completeTask,
	declineTask,
	logEffort,
	rateTask
} from './tasks';
import { projectPage, taskPage } from './pages';
import { effortGiven, projectList, projectOfUpdate, smallTasks } from './queries';

let conn: Connection;
type A = Actor;
let ana: A, ben: A, cai: A, dee: A;
let chapterId: number;
let projectId: number;
let taskId: number;

beforeAll(async () => {
	conn = await createTestDatabase();
	const db = conn.db;
	const rows = await db
		.insert(members)
		.values(
			['ana', 'ben', 'cai', 'dee'].map((h) => ({
				email: `${h}@example.net`,
				passwordHash: 'x',
				handle: h,
				displayName: `${h.toUpperCase()} Silva`,
				country: 'BR',
				emailVerifiedAt: new Date(),
				tier: 'member',
				inDirectory: h !== 'dee'
			}))
		)
		.returning({ id: members.id });
	[{ id: chapterId }] = await db
		.insert(chapters)
		.values({ kind: 'local', name: 'Recife', slug: 'recife-p', country: 'BR', city: 'Recife' })
		.returning({ id: chapters.id });
	await db.insert(chapterMemberships).values({ chapterId, memberId: rows[0].id });
	[ana, ben, cai, dee] = await Promise.all(rows.map((r) => actorFor(db, r.id)));
});
afterAll(async () => {
	await conn?.close();
});

const eventCount = async () => (await conn.db.select({ n: count() }).from(events))[0].n;

describe('proposing and joining', () => {
	it('a member proposes a project and coordinates it', async () => {
		const result = await proposeProject(conn.db, ana, {
			title: 'Community garden',
			goals: 'Grow **food** together.',
			needs: 'Gardeners',
			language: 'en',
			visibility: 'public',
			chapterId: ''
		});
		projectId = result.id;
		expect(result.url).toBe(`/projects/${projectId}-community-garden`);
		const page = await projectPage(conn.db, ana, projectId);
		expect(page.role).toBe('coordinator');
		expect(page.project.status).toBe('proposed');
	});

	it('refuses bad input and a chapter the proposer is not in, changing nothing', async () => {
		const before = await eventCount();
		await expect(proposeProject(conn.db, ana, { title: '', goals: 'x' })).rejects.toThrow(Invalid);
		await expect(
			proposeProject(conn.db, ben, { title: 'T', goals: 'G', chapterId: String(chapterId) })
		).rejects.toThrow(Invalid);
		await expect(
			proposeProject(conn.db, ana, { title: 'T', goals: 'G', visibility: 'secret' })
		).rejects.toThrow(Invalid);
		expect(await eventCount()).toBe(before);
	});

	it('friends may not propose', async () => {
		await conn.db.update(members).set({ tier: 'friend' }).where(eq(members.id, cai.id));
		const friend = await actorFor(conn.db, cai.id);
		await conn.db.update(members).set({ tier: 'member' }).where(eq(members.id, cai.id));
		await expect(proposeProject(conn.db, friend, { title: 'T', goals: 'G' })).rejects.toThrow(
			Forbidden
		);
	});

	it('a lapsed member may not start a project until they are back, and nothing is written', async () => {
		await conn.db.update(members).set({ lapsedAt: new Date() }).where(eq(members.id, cai.id));
		const lapsed = await actorFor(conn.db, cai.id);
		await conn.db.update(members).set({ lapsedAt: null }).where(eq(members.id, cai.id));
		const before = await eventCount();
		await expect(proposeProject(conn.db, lapsed, { title: 'T', goals: 'G' })).rejects.toThrow(
			Forbidden
		);
		await expect(joinProject(conn.db, lapsed, projectId)).rejects.toThrow(Forbidden);
		expect(await eventCount()).toBe(before);
	});

	it('others join; joining twice is refused', async () => {
		await joinProject(conn.db, ben, projectId);
		await joinProject(conn.db, dee, projectId);
		await expect(joinProject(conn.db, ben, projectId)).rejects.toThrow(Forbidden);
		const page = await projectPage(conn.db, ana, projectId);
		expect(page.members.map((m) => m.id)).toEqual([ana.id, ben.id, dee.id]);
	});

	it('moves the status only along the allowed paths, by the coordinator', async () => {
		await expect(
			changeProjectStatus(conn.db, ben, projectId, { status: 'active' })
		).rejects.toThrow(Forbidden);
		await expect(
			changeProjectStatus(conn.db, ana, projectId, { status: 'completed' })
		).rejects.toThrow(Invalid);
		await changeProjectStatus(conn.db, ana, projectId, { status: 'active' });
		const list = await projectList(conn.db, null, { status: 'active' });
		expect(list.projects.map((p) => p.id)).toContain(projectId);
	});
});

describe('tasks, ratings and effort', () => {
	it('members add tasks; strangers cannot', async () => {
		const t = await addTask(conn.db, ana, projectId, {
			title: 'Carry compost',
			estimate: '45',
			skills: 'Gardening, lifting',
			language: 'en',
			remote: 'false',
			place: 'Plot 4'
		});
		taskId = t.id;
		await expect(
			addTask(conn.db, cai, projectId, { title: 'X', estimate: '10', remote: 'true' })
		).rejects.toThrow(Forbidden);
		await expect(
			addTask(conn.db, ana, projectId, { title: 'X', estimate: '10', remote: 'false' })
		).rejects.toThrow(Invalid);
		await expect(
			addTask(conn.db, ana, projectId, { title: 'X', estimate: '-5', remote: 'true' })
		).rejects.toThrow(Invalid);
		const [task] = await conn.db.select().from(projectTasks).where(eq(projectTasks.id, taskId));
		expect(task.skills).toEqual(['gardening', 'lifting']);
	});

	it('the task carries the median of the ratings; ratings outside 1–5 are refused', async () => {
		await rateTask(conn.db, ana, taskId, { empowerment: '1', onerousness: '5' });
		await rateTask(conn.db, ben, taskId, { empowerment: '2', onerousness: '4' });
		let [task] = await conn.db.select().from(projectTasks).where(eq(projectTasks.id, taskId));
		expect([task.empowerTenths, task.onerousTenths, task.ratingCount]).toEqual([15, 45, 2]);
		// Ben changes his mind: his rating is replaced, not added.
		await rateTask(conn.db, ben, taskId, { empowerment: '1', onerousness: '5' });
		[task] = await conn.db.select().from(projectTasks).where(eq(projectTasks.id, taskId));
		expect([task.empowerTenths, task.onerousTenths, task.ratingCount]).toEqual([10, 50, 2]);
		for (const bad of [
			{ empowerment: '0', onerousness: '3' },
			{ empowerment: '3', onerousness: '6' },
			{ empowerment: '2.5', onerousness: '3' }
		])
			await expect(rateTask(conn.db, ana, taskId, bad)).rejects.toThrow(Invalid);
		await expect(
			rateTask(conn.db, cai, taskId, { empowerment: '3', onerousness: '3' })
		).rejects.toThrow(Forbidden);
		expect(
			(
				await conn.db.select({ n: count() }).from(taskRatings).where(eq(taskRatings.taskId, taskId))
			)[0].n
		).toBe(2);
	});

	it('a member who has not joined cannot claim; a member can, once', async () => {
		await expect(claimTask(conn.db, cai, taskId)).rejects.toThrow(Forbidden);
		await claimTask(conn.db, ben, taskId);
		await expect(claimTask(conn.db, dee, taskId)).rejects.toThrow(Forbidden);
		const page = await taskPage(conn.db, ben, taskId);
		expect(page.assignee?.id).toBe(ben.id);
		expect(page.can['complete-task']).toBe(true);
	});

	it('the suggestion for the onerous task changes as effort is logged', async () => {
		// A second onerous task, open, so there is a "next onerous task".
		const second = await addTask(conn.db, ana, projectId, {
			title: 'Clean the shed',
			estimate: '30',
			remote: 'false',
			place: 'Shed'
		});
		await rateTask(conn.db, ana, second.id, { empowerment: '1', onerousness: '4' });
		let page = await projectPage(conn.db, ana, projectId);
		expect(page.suggestion.task?.id).toBe(second.id);
		// Nobody has done anything: the lowest id wins the tie.
		expect(page.suggestion.member?.id).toBe(ana.id);

		await logEffort(conn.db, ana, taskId, { minutes: '2h', intensity: '4' });
		page = await projectPage(conn.db, ana, projectId);
		expect(page.suggestion.member?.id).toBe(ben.id);
		await logEffort(conn.db, ben, taskId, { minutes: '1:00', intensity: '3' });
		page = await projectPage(conn.db, ana, projectId);
		expect(page.suggestion.member?.id).toBe(dee.id);
		// Onerous amounts: ana 120·50 = 6000, ben 60·50 = 3000, dee 0. Sorted 0, 3000, 6000:
		// weighted 2·3000 + 3·6000 = 24000; 2·24000/(3·9000) − 4/3 = 16/9 − 12/9 = 4/9.
		expect(page.balance.onerousGini).toBeCloseTo(4 / 9, 12);
		expect(page.balance.level).toBe('uneven');
		const anaRow = page.balance.rows.find((r) => r.memberId === ana.id)!;
		// 120 minutes × intensity 4 × onerousness 5.0 (50 tenths) = 24000 units; a neutral minute is
		// 3 × 30 = 90 units, so 24000 / 90 = 266.7 → 267 neutral minutes.
		expect(anaRow.recognisedMinutes).toBe(267);
	});

	it('refuses absurd durations, effort on behalf of someone else and strangers, changing nothing', async () => {
		const before = await conn.db.select({ n: count() }).from(effortEntries);
		const eventsBefore = await eventCount();
		for (const minutes of ['-30', '0', '17h', '100000', 'a while'])
			await expect(logEffort(conn.db, ben, taskId, { minutes, intensity: '3' })).rejects.toThrow(
				Invalid
			);
		await expect(
			logEffort(conn.db, ben, taskId, { minutes: '30', intensity: '9' })
		).rejects.toThrow(Invalid);
		await expect(
			logEffort(conn.db, ben, taskId, { minutes: '30', intensity: '3', memberId: String(ana.id) })
		).rejects.toThrow(Forbidden);
		await expect(
			logEffort(conn.db, cai, taskId, { minutes: '30', intensity: '3' })
		).rejects.toThrow(Forbidden);
		await expect(
			logEffort(conn.db, ben, taskId, { minutes: '30', intensity: '3', workedOn: '2999-01-01' })
		).rejects.toThrow(Invalid);
		// Two 15-hour days cannot be logged for one date.
		await logEffort(conn.db, dee, taskId, {
			minutes: '15h',
			intensity: '1',
			workedOn: '2026-01-05'
		});
		await expect(
			logEffort(conn.db, dee, taskId, { minutes: '10h', intensity: '1', workedOn: '2026-01-05' })
		).rejects.toThrow(Invalid);
		const after = await conn.db.select({ n: count() }).from(effortEntries);
		expect(after[0].n).toBe(before[0].n + 1);
		expect(await eventCount()).toBe(eventsBefore + 1);
	});

	it("the coordinator offers a task; it is the member's only when they take it", async () => {
		const db = conn.db;
		const t = await addTask(db, ana, projectId, {
			title: 'Flyers',
			estimate: '30',
			remote: 'true'
		});
		await assignTask(db, ana, t.id, { memberId: String(dee.id) });
		const [offered] = await db.select().from(projectTasks).where(eq(projectTasks.id, t.id));
		expect(offered).toMatchObject({ status: 'open', assigneeId: null, offeredToId: dee.id });
		// Only the member it was offered to may decline it; they decline, and it is open to all.
		await expect(declineTask(db, ben, t.id)).rejects.toThrow(Forbidden);
		await declineTask(db, dee, t.id);
		const [declined] = await db.select().from(projectTasks).where(eq(projectTasks.id, t.id));
		expect(declined).toMatchObject({ status: 'open', assigneeId: null, offeredToId: null });
		// Offered again, they take it.
		await assignTask(db, ana, t.id, { memberId: String(dee.id) });
		await claimTask(db, dee, t.id);
		const [taken] = await db.select().from(projectTasks).where(eq(projectTasks.id, t.id));
		expect(taken).toMatchObject({ status: 'claimed', assigneeId: dee.id, offeredToId: null });
		await expect(declineTask(db, dee, t.id)).rejects.toThrow(Forbidden);
	});

	it('the coordinator offers only to current members; the one who took it completes', async () => {
		const t = await addTask(conn.db, ana, projectId, {
			title: 'Water',
			estimate: '20',
			remote: 'true'
		});
		await expect(assignTask(conn.db, ana, t.id, { memberId: String(cai.id) })).rejects.toThrow(
			Invalid
		);
		await expect(assignTask(conn.db, ben, t.id, { memberId: String(ben.id) })).rejects.toThrow(
			Forbidden
		);
		await assignTask(conn.db, ana, t.id, { memberId: String(dee.id) });
		await claimTask(conn.db, dee, t.id);
		await expect(completeTask(conn.db, ben, t.id)).rejects.toThrow(Forbidden);
		await completeTask(conn.db, dee, t.id);
		await expect(completeTask(conn.db, dee, t.id)).rejects.toThrow(Forbidden);
	});
});

describe('visibility, rotation, updates, discussion and recognition', () => {
	it('a chapter project is hidden from non-members of the chapter', async () => {
		const { id } = await proposeProject(conn.db, ana, {
			title: 'Recife tenants',
			goals: 'Organise.',
			visibility: 'chapter',
			chapterId: String(chapterId)
		});
		await expect(projectPage(conn.db, ben, id)).rejects.toThrow(NotFound);
		await expect(projectPage(conn.db, null, id)).rejects.toThrow(NotFound);
		await expect(joinProject(conn.db, ben, id)).rejects.toThrow(NotFound);
		const visible = await projectList(conn.db, ben);
		expect(visible.projects.map((p) => p.id)).not.toContain(id);
		await addTask(conn.db, ana, id, { title: 'Flyers', estimate: '15', remote: 'true' });
		const small = await smallTasks(conn.db, ben, { maxMinutes: 60 });
		expect(small.tasks.every((t) => t.projectId !== id)).toBe(true);
		const forAna = await smallTasks(conn.db, ana, { maxMinutes: 60, remote: true });
		expect(forAna.tasks.some((t) => t.projectId === id)).toBe(true);
	});

	it("another chapter's project says why one cannot join, and its tasks are not offered", async () => {
		const { id } = await proposeProject(conn.db, ana, {
			title: 'Recife repair café',
			goals: 'Mend things.',
			visibility: 'members',
			chapterId: String(chapterId)
		});
		await addTask(conn.db, ana, id, { title: 'Bring tools', estimate: '20', remote: 'true' });
		const page = await projectPage(conn.db, ben, id);
		expect(page.can.join).toBe(false);
		expect(page.joinRefusal).toBe('chapter');
		expect((await projectPage(conn.db, ana, id)).joinRefusal).toBeNull();
		const small = await smallTasks(conn.db, ben, { maxMinutes: 60 });
		expect(small.tasks.some((t) => t.projectId === id)).toBe(false);
		const forAna = await smallTasks(conn.db, ana, { maxMinutes: 60 });
		expect(forAna.tasks.some((t) => t.projectId === id)).toBe(true);
	});

	it('the coordinator offers the role and the member takes it; a leaving coordinator opens the role', async () => {
		await handOverCoordination(conn.db, ana, projectId, { memberId: String(ben.id) });
		// An offer: Ben is not coordinator until he takes it, and nobody else may take it.
		let page = await projectPage(conn.db, ana, projectId);
		expect(page.members.find((m) => m.role === 'coordinator')?.id).toBe(ana.id);
		expect(page.coordinationOfferedTo).toBe(ben.id);
		// Whom it is offered to is the coordinator's to see: not in anyone else's page data.
		const seenByDee = await projectPage(conn.db, dee, projectId);
		expect(seenByDee.coordinationOfferedTo).toBeNull();
		expect(JSON.stringify(seenByDee)).not.toContain('"coordinationOfferedTo":' + ben.id);
		await expect(takeCoordination(conn.db, dee, projectId)).rejects.toThrow(Forbidden);
		await takeCoordination(conn.db, ben, projectId);
		page = await projectPage(conn.db, ana, projectId);
		expect(page.members.find((m) => m.role === 'coordinator')?.id).toBe(ben.id);
		await expect(takeCoordination(conn.db, ana, projectId)).rejects.toThrow(Forbidden);
		await leaveProject(conn.db, ben, projectId);
		// Ben's claimed task went back to the list.
		const [task] = await conn.db.select().from(projectTasks).where(eq(projectTasks.id, taskId));
		expect(task).toMatchObject({ status: 'open', assigneeId: null });
		await takeCoordination(conn.db, dee, projectId);
		page = await projectPage(conn.db, ana, projectId);
		expect(page.members.find((m) => m.role === 'coordinator')?.id).toBe(dee.id);
		// Ben's effort stays as a former member's.
		expect(page.balance.formerMinutes).toBe(60);
		const current = await conn.db
			.select({ n: count() })
			.from(projectMembers)
			.where(eq(projectMembers.projectId, projectId));
		expect(current[0].n).toBe(3);
	});

	it('updates are posts readable where the project is', async () => {
		const { id } = await postProjectUpdate(conn.db, ana, projectId, {
			title: 'First harvest',
			body: 'Twelve kilos of beans.',
			language: 'en'
		});
		const post = await postById(conn.db, null, id);
		expect(post.title).toBe('First harvest');
		const page = await projectPage(conn.db, null, projectId);
		expect(page.updates.map((u) => u.id)).toEqual([id]);
		expect(await projectOfUpdate(conn.db, null, id)).toEqual({
			title: 'Community garden',
			url: `/projects/${projectId}-community-garden`
		});
		await expect(
			postProjectUpdate(conn.db, cai, projectId, { title: 'X', body: 'Y' })
		).rejects.toThrow(Forbidden);
		// Made members-only, the project takes its updates with it.
		await editProject(conn.db, dee, projectId, {
			title: 'Community garden',
			goals: 'Grow food together.',
			visibility: 'members'
		});
		await expect(postById(conn.db, null, id)).rejects.toThrow(NotFound);
		expect((await postById(conn.db, await actorFor(conn.db, cai.id), id)).id).toBe(id);
		await expect(
			editProject(conn.db, ana, projectId, { title: 'Mine now', goals: 'x' })
		).rejects.toThrow(Forbidden);
		await editProject(conn.db, dee, projectId, {
			title: 'Community garden',
			goals: 'Grow food together.',
			visibility: 'public'
		});
		expect((await postById(conn.db, null, id)).id).toBe(id);
	});

	it('discussion uses the comments capability', async () => {
		await postComment(conn.db, cai, 'project', projectId, { body: 'Can I bring seeds?' });
		const page = await commentPage(conn.db, null, 'project', projectId);
		expect(page.comments.map((c) => c.html)).toEqual([expect.stringContaining('seeds')]);
	});

	it('effort given respects privacy: unlisted members show it only to themselves', async () => {
		const own = await effortGiven(conn.db, dee, dee.id);
		expect(own?.minutes).toBe(15 * 60);
		expect(own?.tasksDone).toBe(1);
		expect(await effortGiven(conn.db, ana, dee.id)).toBeNull();
		const anas = await effortGiven(conn.db, null, ana.id);
		expect(anas?.projects[0]).toMatchObject({ id: projectId, minutes: 120 });
		// Visitors and strangers see an unlisted member's name nowhere on the project.
		const page = await projectPage(conn.db, null, projectId);
		const deeRow = page.members.find((m) => m.id === dee.id)!;
		expect(deeRow.name).toBeNull();
		expect(deeRow.handle).toBeNull();
		// Listed members appear to visitors by the name they show: here first name and initial,
		// on the people list and on the updates' bylines alike.
		expect(page.members.find((m) => m.id === ana.id)?.name).toBe('ANA S.');
		expect(page.updates.length).toBeGreaterThan(0);
		for (const u of page.updates) expect(u.displayName).not.toContain('Silva');
		// Members of the project see each other.
		const inside = await projectPage(conn.db, ana, projectId);
		expect(inside.members.find((m) => m.id === dee.id)?.name).toBe('DEE Silva');
	});

	it('a member joining twice at once is a member once', async () => {
		const { id } = await proposeProject(conn.db, ana, { title: 'Twice', goals: 'G' });
		const results = await Promise.allSettled([
			joinProject(conn.db, cai, id),
			joinProject(conn.db, cai, id)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason instanceof Conflict || rejected.reason instanceof Forbidden).toBe(true);
	});

	it('claims racing for the same task: one wins, the other gets a conflict or refusal', async () => {
		const t = await addTask(conn.db, ana, projectId, {
			title: 'Race',
			estimate: '5',
			remote: 'true'
		});
		const results = await Promise.allSettled([
			claimTask(conn.db, ana, t.id),
			claimTask(conn.db, dee, t.id)
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason instanceof Conflict || rejected.reason instanceof Forbidden).toBe(true);
	});
});
