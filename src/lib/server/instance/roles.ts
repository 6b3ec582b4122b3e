/**
 * Roles as settings: each row of the `roles` table is shown and changed as the setting
 * `role.<key>` (seats, term, limits, rights), through the same rule and the same public log as
 * every other setting. Where a role is held (its scope kinds) is part of what it is and stays.
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '$lib/server/db/client';
import { roles } from '$lib/server/db/schema';
import { RIGHTS } from '$lib/domain/members/tiers';
import {
	listFrom,
	numberFrom,
	numbersToForm,
	whole,
	type SettingDef
} from '$lib/domain/instance/fields';
import { RIGHT_OPTIONS } from './registry';

export const ROLE_PREFIX = 'role.';

export type RoleValue = {
	seats: number;
	termMonths: number;
	termLimit: number | null;
	maxConsecutive: number | null;
	rights: string[];
};

const roleSchema = z.strictObject({
	seats: whole(1, 1000),
	termMonths: whole(1, 120),
	termLimit: whole(1, 100).nullable(),
	maxConsecutive: whole(1, 100).nullable(),
	rights: z.array(z.enum(RIGHTS, { error: 'error_invalid_value' })).max(RIGHTS.length)
});

function roleDef(key: string): SettingDef<RoleValue> {
	return {
		key: ROLE_PREFIX + key,
		group: 'roles',
		title: 'setting_role_title',
		hint: 'setting_role_hint',
		fields: [
			{ name: 'seats', label: 'setting_role_seats', kind: 'integer', min: 1, max: 1000 },
			{ name: 'termMonths', label: 'setting_role_term_months', kind: 'integer', min: 1, max: 120 },
			{
				name: 'termLimit',
				label: 'setting_role_term_limit',
				kind: 'integer',
				min: 1,
				max: 100,
				optional: true
			},
			{
				name: 'maxConsecutive',
				label: 'setting_role_max_consecutive',
				kind: 'integer',
				min: 1,
				max: 100,
				optional: true
			},
			{ name: 'rights', label: 'setting_role_rights', kind: 'checkboxes', options: RIGHT_OPTIONS }
		],
		schema: roleSchema,
		default: null,
		toForm: ({ rights, ...numbers }) => ({ ...numbersToForm(numbers), rights }),
		fromForm: (form) => ({
			seats: numberFrom(form, 'seats'),
			termMonths: numberFrom(form, 'termMonths'),
			termLimit: numberFrom(form, 'termLimit'),
			maxConsecutive: numberFrom(form, 'maxConsecutive'),
			rights: [...new Set(listFrom(form, 'rights'))]
		})
	};
}

const valueOf = (r: typeof roles.$inferSelect): RoleValue => ({
	seats: r.seats,
	termMonths: r.termMonths,
	termLimit: r.termLimit,
	maxConsecutive: r.maxConsecutive,
	rights: r.rights
});

/** Every role, as a setting with its current value. */
export async function roleSettings(db: Queryable) {
	const rows = await db.select().from(roles).orderBy(asc(roles.key));
	return rows.map((r) => ({ def: roleDef(r.key), value: valueOf(r), role: r.key }));
}

/** One role as a setting, locked for a change when `lock` is set; null when there is no such role. */
export async function roleSetting(db: Queryable, key: string, lock = false) {
	if (!key.startsWith(ROLE_PREFIX)) return null;
	const query = db
		.select()
		.from(roles)
		.where(eq(roles.key, key.slice(ROLE_PREFIX.length)));
	const [row] = lock ? await query.for('update') : await query;
	return row ? { def: roleDef(row.key), value: valueOf(row), role: row.key } : null;
}

export async function writeRole(db: Queryable, role: string, value: RoleValue) {
	await db
		.update(roles)
		.set({ ...value, rights: value.rights as (typeof RIGHTS)[number][] })
		.where(eq(roles.key, role));
}
