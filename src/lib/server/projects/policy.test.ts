import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { chapterMemberships, chapters, members } from '$lib/server/db/schema';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { can, type ProjectAction, type ProjectSubject } from './policy';

/**
 * The actors are real members loaded as the app loads them: a member of one chapter, a friend
 * and a lapsed member. In the table, chapter 10 stands for the member's chapter and 99 for
 * another one; a task's assignee 1 is the member and 2 someone else.
 */
type Who = 'member' | 'friend' | 'lapsed' | null;
const HOME = 10;
const OTHER = 99;
let conn: Connection;
const who: Record<string, Actor> = {};
let home = 0;
let other = 0;
const assignee = (n: number | null) => (n === 1 ? who.member.id : n === 2 ? who.friend.id : null);

beforeAll(async () => {
	conn = await createTestDatabase();
	[{ id: home }, { id: other }] = await conn.db
		.insert(chapters)
		.values(
			['home', 'other'].map((name) => ({
				kind: 'local',
				country: 'ES',
				city: name,
				name,
				slug: `es-${name}`
			}))
		)
		.returning({ id: chapters.id });
	for (const [handle, tier] of [
		['member', 'member'],
		['friend', 'friend'],
		['lapsed', 'member']
	]) {
		const [row] = await conn.db
			.insert(members)
			.values({
				email: `${handle}@example.net`,
				passwordHash: '!',
				handle,
				displayName: handle,
				country: 'ES',
				tier,
				emailVerifiedAt: new Date(),
				lapsedAt: handle === 'lapsed' ? new Date() : null
			})
			.returning({ id: members.id });
		await conn.db
			.insert(chapterMemberships)
			.values({ chapterId: home, memberId: row.id, home: true });
		who[handle] = await actorFor(conn.db, row.id);
	}
});
afterAll(async () => {
	await conn?.close();
});

const project = (o: Partial<ProjectSubject> = {}): ProjectSubject => ({
	status: 'active',
	visibility: 'public',
	chapterId: null,
	role: null,
	coordinationOpen: false,
	...o
});
const open = { status: 'open', assigneeId: null };
const mine = { status: 'claimed', assigneeId: 1 };
const theirs = { status: 'claimed', assigneeId: 2 };
const offeredMe = { status: 'open', assigneeId: null, offeredToId: 1 };
const offeredOther = { status: 'open', assigneeId: null, offeredToId: 2 };

type Case = [
	string,
	Who,
	ProjectAction,
	ProjectSubject | undefined,
	{ status: string; assigneeId: number | null } | undefined,
	boolean
];

const cases: Case[] = [
	['a visitor sees a public project', null, 'view', project(), undefined, true],
	[
		'a visitor cannot see a members-only one',
		null,
		'view',
		project({ visibility: 'members' }),
		undefined,
		false
	],
	[
		'a member sees a members-only one',
		'member',
		'view',
		project({ visibility: 'members' }),
		undefined,
		true
	],
	[
		'a chapter project is hidden from others',
		'member',
		'view',
		project({ visibility: 'chapter', chapterId: OTHER }),
		undefined,
		false
	],
	[
		'…and seen by its chapter',
		'member',
		'view',
		project({ visibility: 'chapter', chapterId: HOME }),
		undefined,
		true
	],
	[
		'a project member always sees it',
		'member',
		'view',
		project({ visibility: 'chapter', chapterId: OTHER, role: 'member' }),
		undefined,
		true
	],
	['a member may propose', 'member', 'propose', undefined, undefined, true],
	['a friend may not propose', 'friend', 'propose', undefined, undefined, false],
	['a lapsed member may not propose', 'lapsed', 'propose', undefined, undefined, false],
	['a visitor may not propose', null, 'propose', undefined, undefined, false],
	['a member joins an open project', 'member', 'join', project(), undefined, true],
	['not twice', 'member', 'join', project({ role: 'member' }), undefined, false],
	['not a completed one', 'member', 'join', project({ status: 'completed' }), undefined, false],
	[
		"not another chapter's project",
		'member',
		'join',
		project({ chapterId: OTHER, visibility: 'members' }),
		undefined,
		false
	],
	['a project member leaves', 'member', 'leave', project({ role: 'member' }), undefined, true],
	['a stranger cannot leave', 'member', 'leave', project(), undefined, false],
	['the coordinator edits', 'member', 'edit', project({ role: 'coordinator' }), undefined, true],
	['a member does not', 'member', 'edit', project({ role: 'member' }), undefined, false],
	[
		'the coordinator moves the status',
		'member',
		'change-status',
		project({ role: 'coordinator' }),
		undefined,
		true
	],
	[
		'a member cannot take coordination while the term runs',
		'member',
		'take-coordination',
		project({ role: 'member' }),
		undefined,
		false
	],
	[
		'…but can when it is open',
		'member',
		'take-coordination',
		project({ role: 'member', coordinationOpen: true }),
		undefined,
		true
	],
	[
		'a stranger cannot take it',
		'member',
		'take-coordination',
		project({ coordinationOpen: true }),
		undefined,
		false
	],
	[
		'the coordinator offers the role',
		'member',
		'hand-over',
		project({ role: 'coordinator' }),
		undefined,
		true
	],
	[
		'the member it is offered to takes it while the term runs',
		'member',
		'take-coordination',
		project({ role: 'member', offeredToMe: true }),
		undefined,
		true
	],
	[
		'…or declines it',
		'member',
		'decline-coordination',
		project({ role: 'member', offeredToMe: true }),
		undefined,
		true
	],
	[
		'nobody else declines an offer',
		'member',
		'decline-coordination',
		project({ role: 'member' }),
		undefined,
		false
	],
	['a member adds tasks', 'member', 'add-task', project({ role: 'member' }), undefined, true],
	['a stranger does not', 'member', 'add-task', project(), undefined, false],
	[
		'not on an archived project',
		'member',
		'add-task',
		project({ role: 'member', status: 'archived' }),
		undefined,
		false
	],
	['a member rates', 'member', 'rate-task', project({ role: 'member' }), open, true],
	['a stranger does not rate', 'member', 'rate-task', project(), open, false],
	['a member claims an open task', 'member', 'claim-task', project({ role: 'member' }), open, true],
	['a stranger cannot claim', 'member', 'claim-task', project(), open, false],
	[
		'nobody claims a taken task',
		'member',
		'claim-task',
		project({ role: 'member' }),
		theirs,
		false
	],
	[
		'the coordinator assigns',
		'member',
		'assign-task',
		project({ role: 'coordinator' }),
		open,
		true
	],
	['a member does not assign', 'member', 'assign-task', project({ role: 'member' }), open, false],
	[
		'the member offered it declines',
		'member',
		'decline-task',
		project({ role: 'member' }),
		offeredMe,
		true
	],
	[
		'nobody else declines for them',
		'member',
		'decline-task',
		project({ role: 'coordinator' }),
		offeredOther,
		false
	],
	[
		'nothing to decline when not offered',
		'member',
		'decline-task',
		project({ role: 'member' }),
		open,
		false
	],
	['the assignee completes', 'member', 'complete-task', project({ role: 'member' }), mine, true],
	[
		"another member cannot complete someone's task",
		'member',
		'complete-task',
		project({ role: 'member' }),
		theirs,
		false
	],
	[
		'the coordinator can',
		'member',
		'complete-task',
		project({ role: 'coordinator' }),
		theirs,
		true
	],
	['the assignee releases', 'member', 'release-task', project({ role: 'member' }), mine, true],
	['a member logs effort', 'member', 'log-effort', project({ role: 'member' }), open, true],
	[
		'also on a completed project',
		'member',
		'log-effort',
		project({ role: 'member', status: 'completed' }),
		open,
		true
	],
	[
		'not on an archived one',
		'member',
		'log-effort',
		project({ role: 'member', status: 'archived' }),
		open,
		false
	],
	['a stranger does not log effort', 'member', 'log-effort', project(), open, false],
	['a visitor does nothing', null, 'log-effort', project(), open, false],
	[
		'a lapsed member does nothing',
		'lapsed',
		'claim-task',
		project({ role: 'member' }),
		open,
		false
	],
	['a member posts updates', 'member', 'post-update', project({ role: 'member' }), undefined, true],
	['a stranger does not', 'member', 'post-update', project(), undefined, false]
];

describe('project policy', () => {
	it.each(cases)('%s', (_name, actor, action, subject, task, expected) => {
		const real = subject && {
			...subject,
			chapterId: subject.chapterId === HOME ? home : subject.chapterId === OTHER ? other : null,
			task: task && { ...task, assigneeId: assignee(task.assigneeId) }
		};
		expect(can(actor ? who[actor] : null, action, real ?? null)).toBe(expected);
	});
});
