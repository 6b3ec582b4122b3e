import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { Conflict, NotFound } from '$lib/server/errors';
import { castBallot } from './ballots';
import { ballotByReceipt, publishedBallots, publishedBlt } from './publication';
import { decisionPage } from './queries';
import { close, inVoting, openWorld, type World } from './test-world';

let w: World;
let db: Db;
let people: Actor[];

beforeAll(async () => {
	w = await openWorld();
	({ db, people } = w);
});
afterAll(() => w.conn.close());

describe('secret ballots', () => {
	it('keep secret choices secret, give receipts, and publish ballots that recount with the CLI', async () => {
		const [ana, ben, cai, dee] = people;
		const id = await inVoting(db, ana, {
			ballotType: 'choice',
			method: 'schulze',
			options: 'North\nSouth\nEast',
			secret: 'on',
			hideResults: 'on'
		});
		const opts = (await decisionPage(db, ana, 'en', id)).options.map((o) => o.id);
		const receipts: string[] = [];
		for (const [p, ranks] of [
			[ben, [1, 2, 3]],
			[cai, [2, 1, 3]],
			[dee, [1, 3, 2]]
		] as const) {
			const r = await castBallot(
				db,
				p,
				id,
				Object.fromEntries(opts.map((o, i) => [`rank_${o}`, String(ranks[i])]))
			);
			expect(r.receipt).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
			receipts.push(r.receipt!);
		}
		const during = await decisionPage(db, cai, 'en', id);
		expect(during.results).toBeNull();
		expect(during.openBallots.first).toEqual([]);
		expect(JSON.stringify(during)).not.toContain(receipts[0]);
		await expect(publishedBallots(db, id)).rejects.toBeInstanceOf(Conflict);
		await close(db, id);
		const after = await decisionPage(db, null, 'en', id);
		expect(after.openBallots.first).toEqual([]);
		expect(after.results!.weighted).toMatchObject({ winners: ['North'] });
		const file = await publishedBallots(db, id);
		expect(file.ballots.map((b) => b.receipt).sort()).toEqual([...receipts].sort());
		expect(JSON.stringify(file)).not.toMatch(/"voter|p1|P 1/);
		const found = await ballotByReceipt(db, id, receipts[1].toLowerCase().replaceAll('-', ' '));
		expect(found).toMatchObject({
			counted: true,
			choice: { ranking: [[opts[1]], [opts[0]], [opts[2]]] }
		});
		await expect(ballotByReceipt(db, id, 'ZZZZ-ZZZZ-ZZZZ')).rejects.toBeInstanceOf(NotFound);

		const dir = await mkdtemp(join(tmpdir(), 'plenary-recount-'));
		await writeFile(join(dir, 'ballots.json'), JSON.stringify(file));
		await writeFile(join(dir, 'ballots.blt'), await publishedBlt(db, id));
		const run = promisify(execFile);
		const viaJson = JSON.parse(
			(await run(process.execPath, ['scripts/tally.mjs', join(dir, 'ballots.json')])).stdout
		);
		expect(viaJson.winners).toEqual(
			after.results!.weighted && (after.results!.weighted as { winners: string[] }).winners
		);
		expect(viaJson.order).toEqual((after.results!.weighted as { order: unknown }).order);
		const viaBlt = JSON.parse(
			(
				await run(process.execPath, [
					'scripts/tally.mjs',
					join(dir, 'ballots.blt'),
					'--method',
					'schulze',
					'--seed',
					file.seed
				])
			).stdout
		);
		expect(viaBlt.winners).toEqual(['North']);
	});
});
