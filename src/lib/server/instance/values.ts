/**
 * Reading and writing settings through the registry. A change is written together with its line
 * in the public log (`setting_changes`), in the caller's transaction, and changes are made one
 * after another (a transaction lock) so each line's old value is the one it replaced.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { instanceSettings, settingChanges } from '$lib/server/db/schema';
import type { SettingDef } from '$lib/domain/instance/fields';
import { parseElectorate, type ElectorateRule } from '$lib/domain/instance/electorate';
import { tierRules, type TierRules } from '$lib/domain/instance/tier-rules';
import { Invalid, type FieldErrors } from '$lib/server/errors';
import {
	DEFAULT_CHANGE_RULE,
	DEFAULT_RECALL_PERCENT,
	settingDef,
	SETTINGS,
	type ChangeRule,
	type FormValues
} from './registry';
import { roleSetting, roleSettings, writeRole, type RoleValue } from './roles';
import { forgetWritingLimits } from '$lib/server/writing/settings';
import { forgetPerMemberLimits, PER_MEMBER_KEY } from '$lib/server/limits';
import { forgetPresentation } from './cached';

export type Current = { def: SettingDef; value: unknown; stored: boolean; role?: string };

async function storedValues(db: Queryable, keys: string[]): Promise<Map<string, unknown>> {
	if (!keys.length) return new Map();
	const rows = await db
		.select({ key: instanceSettings.key, value: instanceSettings.value })
		.from(instanceSettings)
		.where(inArray(instanceSettings.key, keys));
	return new Map(rows.map((r) => [r.key, r.value]));
}

/** A stored value the registry still accepts, else the default (a value from an older version). */
function current(def: SettingDef, stored: Map<string, unknown>): Current {
	const has = stored.has(def.key) && def.schema.safeParse(stored.get(def.key)).success;
	return { def, value: has ? stored.get(def.key) : def.default, stored: has };
}

/** Every setting with its current value, roles last. */
export async function allSettings(db: Queryable): Promise<Current[]> {
	const stored = await storedValues(
		db,
		SETTINGS.map((s) => s.key)
	);
	const roles = await roleSettings(db);
	return [
		...SETTINGS.map((def) => current(def, stored)),
		...roles.map((r) => ({ def: r.def, value: r.value, stored: true, role: r.role }))
	];
}

/** One setting with its current value, or null for a key that names none. */
export async function oneSetting(
	db: Queryable,
	key: string,
	lock = false
): Promise<Current | null> {
	const def = settingDef(key);
	if (def) return current(def, await storedValues(db, [key]));
	const role = await roleSetting(db, key, lock);
	return role && { def: role.def, value: role.value, stored: true, role: role.role };
}

/** The value a form describes, checked; Invalid names the fields at fault. */
export function valueFromForm(def: SettingDef, form: FormValues): unknown {
	const result = def.schema.safeParse(def.fromForm(form));
	if (result.success) return result.data;
	const names = new Set(def.fields.map((f) => f.name));
	const fields: FieldErrors = {};
	for (const issue of result.error.issues) {
		// A value's path starts with its field (a number, a language, a tier); a rule is one field.
		const at = String(issue.path[0] ?? '');
		const field = names.has(at) ? at : def.fields[0].name;
		fields[field] ??= /^([a-z]+_)?error_[a-z0-9_]+$/.test(issue.message)
			? issue.message
			: 'error_invalid_value';
	}
	throw new Invalid('error_form', fields);
}

/** Values compared as JSON with sorted keys (jsonb keeps its own key order). */
const canonical = (value: unknown): unknown =>
	Array.isArray(value)
		? value.map(canonical)
		: value && typeof value === 'object'
			? Object.fromEntries(
					Object.keys(value)
						.sort()
						.map((k) => [k, canonical((value as Record<string, unknown>)[k])])
				)
			: value;

export const sameValue = (a: unknown, b: unknown) =>
	JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Settings change one at a time, so each log line's old value is the one it replaced. */
export async function lockSettings(tx: Queryable) {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext('plenary.settings'))`);
}

export type ChangedBy = { memberId: number } | { decisionId: number };

/**
 * Write a setting and its log line (the caller holds the settings lock and has checked the value).
 * Returns the log line's id.
 */
export async function applyChange(
	tx: Queryable,
	setting: Current,
	value: unknown,
	by: ChangedBy
): Promise<number> {
	if (setting.role) await writeRole(tx, setting.role, value as RoleValue);
	else
		await tx
			.insert(instanceSettings)
			.values({ key: setting.def.key, value })
			.onConflictDoUpdate({
				target: instanceSettings.key,
				set: { value, updatedAt: sql`now()` }
			});
	// Kept copies in this process are dropped; other processes see the change within their cache time.
	if (setting.def.key === 'writing.limits') forgetWritingLimits();
	if (setting.def.key === PER_MEMBER_KEY) forgetPerMemberLimits();
	if (setting.def.key.startsWith('org.')) forgetPresentation();
	const [row] = await tx
		.insert(settingChanges)
		.values({
			key: setting.def.key,
			oldValue: setting.stored ? setting.value : null,
			newValue: value,
			changedBy: 'memberId' in by ? by.memberId : null,
			decisionId: 'decisionId' in by ? by.decisionId : null
		})
		.returning({ id: settingChanges.id });
	return row.id;
}

async function single(db: Queryable, key: string): Promise<unknown> {
	const [row] = await db
		.select({ value: instanceSettings.value })
		.from(instanceSettings)
		.where(eq(instanceSettings.key, key));
	const def = settingDef(key)!;
	return row && def.schema.safeParse(row.value).success ? row.value : def.default;
}

/** Who changes settings now. */
export async function changeRule(db: Queryable): Promise<ChangeRule> {
	return ((await single(db, 'settings.change_rule')) as ChangeRule) ?? DEFAULT_CHANGE_RULE;
}

/** Signatures, per cent of the scope's members, that turn a recall petition into a vote. */
export async function recallThresholdPercent(db: Queryable): Promise<number> {
	return ((await single(db, 'recall.threshold_percent')) as number) ?? DEFAULT_RECALL_PERCENT;
}

/** Who may vote in a decision (applied by the decisions area). */
export async function electorateRule(db: Queryable): Promise<ElectorateRule> {
	return parseElectorate(await single(db, 'decisions.electorate'));
}

/** How members move up the tiers. */
export async function tierRulesOf(db: Queryable): Promise<TierRules> {
	const stored = await storedValues(db, ['tiers.interim_rule', 'tiers.member_rule']);
	return tierRules({
		interim: stored.get('tiers.interim_rule'),
		member: stored.get('tiers.member_rule')
	});
}
