/**
 * Every instance setting the members control, in one list: its key, its group, the shape of its
 * value, its default and its form. Pages list and edit settings from here, the change commands
 * validate against it, and an unknown key is simply not here (404). Roles are rows of the `roles`
 * table, not settings; they appear as `role.<key>` settings so that they change the same way
 * (roles.ts reads and writes them).
 */
import { z } from 'zod';
import { locales, type Locale } from '$lib/paraglide/runtime.js';
import { RIGHTS, TIERS, DEFAULT_TIER_RIGHTS, type TierRights } from '$lib/domain/members/tiers';
import {
	decimal,
	listFrom,
	numberFrom,
	numbersFromForm,
	numbersToForm,
	textFrom,
	whole,
	type Field,
	type FormValues,
	type Option,
	type SettingDef,
	type SettingGroup
} from '$lib/domain/instance/fields';
import { DEFAULT_TIER_RULES, tierRuleText } from '$lib/domain/instance/tier-rules';
import { DEFAULT_ELECTORATE, electorateText } from '$lib/domain/instance/electorate';
import { DEFAULT_MEMBERSHIP_SETTINGS } from './membership-settings';
import { DEFAULT_LIMITS } from '$lib/server/writing/settings';
import { DEFAULT_JURY_POLICY } from '$lib/domain/moderation/jury';
import { LIMITS, PER_MEMBER_KEY } from '$lib/server/limits';

/** Signatures (per cent of the scope's members) that turn a recall petition into a vote. */
export const DEFAULT_RECALL_PERCENT = 20;

/** Who changes settings: the operator on a new installation, then the members by decision. */
export type ChangeRule = 'operator' | 'decision';
export const DEFAULT_CHANGE_RULE: ChangeRule = 'operator';

/** Labels of the rights, as message keys (one place, so the message check sees each key). */
export const RIGHT_LABELS: Record<(typeof RIGHTS)[number], string> = {
	post: 'right_label_post',
	comment: 'right_label_comment',
	vote: 'right_label_vote',
	propose: 'right_label_propose',
	stand: 'right_label_stand',
	'start-project': 'right_label_start_project',
	'join-chapter': 'right_label_join_chapter',
	'write-organisation-news': 'right_label_write_organisation_news',
	'pin-thread': 'right_label_pin_thread',
	'lock-thread': 'right_label_lock_thread',
	'manage-forums': 'right_label_manage_forums'
};

export const RIGHT_OPTIONS: Option[] = RIGHTS.map((r) => ({ value: r, label: RIGHT_LABELS[r] }));

const TIER_LABELS = { friend: 'tier_friend', interim: 'tier_interim', member: 'tier_member' };

/** Settings made of named numbers (limits, thresholds). */
function numbers<T extends Record<string, number>>(
	key: string,
	group: SettingGroup,
	title: string,
	hint: string,
	fields: Extract<Field, { kind: 'integer' | 'decimal' }>[],
	fallback: T
): SettingDef<T> {
	const shape = Object.fromEntries(
		fields.map((f) => [f.name, f.kind === 'integer' ? whole(f.min, f.max) : decimal(f.min, f.max)])
	);
	return {
		key,
		group,
		title,
		hint,
		fields,
		schema: z.strictObject(shape) as unknown as z.ZodType<T>,
		default: fallback,
		toForm: (v) => numbersToForm(v),
		fromForm: (form) => numbersFromForm(fields, form)
	};
}

/** A setting that is one whole number. */
function integer(
	key: string,
	group: SettingGroup,
	title: string,
	hint: string,
	min: number,
	max: number,
	fallback: number
): SettingDef<number> {
	return {
		key,
		group,
		title,
		hint,
		fields: [{ name: 'value', label: title, kind: 'integer', min, max }],
		schema: whole(min, max),
		default: fallback,
		toForm: (v) => ({ value: String(v) }),
		fromForm: (form) => numberFrom(form, 'value')
	};
}

/**
 * A rule stored as text, chosen from a list, where one choice takes a number (`months:6`,
 * `min-days-in-scope:30`).
 */
function rule(
	key: string,
	group: SettingGroup,
	title: string,
	hint: string,
	schema: z.ZodType<string>,
	fallback: string,
	options: Option[],
	counted?: { option: string; prefix: string; field: string; label: string; max: number }
): SettingDef<string> {
	const fields: Field[] = [{ name: 'rule', label: title, kind: 'select', options }];
	if (counted)
		fields.push({
			name: counted.field,
			label: counted.label,
			kind: 'integer',
			min: 1,
			max: counted.max,
			optional: true
		});
	return {
		key,
		group,
		title,
		hint,
		fields,
		schema,
		default: fallback,
		toForm: (v) => {
			if (counted && v.startsWith(counted.prefix))
				return { rule: counted.option, [counted.field]: v.slice(counted.prefix.length) };
			return { rule: v, ...(counted ? { [counted.field]: '' } : {}) };
		},
		fromForm: (form) => {
			const chosen = textFrom(form, 'rule');
			return counted && chosen === counted.option
				? `${counted.prefix}${textFrom(form, counted.field)}`
				: chosen;
		}
	};
}

const localeFields = (max: number, multiline = false): Field[] =>
	locales.map((locale) => ({ name: locale, locale, kind: 'text', max, multiline }));

/** Text in each language; a language left empty shows the translated default. */
function localised(
	key: string,
	title: string,
	hint: string,
	max: number,
	multiline = false
): SettingDef<Partial<Record<Locale, string>>> {
	const text = z.string().trim().min(1).max(max, { error: 'setting_error_too_long' });
	return {
		key,
		group: 'organisation',
		title,
		hint,
		fields: localeFields(max, multiline),
		schema: z.partialRecord(z.enum(locales), text),
		default: null,
		toForm: (v) => Object.fromEntries(locales.map((l) => [l, v[l] ?? ''])),
		fromForm: (form) =>
			Object.fromEntries(
				locales.map((l) => [l, textFrom(form, l)] as const).filter(([, text]) => text !== '')
			)
	};
}

type Value = { title: string; text: string };

/** The values: one per line, "title: text", in each language. */
const orgValues: SettingDef<Partial<Record<Locale, Value[]>>> = {
	key: 'org.values',
	group: 'organisation',
	title: 'setting_org_values_title',
	hint: 'setting_org_values_hint',
	fields: localeFields(6000, true),
	schema: z.partialRecord(
		z.enum(locales),
		z
			.array(
				z.strictObject({
					title: z.string().min(1, { error: 'setting_error_value_line' }).max(80),
					text: z.string().min(1, { error: 'setting_error_value_line' }).max(500)
				}),
				{ error: 'setting_error_value_line' }
			)
			.min(1)
			.max(12, { error: 'setting_error_too_long' })
	),
	default: null,
	toForm: (v) =>
		Object.fromEntries(
			locales.map((l) => [l, (v[l] ?? []).map((x) => `${x.title}: ${x.text}`).join('\n')])
		),
	fromForm: (form) =>
		Object.fromEntries(
			locales
				.map((l) => {
					const lines = textFrom(form, l)
						.split('\n')
						.map((line) => line.trim())
						.filter(Boolean);
					return [
						l,
						lines.map((line) => {
							const at = line.indexOf(':');
							return at < 0
								? { title: line, text: '' }
								: { title: line.slice(0, at).trim(), text: line.slice(at + 1).trim() };
						})
					] as const;
				})
				.filter(([, list]) => list.length > 0)
		)
};

const rightsList = z.array(z.enum(RIGHTS, { error: 'error_invalid_value' })).max(RIGHTS.length);

const tierRights: SettingDef<TierRights> = {
	key: 'members.tier_rights',
	group: 'tiers',
	title: 'setting_tier_rights_title',
	hint: 'setting_tier_rights_hint',
	fields: TIERS.map((tier) => ({
		name: tier,
		label: TIER_LABELS[tier],
		kind: 'checkboxes',
		options: RIGHT_OPTIONS
	})),
	schema: z.strictObject({ friend: rightsList, interim: rightsList, member: rightsList }),
	default: DEFAULT_TIER_RIGHTS,
	toForm: (v) => ({ ...v }),
	fromForm: (form) => Object.fromEntries(TIERS.map((t) => [t, [...new Set(listFrom(form, t))]]))
};

const TIER_RULE_OPTIONS: Option[] = [
	{ value: 'sign-up', label: 'setting_tier_rule_sign_up' },
	{ value: 'chapter-confirmation', label: 'setting_tier_rule_chapter_confirmation' },
	{ value: 'months', label: 'setting_tier_rule_months' },
	{ value: 'convention', label: 'setting_tier_rule_convention' }
];

const tierRule = (key: string, title: string, fallback: string) =>
	rule(key, 'tiers', title, 'setting_tier_rule_hint', tierRuleText, fallback, TIER_RULE_OPTIONS, {
		option: 'months',
		prefix: 'months:',
		field: 'months',
		label: 'setting_field_months',
		max: 99
	});

/** Labels of the per-member limits (each counted in its own window, an hour for all today). */
const PER_MEMBER_LABELS: Record<keyof typeof LIMITS, string> = {
	post: 'setting_per_member_post',
	comment: 'setting_per_member_comment',
	image: 'setting_per_member_image',
	project: 'setting_per_member_project',
	task: 'setting_per_member_task',
	projectUpdate: 'setting_per_member_project_update',
	flag: 'setting_per_member_flag',
	proposal: 'setting_per_member_proposal',
	amendment: 'setting_per_member_amendment',
	petition: 'setting_per_member_petition',
	mail: 'setting_per_member_mail',
	message: 'setting_per_member_message',
	messageNewAccount: 'setting_per_member_message_new_account',
	apiRequest: 'setting_per_member_api_request'
};

const perMember = Object.entries(LIMITS) as [
	keyof typeof LIMITS,
	(typeof LIMITS)[keyof typeof LIMITS]
][];

const m = DEFAULT_MEMBERSHIP_SETTINGS;

/** Every setting, in the order the settings page shows them. */
export const SETTINGS: readonly SettingDef[] = [
	rule(
		'settings.change_rule',
		'governance',
		'setting_change_rule_title',
		'setting_change_rule_hint',
		z.enum(['operator', 'decision'], { error: 'setting_error_rule' }),
		DEFAULT_CHANGE_RULE,
		[
			{ value: 'operator', label: 'setting_change_rule_operator' },
			{ value: 'decision', label: 'setting_change_rule_decision' }
		]
	),
	localised('org.name', 'setting_org_name_title', 'setting_org_texts_hint', 100),
	localised('org.tagline', 'setting_org_tagline_title', 'setting_org_texts_hint', 200),
	localised('org.mission', 'setting_org_mission_title', 'setting_org_texts_hint', 4000, true),
	orgValues,
	tierRule('tiers.interim_rule', 'setting_tiers_interim_rule_title', DEFAULT_TIER_RULES.interim),
	tierRule('tiers.member_rule', 'setting_tiers_member_rule_title', DEFAULT_TIER_RULES.member),
	tierRights,
	integer(
		'members.lapse_months',
		'tiers',
		'setting_lapse_months_title',
		'setting_lapse_months_hint',
		1,
		120,
		m.lapseMonths
	),
	integer(
		'members.lapse_grace_days',
		'tiers',
		'setting_lapse_grace_days_title',
		'setting_lapse_grace_days_hint',
		1,
		365,
		m.lapseGraceDays
	),
	numbers(
		'writing.limits',
		'limits',
		'setting_writing_limits_title',
		'setting_writing_limits_hint',
		[
			{
				name: 'commentsPerHour',
				label: 'setting_limit_comments_per_hour',
				kind: 'integer',
				min: 1,
				max: 10_000
			},
			{
				name: 'commentsPerThreadPerDay',
				label: 'setting_limit_comments_per_thread_per_day',
				kind: 'integer',
				min: 1,
				max: 10_000
			},
			{
				name: 'postsPerDay',
				label: 'setting_limit_posts_per_day',
				kind: 'integer',
				min: 1,
				max: 10_000
			},
			{
				name: 'slowModeSeconds',
				label: 'setting_limit_slow_mode_seconds',
				kind: 'integer',
				min: 0,
				max: 86_400
			},
			{
				name: 'flagThreshold',
				label: 'setting_limit_flag_threshold',
				kind: 'integer',
				min: 1,
				max: 100
			}
		],
		DEFAULT_LIMITS
	),
	numbers(
		PER_MEMBER_KEY,
		'limits',
		'setting_per_member_title',
		'setting_per_member_hint',
		perMember.map(([name, limit]) => ({
			name: limit.action,
			label: PER_MEMBER_LABELS[name],
			kind: 'integer' as const,
			min: 1,
			max: 100_000
		})),
		Object.fromEntries(perMember.map(([, limit]) => [limit.action, limit.max]))
	),
	numbers(
		'moderation.juries',
		'limits',
		'setting_juries_title',
		'setting_juries_hint',
		[
			{
				name: 'flagsToOpen',
				label: 'setting_jury_flags_to_open',
				kind: 'integer',
				min: 1,
				max: 100
			},
			{ name: 'jurySize', label: 'setting_jury_size', kind: 'integer', min: 1, max: 25 },
			{ name: 'quorum', label: 'setting_jury_quorum', kind: 'integer', min: 1, max: 25 },
			{
				name: 'deadlineHours',
				label: 'setting_jury_deadline_hours',
				kind: 'integer',
				min: 1,
				max: 720
			},
			{ name: 'appealDays', label: 'setting_jury_appeal_days', kind: 'integer', min: 0, max: 365 },
			{
				name: 'maxSuspensionDays',
				label: 'setting_jury_max_suspension_days',
				kind: 'integer',
				min: 1,
				max: 365
			}
		],
		DEFAULT_JURY_POLICY
	),
	integer(
		'chapters.active_members',
		'readiness',
		'setting_active_members_title',
		'setting_active_members_hint',
		1,
		10_000,
		m.activeChapterMembers
	),
	numbers(
		'convention.preconditions',
		'readiness',
		'setting_convention_title',
		'setting_convention_hint',
		[
			{
				name: 'minChapters',
				label: 'setting_readiness_min_chapters',
				kind: 'integer',
				min: 1,
				max: 10_000
			},
			{
				name: 'minWomenShare',
				label: 'setting_readiness_min_women_share',
				kind: 'decimal',
				min: 0,
				max: 1
			},
			{
				name: 'minCountries',
				label: 'setting_readiness_min_countries',
				kind: 'integer',
				min: 1,
				max: 10_000
			},
			{
				name: 'minContinents',
				label: 'setting_readiness_min_continents',
				kind: 'integer',
				min: 1,
				max: 7
			}
		],
		m.convention
	),
	rule(
		'decisions.electorate',
		'decisions',
		'setting_electorate_title',
		'setting_electorate_hint',
		electorateText,
		DEFAULT_ELECTORATE,
		[
			{ value: 'fixed-at-submission', label: 'setting_electorate_fixed' },
			{ value: 'min-days-in-scope', label: 'setting_electorate_min_days' }
		],
		{
			option: 'min-days-in-scope',
			prefix: 'min-days-in-scope:',
			field: 'days',
			label: 'setting_field_days',
			max: 399
		}
	),
	integer(
		'recall.threshold_percent',
		'decisions',
		'setting_recall_title',
		'setting_recall_hint',
		1,
		100,
		DEFAULT_RECALL_PERCENT
	)
];

const BY_KEY = new Map(SETTINGS.map((s) => [s.key, s]));

/** The setting a key names, or undefined (roles are looked up in roles.ts). */
export function settingDef(key: string): SettingDef | undefined {
	return BY_KEY.get(key);
}

export type { FormValues };
