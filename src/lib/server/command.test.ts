import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { actorFor, createTestDatabase } from '$lib/server/db/testing';
import type { Connection } from '$lib/server/db/client';
import { events, members } from '$lib/server/db/schema';
import type { Actor } from '$lib/domain/members/actor';
import { command } from './command';
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from './errors';
import { parseInput } from './validation';

let conn: Connection;
let ana: Actor;
let ben: Actor;

async function member(handle: string) {
	const [row] = await conn.db
		.insert(members)
		.values({
			email: `${handle}@example.net`,
			passwordHash: '!',
			handle,
			displayName: handle,
			country: 'FR'
		})
		.returning({ id: members.id });
	return actorFor(conn.db, row.id);
}

beforeAll(async () => {
	conn = await createTestDatabase();
	ana = await member('ana');
	ben = await member('ben');
});
afterAll(async () => {
	await conn?.close();
});

const steps: string[] = [];

/** A command on a real table: rename oneself (the handle is unique, so it can conflict). */
const rename = command({
	input: (memberId: number, raw: unknown) => ({
		memberId,
		...parseInput(z.object({ handle: z.string().min(2, 'error_invalid_value') }), raw)
	}),
	load: async (tx, _actor, input) => {
		steps.push('load');
		const [row] = await tx
			.select()
			.from(members)
			.where(eq(members.id, input.memberId))
			.for('update');
		if (!row) throw new NotFound('error_not_found');
		return row;
	},
	allow: (actor, subject) => {
		steps.push('allow');
		return actor.id === subject.id;
	},
	check: (_subject, input) => {
		steps.push('check');
		if (input.handle === 'root') throw new Invalid('error_form', { handle: 'error_invalid_value' });
	},
	run: async (tx, _actor, subject, input) => {
		steps.push('run');
		await tx.update(members).set({ handle: input.handle }).where(eq(members.id, subject.id));
		return { handle: input.handle };
	},
	event: (_out, subject, input, actor) => {
		steps.push('event');
		// A handle that asks for it appends an event the catalogue refuses: the change must go too.
		return {
			type: 'member.profile-updated',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: subject.id,
			data:
				input.handle === 'sneaky' ? ({ handle: 'sneaky' } as unknown as Record<string, never>) : {}
		};
	},
	conflicts: { members_handle_key: { message: 'error_form', fields: { handle: 'error_taken' } } }
});

async function handleOf(id: number) {
	const [row] = await conn.db
		.select({ handle: members.handle })
		.from(members)
		.where(eq(members.id, id));
	return row.handle;
}
async function eventCount(id: number) {
	const rows = await conn.db
		.select()
		.from(events)
		.where(and(eq(events.subjectId, id), eq(events.type, 'member.profile-updated')));
	return rows.length;
}

describe('command', () => {
	it('loads, allows, checks, runs and appends its event, in that order, together', async () => {
		steps.length = 0;
		await expect(rename(conn.db, ana, ana.id, { handle: 'ana_l' })).resolves.toEqual({
			handle: 'ana_l'
		});
		expect(steps).toEqual(['load', 'allow', 'check', 'run', 'event']);
		expect(await handleOf(ana.id)).toBe('ana_l');
		expect(await eventCount(ana.id)).toBe(1);
	});

	it('refuses a visitor before parsing or opening anything', async () => {
		steps.length = 0;
		await expect(rename(conn.db, null, ana.id, { handle: 'x' })).rejects.toBeInstanceOf(
			Unauthenticated
		);
		expect(steps).toEqual([]);
	});

	it('refuses bad input before loading', async () => {
		steps.length = 0;
		await expect(rename(conn.db, ana, ana.id, { handle: '' })).rejects.toBeInstanceOf(Invalid);
		expect(steps).toEqual([]);
	});

	it('answers Forbidden when the policy says no, and changes nothing', async () => {
		await expect(rename(conn.db, ben, ana.id, { handle: 'stolen' })).rejects.toBeInstanceOf(
			Forbidden
		);
		expect(await handleOf(ana.id)).toBe('ana_l');
	});

	it('answers NotFound from the load', async () => {
		await expect(rename(conn.db, ana, 999_999, { handle: 'ghost' })).rejects.toBeInstanceOf(
			NotFound
		);
	});

	it('answers Invalid from a domain rule, and changes nothing', async () => {
		await expect(rename(conn.db, ana, ana.id, { handle: 'root' })).rejects.toBeInstanceOf(Invalid);
		expect(await handleOf(ana.id)).toBe('ana_l');
	});

	it('turns a named unique constraint into a Conflict with its fields, and changes nothing', async () => {
		const err = await rename(conn.db, ben, ben.id, { handle: 'ANA_L' }).catch((e) => e);
		expect(err).toBeInstanceOf(Conflict);
		expect(err.fields).toEqual({ handle: 'error_taken' });
		expect(await handleOf(ben.id)).toBe('ben');
	});

	it('rolls the change back when its event is not what the catalogue declares', async () => {
		const before = await eventCount(ben.id);
		await expect(rename(conn.db, ben, ben.id, { handle: 'sneaky' })).rejects.toThrow();
		expect(await handleOf(ben.id)).toBe('ben');
		expect(await eventCount(ben.id)).toBe(before);
	});

	it('serialises two racing commands on the locked subject: both apply, one after the other', async () => {
		await Promise.all([
			rename(conn.db, ben, ben.id, { handle: 'ben_one' }),
			rename(conn.db, ben, ben.id, { handle: 'ben_two' })
		]);
		expect(['ben_one', 'ben_two']).toContain(await handleOf(ben.id));
		expect(await eventCount(ben.id)).toBe(2);
	});
});
