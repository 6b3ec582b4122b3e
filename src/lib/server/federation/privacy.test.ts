/** Every privacy choice holds on the federation surface (docs/federation.md, "Privacy"). */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	federationDeliveries,
	events,
	federationFollows,
	juryCases,
	members,
	posts,
	remoteActors
} from '$lib/server/db/schema';
import { actorFor } from '$lib/server/db/testing';
import { createPost } from '$lib/server/writing/commands';
import { openWorld, post, type World } from '$lib/server/writing/test-world';
import { localActor } from './actors';
import { followAsOrganisation, setBlogFederation } from './commands';
import { followRemote } from './follow';
import { deliverActor, deliverPost, federationHandler } from './handler';
import { federatedPost } from './posts';
import { followersResponse } from './serve';
import { receiveActivity } from './inbox';
import { repliesOf } from './replies';

let w: World;
beforeAll(async () => {
	w = await openWorld();
	await w.conn.db
		.update(members)
		.set({ displayName: 'Ana Lima', showFullName: false })
		.where(eq(members.id, w.ana.id));
}, 60_000);
afterAll(() => w?.conn.close());

describe('a member blog on the federation', () => {
	it('is nobody’s until the member opts in, and only the member may', async () => {
		const { db } = w.conn;
		expect(await localActor(db, { kind: 'member', handle: 'ana' })).toBeNull();
		await expect(setBlogFederation(db, null, { enabled: 'on' })).rejects.toMatchObject({
			status: 401
		});
		await expect(setBlogFederation(db, w.ana, { enabled: 'maybe' })).rejects.toMatchObject({
			status: 400
		});
		expect(await localActor(db, { kind: 'member', handle: 'ana' })).toBeNull();
		await setBlogFederation(db, w.ana, { enabled: 'on' });
		const actor = await localActor(db, { kind: 'member', handle: 'ana' });
		// The name visitors see: she does not show her full name.
		expect(actor?.displayName).toBe('Ana L.');
		expect(actor?.publicKeyPem).toMatch(/BEGIN PUBLIC KEY/);
	});

	it('sends public posts only, and tells followers when one leaves public view', async () => {
		const { db } = w.conn;
		const ana = await actorFor(db, w.ana.id);
		const shown = await createPost(db, ana, post({ title: 'Open letter' }));
		const inside = await createPost(db, ana, post({ title: 'Inside', visibility: 'members' }));
		expect((await federatedPost(db, shown.id))?.post.title).toBe('Open letter');
		expect(await federatedPost(db, inside.id)).toBeNull();

		const actor = (await localActor(db, { kind: 'member', handle: 'ana' }))!;
		const [remote] = await db
			.insert(remoteActors)
			.values({
				uri: 'https://remote.example/users/zed',
				keyId: 'https://remote.example/users/zed#main-key',
				publicKeyPem: 'x',
				inbox: 'https://remote.example/users/zed/inbox',
				sharedInbox: 'https://remote.example/inbox'
			})
			.returning();
		await db.insert(federationFollows).values({
			actorId: actor.id,
			remoteActorId: remote.id,
			direction: 'follower',
			state: 'accepted',
			activityId: 'https://remote.example/follows/1'
		});
		// A reply comes to a public post only while it takes comments.
		const replyTo = {
			type: 'Create',
			actor: remote.uri,
			object: {
				id: 'https://remote.example/notes/1',
				type: 'Note',
				content: '<p>Agreed</p>',
				inReplyTo: `https://us.example/ap/posts/${shown.id}`
			}
		};
		await db.update(posts).set({ commentsLocked: true }).where(eq(posts.id, shown.id));
		await expect(receiveActivity(db, 'https://us.example', remote, replyTo)).rejects.toMatchObject({
			reason: 'comments-locked'
		});
		await db.update(posts).set({ commentsLocked: false }).where(eq(posts.id, shown.id));
		await receiveActivity(db, 'https://us.example', remote, replyTo);
		expect((await repliesOf(db, shown.id)).map((r) => r.text)).toEqual(['Agreed']);

		// How many follow, never who.
		const followers = await followersResponse(db, new URL('https://us.example/'), 'ana');
		expect(await followers.json()).toMatchObject({ totalItems: 1 });
		expect(await deliverPost(db, shown.id, 'Create', 'a', 'https://us.example')).toBe(1);
		expect(await deliverPost(db, inside.id, 'Create', 'b', 'https://us.example')).toBe(0);
		expect(await deliverPost(db, inside.id, 'Update', 'c', 'https://us.example')).toBe(1);
		const sent = await db.select().from(federationDeliveries);
		expect(sent.map((d) => [d.inbox, (d.activity as { type: string }).type])).toEqual([
			['https://remote.example/inbox', 'Create'],
			['https://remote.example/inbox', 'Delete']
		]);
		const create = sent[0].activity as { object: { attributedTo: string; content: string } };
		expect(create.object.attributedTo).toBe('https://us.example/ap/actors/ana');
		expect(create.object.content).toContain('<strong>organising</strong>');

		// A jury hides the public post: it leaves the outbox and /ap/posts, and followers are told.
		await db.delete(federationDeliveries);
		const decide = async (verdict: 'keep' | 'hide', appealOf: number | null) => {
			const [c] = await db
				.insert(juryCases)
				.values({
					subjectType: 'post',
					subjectId: shown.id,
					authorId: w.ana.id,
					title: 'Open letter',
					appealOf,
					status: 'decided',
					verdict,
					deadline: new Date()
				})
				.returning({ id: juryCases.id });
			await db
				.update(posts)
				.set({ hiddenAt: verdict === 'hide' ? new Date() : null })
				.where(eq(posts.id, shown.id));
			await federationHandler.handle(db, {
				id: c.id,
				type: 'jury-case.decided',
				subjectType: 'jury-case',
				subjectId: c.id,
				actorId: null,
				data: { verdict, round: 1 },
				createdAt: new Date()
			});
			return c.id;
		};
		const first = await decide('hide', null);
		expect(await federatedPost(db, shown.id)).toBeNull();
		// The appeal shows it again: followers get it back.
		await decide('keep', first);
		expect((await federatedPost(db, shown.id))?.post.title).toBe('Open letter');
		const judged = await db.select().from(federationDeliveries);
		expect(judged.map((d) => (d.activity as { type: string }).type)).toEqual(['Delete', 'Update']);

		// She shows her full name from now on: her followers get the actor again, with it.
		await db.delete(federationDeliveries);
		await db.update(members).set({ showFullName: true }).where(eq(members.id, w.ana.id));
		expect(await deliverActor(db, w.ana.id, 'd', 'https://us.example')).toBe(1);
		const [renamed] = await db.select().from(federationDeliveries);
		expect(renamed.activity).toMatchObject({
			type: 'Update',
			object: { id: 'https://us.example/ap/actors/ana', name: 'Ana Lima' }
		});
		await db.update(members).set({ showFullName: false }).where(eq(members.id, w.ana.id));

		// Opting out: the actor is gone, its posts no longer federate.
		await setBlogFederation(db, ana, {});
		expect(await localActor(db, { kind: 'member', handle: 'ana' })).toBeNull();
		expect(await federatedPost(db, shown.id)).toBeNull();
	});
});

describe('following from the organisation blog', () => {
	it('is for those who write it; the follow, its Follow and its event are written together', async () => {
		const { db } = w.conn;
		await expect(
			followAsOrganisation(db, null, 'https://us.example', { target: 'zed@remote.example' })
		).rejects.toMatchObject({ status: 401 });
		await expect(
			followAsOrganisation(db, w.ana, 'https://us.example', { target: 'zed@remote.example' })
		).rejects.toMatchObject({ status: 403 });

		// A remote actor on this machine, served as another server would.
		const remote = createServer((req, res) => {
			const base = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
			res.setHeader('content-type', 'application/activity+json');
			res.end(
				JSON.stringify({
					id: `${base}/users/zed`,
					type: 'Person',
					preferredUsername: 'zed',
					inbox: `${base}/users/zed/inbox`,
					publicKey: {
						id: `${base}/users/zed#main-key`,
						owner: `${base}/users/zed`,
						publicKeyPem: 'x'
					}
				})
			);
		});
		await new Promise<void>((done) => remote.listen(0, '127.0.0.1', done));
		try {
			const base = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
			const ours = (await localActor(db, { kind: 'organisation' }))!;
			const followed = await followRemote(
				db,
				'https://us.example',
				ours,
				`${base}/users/zed`,
				true,
				w.ana.id
			);
			const [follow] = await db
				.select()
				.from(federationFollows)
				.where(
					and(
						eq(federationFollows.remoteActorId, followed.id),
						eq(federationFollows.direction, 'following')
					)
				);
			expect(follow.state).toBe('pending');
			const [event] = await db
				.select()
				.from(events)
				.where(eq(events.type, 'member.followed-remote'));
			expect(event).toMatchObject({
				actorId: w.ana.id,
				subjectType: 'member',
				subjectId: w.ana.id,
				data: { as: 'organisation', remoteActorId: followed.id }
			});
		} finally {
			remote.close();
		}
	});
});
