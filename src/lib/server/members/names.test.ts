import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import type { Connection } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import { publicName, visibleName, type NameViewer } from './privacy';

const repo = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

/**
 * Where the raw name may be read, and why. Everything else selects `publicName(viewer)`, so no
 * query can hand a hidden surname to a visitor, a feed or the API.
 */
const MAY_READ_THE_RAW_NAME: Record<string, string> = {
	'src/lib/server/members/privacy.ts': 'the rule itself',
	'src/lib/server/db/schema/members.ts': 'the column, and the words the directory searches',
	'src/lib/server/accounts/sessions.ts': 'the signed-in member’s own name, on their own pages',
	'src/lib/server/accounts/mail-handler.ts': 'mail to the member, by their own name',
	'src/lib/server/members/lapsing.ts': 'mail to the member, by their own name',
	'src/lib/server/accounts/two-factor/passkeys.ts':
		'the member’s own name, given to their own authenticator when they add a passkey',
	'src/lib/server/decisions/reminders.ts':
		'an alias of members for the eligibility condition; names through publicName(viewer, m)'
};

/** Ways of reading the raw name: the column, its SQL name, or whole member rows. */
const RAW_NAME = [
	/\bmembers\.displayName\b/,
	/\bdisplay_name\b/,
	/\.select\(\s*\)\s*\.from\(\s*members\b/,
	/getTableColumns\(\s*members\b/,
	/\bquery\.members\b/,
	/\balias\(\s*members\b/
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'seed' ? [] : sourceFiles(full);
		const isTest = /\.test\.ts$|test-world\.ts$|test-accounts\.ts$/.test(name);
		return name.endsWith('.ts') && !isTest ? [full] : [];
	});
}

describe('no query hands a raw name to a visitor', () => {
	it('reads members.displayName only where it is allowed', () => {
		const offenders: string[] = [];
		for (const dir of ['src/lib/server', 'src/routes']) {
			for (const file of sourceFiles(path.join(repo, dir))) {
				const relative = path.relative(repo, file).split(path.sep).join('/');
				if (relative in MAY_READ_THE_RAW_NAME) continue;
				readFileSync(file, 'utf8')
					.split('\n')
					.forEach((line, i) => {
						if (RAW_NAME.some((pattern) => pattern.test(line)))
							offenders.push(`${relative}:${i + 1}: ${line.trim()}`);
					});
			}
		}
		expect(
			offenders,
			'select publicName(viewer) instead (a member gets their own full name from it too)'
		).toEqual([]);
	});
});

describe('publicName', () => {
	let conn: Connection;
	const ids: Record<string, number> = {};
	let member: Actor;
	let unconfirmed: Actor;
	const names = {
		plain: 'Nadia Haddad',
		three: 'Ana María Lima',
		spaced: 'Ben  \t Okoro',
		// A no-break space and an ideographic space must not glue two names into one word.
		nbsp: 'Cai\u00a0Wen',
		ideographic: '山田\u3000太郎',
		arabic: 'ليلى بن علي',
		astral: 'Dee 𝒵ebra',
		single: 'Madonna'
	};

	beforeAll(async () => {
		conn = await createTestDatabase();
		const rows = await conn.db
			.insert(members)
			.values(
				[...Object.entries(names), ['shown', 'Eli Shown'], ['viewer', 'Vera Viewer']].map(
					([handle, displayName]) => ({
						email: `${handle}@example.net`,
						passwordHash: '!',
						handle,
						displayName,
						country: 'BR',
						emailVerifiedAt: handle === 'nbsp' ? null : new Date(),
						showFullName: handle === 'shown'
					})
				)
			)
			.returning({ id: members.id, handle: members.handle });
		for (const r of rows) ids[r.handle] = r.id;
		member = await actorFor(conn.db, ids.viewer);
		// An account nobody confirmed: the `nbsp` one.
		unconfirmed = await actorFor(conn.db, ids.nbsp);
	});
	afterAll(async () => {
		await conn?.close();
	});

	const namesSeenBy = async (viewer: NameViewer) => {
		const rows = await conn.db
			.select({
				id: members.id,
				handle: members.handle,
				name: publicName(viewer),
				displayName: members.displayName,
				showFullName: members.showFullName
			})
			.from(members)
			.where(inArray(members.id, Object.values(ids)));
		return rows;
	};

	it('shows visitors the first name and the initial of the last, as visibleName does', async () => {
		const seen = Object.fromEntries((await namesSeenBy(null)).map((r) => [r.handle, r.name]));
		expect(seen).toMatchObject({
			plain: 'Nadia H.',
			three: 'Ana L.',
			spaced: 'Ben O.',
			nbsp: 'Cai W.',
			ideographic: '山田 太.',
			arabic: 'ليلى ع.',
			astral: 'Dee 𝒵.',
			single: 'Madonna',
			shown: 'Eli Shown'
		});
		for (const r of await namesSeenBy(null)) expect(r.name).toBe(visibleName(r, null));
	});

	it('shows members every full name', async () => {
		for (const r of await namesSeenBy(member)) expect(r.name).toBe(r.displayName);
	});

	it('shows an account nobody confirmed only its own full name', async () => {
		const seen = Object.fromEntries(
			(await namesSeenBy(unconfirmed)).map((r) => [r.handle, r.name])
		);
		expect(seen).toMatchObject({ nbsp: names.nbsp, plain: 'Nadia H.', shown: 'Eli Shown' });
		for (const r of await namesSeenBy(unconfirmed))
			expect(r.name).toBe(visibleName(r, unconfirmed));
	});
});
