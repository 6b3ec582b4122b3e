/**
 * The policy table of roles: for every default role, in every kind of scope it may be held, every
 * right answers as the role says: inside its scope and term only, never before it starts or after
 * it ends, never in another scope (an organisation mandate covers every scope). The holder is a
 * friend, whose tier gives few rights, so what the table shows comes from the mandate; actors come
 * from the real loader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { may, type Actor, type ScopeRef } from '$lib/domain/members/actor';
import { DEFAULT_ROLES } from '$lib/domain/members/roles';
import { DEFAULT_TIER_RIGHTS, RIGHTS } from '$lib/domain/members/tiers';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { mandates, members } from '$lib/server/db/schema';
import { can } from './policy';

let conn: Connection;
const day = 24 * 3_600_000;
const start = new Date(Date.now() - 10 * day);
const end = new Date(Date.now() + 100 * day);
const held = new Map<string, Actor>();
const scopeFor = (kind: ScopeRef['kind'], id = 41): ScopeRef =>
	kind === 'organisation' ? { kind } : { kind, id };

beforeAll(async () => {
	conn = await createTestDatabase();
	for (const role of DEFAULT_ROLES)
		for (const kind of role.scopeKinds) {
			const handle = `${role.key}-${kind}`;
			const [m] = await conn.db
				.insert(members)
				.values({
					email: `${handle}@example.net`,
					passwordHash: 'x',
					handle,
					displayName: handle,
					country: 'BR',
					tier: 'friend',
					emailVerifiedAt: new Date()
				})
				.returning({ id: members.id });
			await conn.db.insert(mandates).values({
				memberId: m.id,
				role: role.key,
				scopeKind: kind,
				scopeId: kind === 'organisation' ? null : 41,
				startsAt: start,
				endsAt: end
			});
			held.set(handle, await actorFor(conn.db, m.id));
		}
	const [voter] = await conn.db
		.insert(members)
		.values({
			email: 'voter@example.net',
			passwordHash: 'x',
			handle: 'voter',
			displayName: 'voter',
			country: 'BR',
			tier: 'member',
			emailVerifiedAt: new Date()
		})
		.returning({ id: members.id });
	held.set('voter', await actorFor(conn.db, voter.id));
});
afterAll(() => conn.close());

const friendHas = new Set(DEFAULT_TIER_RIGHTS.friend);

describe('every right of every default role', () => {
	for (const role of DEFAULT_ROLES)
		for (const kind of role.scopeKinds)
			for (const right of RIGHTS) {
				const gives = role.rights.includes(right);
				const fromTier = friendHas.has(right);
				it(`${role.key} in a ${kind}: ${right} is ${gives ? 'given' : 'not given'} in its scope and term only`, () => {
					const actor = held.get(`${role.key}-${kind}`)!;
					const here = scopeFor(kind);
					const now = new Date();
					expect(may(actor, right, here, now)).toBe(gives || fromTier);
					const elsewhere: ScopeRef =
						kind === 'organisation' ? { kind: 'chapter', id: 99 } : scopeFor(kind, 99);
					// An organisation mandate covers every scope; any other covers its own only.
					expect(may(actor, right, elsewhere, now)).toBe(
						(gives && kind === 'organisation') || fromTier
					);
					expect(may(actor, right, here, new Date(start.getTime() - day))).toBe(fromTier);
					expect(may(actor, right, here, new Date(end.getTime() + day))).toBe(fromTier);
					expect(may({ ...actor, lapsed: true }, right, here, now)).toBe(false);
				});
			}
});

describe('the mandates policy', () => {
	it('lets only its holder resign a mandate', () => {
		const a = held.get('facilitator-chapter')!;
		const b = held.get('committee-seat-committee')!;
		expect(can(a, 'resign', { memberId: a.id, scope: scopeFor('chapter') })).toBe(true);
		expect(can(b, 'resign', { memberId: a.id, scope: scopeFor('chapter') })).toBe(false);
		expect(can(null, 'resign', { memberId: a.id, scope: scopeFor('chapter') })).toBe(false);
	});

	it('lets a member of the scope with the right to vote start and sign a recall, nobody else', () => {
		// Friends do not vote under the default rights table: no recall, in scope or not.
		const friend = held.get('facilitator-chapter')!;
		for (const action of ['start-recall', 'sign-recall'] as const) {
			expect(can(friend, action, { scope: scopeFor('chapter'), inScope: true })).toBe(false);
			expect(can(null, action, { scope: scopeFor('chapter'), inScope: true })).toBe(false);
			const voter = held.get('voter')!;
			expect(can(voter, action, { scope: scopeFor('chapter'), inScope: true })).toBe(true);
			expect(can(voter, action, { scope: scopeFor('chapter'), inScope: false })).toBe(false);
		}
	});
});
