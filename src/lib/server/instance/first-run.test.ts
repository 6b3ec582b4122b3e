import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Connection } from '$lib/server/db/client';
import { createTestDatabase, actorFor } from '$lib/server/db/testing';
import { forumCategories, members, settingChanges } from '$lib/server/db/schema';
import { validateSession } from '$lib/server/accounts/sessions';
import { Invalid, NotFound } from '$lib/server/errors';
import { organisationPresentation } from './settings';
import { firstRunRedirect, forgetSetUpForTests, needsSetup, runFirstRun } from './first-run';
import { changeSetting } from './changes';

let conn: Connection;
beforeAll(async () => {
	conn = await createTestDatabase();
	forgetSetUpForTests();
}, 60_000);
afterAll(() => conn?.close());

const setup = (extra: Record<string, unknown> = {}) => ({
	orgName: 'Red Lentil Collective',
	tagline: 'Soup for all',
	mission: '',
	forums: ['general', 'vision'],
	displayName: 'Olu Ade',
	handle: 'olu',
	email: 'olu@example.net',
	password: 'a long enough passphrase',
	country: 'NG',
	...extra
});

const at = (path: string) => new URL(`http://plenary.test${path}`);

describe('the first run', () => {
	it('leads every page to /setup while there is no member', async () => {
		expect(await needsSetup(conn.db)).toBe(true);
		for (const path of ['/', '/decisions', '/login', '/api/v1/chapters']) {
			const answer = await firstRunRedirect(conn.db, at(path));
			expect(answer?.status, path).toBe(303);
			expect(answer?.headers.get('location')).toBe('/setup');
		}
		expect(await firstRunRedirect(conn.db, at('/setup'))).toBeNull();
	});

	it('refuses bad input and creates nothing', async () => {
		const e = await runFirstRun(
			conn.db,
			setup({ email: 'not an address', country: 'XX' }),
			'en',
			't'
		).then(
			() => null,
			(err: unknown) => err
		);
		expect(e).toBeInstanceOf(Invalid);
		expect((e as Invalid).fields.email).toBe('error_email_invalid');
		const bogus = await runFirstRun(conn.db, setup({ forums: ['casino'] }), 'en', 't').catch(
			(x) => x
		);
		expect(bogus).toBeInstanceOf(Invalid);
		expect(await conn.db.select().from(members)).toEqual([]);
	});

	it('names the organisation, opens its forums and logs the first operator in', async () => {
		const session = await runFirstRun(conn.db, setup(), 'pt', 'test');
		const valid = await validateSession(conn.db, session.token);
		expect(valid?.member.handle).toBe('olu');
		const [olu] = await conn.db.select().from(members).where(eq(members.handle, 'olu'));
		expect(olu).toMatchObject({ isOperator: true, tier: 'member' });
		expect(olu.emailVerifiedAt).not.toBeNull();
		expect((await organisationPresentation(conn.db, 'pt')).name).toBe('Red Lentil Collective');
		const forums = await conn.db.select().from(forumCategories);
		expect(forums.map((f) => f.slug).sort()).toEqual(['general', 'vision']);
		expect(forums.find((f) => f.slug === 'general')?.name).toBe('Conversa geral');
		const log = await conn.db.select().from(settingChanges);
		expect(log.map((l) => [l.key, l.changedBy])).toEqual([
			['org.name', olu.id],
			['org.tagline', olu.id]
		]);
		// The operator changes settings from now on.
		await changeSetting(conn.db, await actorFor(conn.db, olu.id), 'recall.threshold_percent', {
			value: '25'
		});
	});

	it('is gone afterwards: no redirect, and a second run answers 404', async () => {
		expect(await needsSetup(conn.db)).toBe(false);
		expect(await firstRunRedirect(conn.db, at('/'))).toBeNull();
		const again = await runFirstRun(
			conn.db,
			setup({ handle: 'eve', email: 'eve@example.net' }),
			'en',
			't'
		).catch((x) => x);
		expect(again).toBeInstanceOf(NotFound);
		forgetSetUpForTests();
		// Even a process that has not seen the first run finds the member and refuses.
		expect(await needsSetup(conn.db)).toBe(false);
	});
});
