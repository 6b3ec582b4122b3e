import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, post, type World } from '$lib/server/writing/test-world';
import { createPost } from '$lib/server/writing/commands';
import './areas';
import { listen, mayFollowTopic, publishLive, usePostgresFanOut } from './index';

let w: World;
beforeAll(async () => {
	w = await openWorld();
});
afterAll(async () => {
	await w?.conn.close();
});

/** The next message a listener on `topic` hears. */
function next(topic: string): Promise<unknown> {
	return new Promise((resolve) => {
		const stop = listen(topic, (_t, data) => {
			stop();
			resolve(data);
		});
	});
}

describe('live topics', () => {
	it('admit only viewers who may see the thing, and answer alike for what is hidden or missing', async () => {
		const db = w.conn.db;
		const news = await createPost(
			db,
			w.ana,
			post({
				title: 'Recife news',
				kind: 'chapter',
				visibility: 'chapter',
				chapterId: String(w.chapterId)
			})
		);
		const open = await createPost(db, w.ben, post({ title: 'For all' }));
		expect(await mayFollowTopic(db, w.ana, `post:${news.id}`)).toBe(true);
		expect(await mayFollowTopic(db, w.ben, `post:${news.id}`)).toBe(false);
		expect(await mayFollowTopic(db, null, `post:${news.id}`)).toBe(false);
		expect(await mayFollowTopic(db, null, `post:${open.id}`)).toBe(true);
		expect(await mayFollowTopic(db, w.ana, 'post:999999')).toBe(false);
		// Each member's notifications are theirs alone.
		expect(await mayFollowTopic(db, w.ana, `member:${w.ana.id}`)).toBe(true);
		expect(await mayFollowTopic(db, w.ben, `member:${w.ana.id}`)).toBe(false);
		expect(await mayFollowTopic(db, null, `member:${w.ana.id}`)).toBe(false);
		for (const bad of ['nothing:1', 'post:', 'post:abc', 'POST:1', 'post:0', ''])
			expect(await mayFollowTopic(db, w.ana, bad)).toBe(false);
	});

	it('deliver a published message to this process’s listeners', async () => {
		const heard = next('thread:5');
		await publishLive('thread:5', { commentId: 9 });
		expect(await heard).toEqual({ commentId: 9 });
	});
});

describe.runIf(process.env.DATABASE_URL)('live fan-out through PostgreSQL', () => {
	it('carries small messages in the notice and large ones by reference', async () => {
		const stop = await usePostgresFanOut(w.conn.pool);
		try {
			const small = next('decision:1');
			await publishLive('decision:1', { tally: [1, 2] });
			expect(await small).toEqual({ tally: [1, 2] });
			const big = { text: 'x'.repeat(20_000) };
			const large = next('decision:2');
			await publishLive('decision:2', big);
			expect(await large).toEqual(big);
		} finally {
			await stop();
		}
	});
});
