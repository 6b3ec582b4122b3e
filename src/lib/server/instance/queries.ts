/**
 * What the settings pages show: every setting with its value and who may change it, one setting's
 * form, and the public log of changes (names through publicName).
 */
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { decisions, members, settingChanges } from '$lib/server/db/schema';
import { may, type Actor } from '$lib/domain/members/actor';
import { SETTING_GROUPS, type Field, type SettingGroup } from '$lib/domain/instance/fields';
import type { Locale } from '$lib/paraglide/runtime.js';
import { NotFound } from '$lib/server/errors';
import { translate } from '$lib/server/i18n';
import { profileOpen, publicName } from '$lib/server/members/privacy';
import { describeFields, fieldLabel } from './describe';
import { allSettings, changeRule, oneSetting, type Current } from './values';
import type { ChangeRule } from './registry';

/** What the actor may do with a setting under the rule in force. */
export type Action = 'apply' | 'propose' | null;

async function actionFor(db: Queryable, actor: Actor | null, rule: ChangeRule): Promise<Action> {
	if (!actor || actor.lapsed) return null;
	if (rule === 'decision') return may(actor, 'propose') ? 'propose' : null;
	const [me] = await db
		.select({ operator: members.isOperator })
		.from(members)
		.where(eq(members.id, actor.id));
	return me?.operator ? 'apply' : null;
}

const GROUP_TITLES: Record<SettingGroup, string> = {
	governance: 'setting_group_governance',
	organisation: 'setting_group_organisation',
	tiers: 'setting_group_tiers',
	limits: 'setting_group_limits',
	readiness: 'setting_group_readiness',
	decisions: 'setting_group_decisions',
	roles: 'setting_group_roles'
};

const titleOf = (s: Current, locale: Locale) =>
	translate(s.def.title, { role: s.role ?? '' }, locale);

function summary(s: Current, locale: Locale) {
	return {
		key: s.def.key,
		title: titleOf(s, locale),
		hint: translate(s.def.hint, {}, locale),
		fields: describeFields(s.def, s.value, locale)
	};
}

export async function settingsOverview(db: Queryable, actor: Actor | null, locale: Locale) {
	const [settings, rule] = await Promise.all([allSettings(db), changeRule(db)]);
	return {
		rule,
		action: await actionFor(db, actor, rule),
		groups: SETTING_GROUPS.map((group) => ({
			group,
			title: translate(GROUP_TITLES[group], {}, locale),
			settings: settings.filter((s) => s.def.group === group).map((s) => summary(s, locale))
		})).filter((g) => g.settings.length)
	};
}

type FormField = {
	name: string;
	label: string;
	lang?: string;
	kind: Field['kind'];
	multiline?: boolean;
	min?: number;
	max?: number;
	step?: string;
	required: boolean;
	options?: { value: string; label: string }[];
};

function formField(field: Field, locale: Locale): FormField {
	const base = {
		name: field.name,
		label: fieldLabel(field, locale),
		lang: 'locale' in field ? field.locale : undefined,
		kind: field.kind
	};
	switch (field.kind) {
		case 'text':
			return { ...base, multiline: field.multiline, max: field.max, required: false };
		case 'integer':
		case 'decimal':
			return {
				...base,
				min: field.min,
				max: field.max,
				step: field.kind === 'integer' ? '1' : 'any',
				required: !field.optional
			};
		default:
			return {
				...base,
				required: field.kind === 'select',
				options: field.options.map((o) => ({
					value: o.value,
					label: translate(o.label, {}, locale)
				}))
			};
	}
}

/** One setting's page: its form (filled with the current value), the rule, and its last changes. */
export async function settingPage(db: Queryable, actor: Actor | null, key: string, locale: Locale) {
	const setting = await oneSetting(db, key);
	if (!setting) throw new NotFound('setting_error_unknown');
	const rule = await changeRule(db);
	return {
		...summary(setting, locale),
		rule,
		action: await actionFor(db, actor, rule),
		form: setting.value == null ? {} : setting.def.toForm(setting.value),
		formFields: setting.def.fields.map((f) => formField(f, locale)),
		history: (await settingLog(db, actor, locale, { key, limit: 10 })).changes
	};
}

const PAGE = 50;

/** The public log, newest first, paged by (time, id); one key's changes when `key` is set. */
export async function settingLog(
	db: Queryable,
	viewer: Actor | null,
	locale: Locale,
	options: { key?: string; before?: { at: Date; id: number }; limit?: number } = {}
) {
	const limit = options.limit ?? PAGE;
	const { before, key } = options;
	const rows = await db
		.select({
			id: settingChanges.id,
			key: settingChanges.key,
			oldValue: settingChanges.oldValue,
			newValue: settingChanges.newValue,
			at: settingChanges.at,
			decisionId: settingChanges.decisionId,
			decisionSlug: decisions.slug,
			decisionTitle: decisions.title,
			handle: members.handle,
			name: publicName(viewer),
			profile: profileOpen(viewer)
		})
		.from(settingChanges)
		.leftJoin(members, eq(members.id, settingChanges.changedBy))
		.leftJoin(decisions, eq(decisions.id, settingChanges.decisionId))
		.where(
			and(
				key ? eq(settingChanges.key, key) : undefined,
				before
					? or(
							lt(settingChanges.at, before.at),
							and(eq(settingChanges.at, before.at), lt(settingChanges.id, before.id))
						)
					: undefined
			)
		)
		.orderBy(desc(settingChanges.at), desc(settingChanges.id))
		.limit(limit + 1);
	const settings = new Map((await allSettings(db)).map((s) => [s.def.key, s]));
	const changes = rows.slice(0, limit).map((r) => {
		const s = settings.get(r.key);
		return {
			id: r.id,
			key: r.key,
			title: s ? titleOf(s, locale) : r.key,
			at: r.at,
			before: s ? describeFields(s.def, r.oldValue, locale) : null,
			after: s ? describeFields(s.def, r.newValue, locale) : null,
			decision: r.decisionId
				? { href: `/decisions/${r.decisionId}-${r.decisionSlug}`, title: r.decisionTitle ?? '' }
				: null,
			person: r.handle ? { handle: r.handle, name: r.name ?? '', profile: !!r.profile } : null
		};
	});
	const last = rows.length > limit ? changes[changes.length - 1] : null;
	return {
		changes,
		next: last ? `${last.at.toISOString()}_${last.id}` : null
	};
}

/** A log cursor from the URL (`2026-01-01T00:00:00.000Z_12`), or undefined. */
export function logCursor(text: string | null): { at: Date; id: number } | undefined {
	const match = text && /^(\d{4}-\d\d-\d\dT[\d:.]+Z)_(\d{1,15})$/.exec(text);
	if (!match) return undefined;
	const at = new Date(match[1]);
	return Number.isNaN(at.getTime()) ? undefined : { at, id: Number(match[2]) };
}
