/**
 * Changing a setting. Who may is itself a setting (`settings.change_rule`): on a new installation
 * the operator applies a change directly; once the members have adopted decisions, a member
 * proposes the change as a settings decision (a motion of the whole organisation) and the
 * `decision.closed` handler below applies it if it passes. Either way the change and who is
 * behind it go to the public log.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Queryable } from '$lib/server/db/client';
import { decisions, members, settingProposals } from '$lib/server/db/schema';
import { may, type Actor } from '$lib/domain/members/actor';
import type { Locale } from '$lib/paraglide/runtime.js';
import { command } from '$lib/server/command';
import { Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { appendEvent } from '$lib/server/events/append';
import type { EventHandler } from '$lib/server/events/dispatcher';
import { translate } from '$lib/server/i18n';
import { createDecision } from '$lib/server/decisions/commands';
import type { FormValues } from './registry';
import { describeValue } from './describe';
import {
	applyChange,
	changeRule,
	lockSettings,
	oneSetting,
	sameValue,
	valueFromForm,
	type Current
} from './values';

const KEY = /^[a-z][a-z0-9_.-]{0,80}$/;

function settingInput(key: unknown, form: FormValues) {
	if (typeof key !== 'string' || !KEY.test(key)) throw new NotFound('setting_error_unknown');
	return { key, form };
}

/** The setting, locked against other changes, with the rule in force and the actor's standing. */
async function loadSetting(tx: Queryable, memberId: number, key: string) {
	await lockSettings(tx);
	const setting = await oneSetting(tx, key, true);
	if (!setting) throw new NotFound('setting_error_unknown');
	const [me] = await tx
		.select({ operator: members.isOperator })
		.from(members)
		.where(eq(members.id, memberId));
	return { setting, rule: await changeRule(tx), operator: !!me?.operator };
}

function checkedValue(setting: Current, form: FormValues) {
	const value = valueFromForm(setting.def, form);
	if (sameValue(value, setting.value)) throw new Invalid('setting_error_unchanged');
	return value;
}

/** The operator changes a setting directly (while the change rule is 'operator'). */
export const changeSetting = command({
	input: (key: unknown, form: FormValues) => settingInput(key, form),
	load: (tx, actor, { key }) => loadSetting(tx, actor.id, key),
	allow: (actor, { rule, operator }) => {
		if (rule === 'decision') throw new Forbidden('setting_error_by_decision');
		return operator && !actor.lapsed;
	},
	forbidden: 'setting_error_operator_only',
	check: ({ setting }, { form }) => void checkedValue(setting, form),
	run: async (tx, actor, { setting }, { form }) => {
		const value = valueFromForm(setting.def, form);
		return { changeId: await applyChange(tx, setting, value, { memberId: actor.id }) };
	},
	event: ({ changeId }, _s, _i, actor) =>
		eventAbout('setting-change', changeId, actor.id, { type: 'setting.changed', data: {} })
});

/**
 * A member proposes a change (while the change rule is 'decision'): a motion of the whole
 * organisation is drafted, carrying the change; its author submits it like any other decision.
 */
export const proposeSettingChange = command({
	input: (key: unknown, form: FormValues, locale: Locale) => ({
		...settingInput(key, form),
		locale
	}),
	load: (tx, actor, { key }) => loadSetting(tx, actor.id, key),
	allow: (actor, { rule }) => {
		if (rule === 'operator') throw new Forbidden('setting_error_operator_only');
		return may(actor, 'propose');
	},
	forbidden: 'setting_error_cannot_propose',
	check: ({ setting }, { form }) => void checkedValue(setting, form),
	run: async (tx, actor, { setting }, { form, locale }) => {
		const value = valueFromForm(setting.def, form);
		const name = translate(setting.def.title, { role: setting.role ?? '' }, locale);
		const draft = {
			title: translate('setting_proposal_title', { setting: name }, locale),
			summary: translate('setting_proposal_summary', { setting: name }, locale),
			body: [
				translate('setting_proposal_body', { setting: name, key: setting.def.key }, locale),
				'',
				`**${translate('setting_log_before', {}, locale)}**`,
				'',
				describeValue(setting.def, setting.value, locale, '- '),
				'',
				`**${translate('setting_log_after', {}, locale)}**`,
				'',
				describeValue(setting.def, value, locale, '- ')
			].join('\n'),
			language: locale,
			scope: 'organisation',
			ballotType: 'motion'
		};
		// The draft is made in this transaction (a savepoint): the decision and the change it
		// carries exist together or not at all.
		const decisionId = await createDecision(tx as unknown as Db, actor, draft);
		await tx.insert(settingProposals).values({ decisionId, key: setting.def.key, value });
		return { decisionId };
	},
	event: ({ decisionId }, _s, _i, actor) =>
		eventAbout('decision', decisionId, actor.id, { type: 'setting.proposed' })
});

/**
 * When a settings decision closes and passes, its change is applied and logged with the decision.
 * Only a motion of the whole organisation counts (an author could have moved the draft elsewhere);
 * a value the registry no longer accepts is left unapplied. Idempotent through `applied_at`.
 */
export const settingsDecisionHandler: EventHandler = {
	name: 'settings-decisions',
	types: ['decision.closed'],
	handle: async (tx, event) => {
		if (event.type !== 'decision.closed' || event.data.outcome !== 'passes') return;
		const [proposal] = await tx
			.select({ key: settingProposals.key, value: settingProposals.value })
			.from(settingProposals)
			.innerJoin(decisions, eq(decisions.id, settingProposals.decisionId))
			.where(
				and(
					eq(settingProposals.decisionId, event.subjectId),
					isNull(settingProposals.appliedAt),
					eq(decisions.scopeKind, 'organisation'),
					eq(decisions.ballotType, 'motion'),
					eq(decisions.outcome, 'passes')
				)
			)
			.for('update', { of: settingProposals });
		if (!proposal) return;
		await applyDecided(tx, event.subjectId, proposal.key, proposal.value);
	}
};

/** Apply a passed settings decision's change (the handler's work; the demo seed uses it too). */
export async function applyDecided(tx: Queryable, decisionId: number, key: string, value: unknown) {
	await lockSettings(tx);
	await tx
		.update(settingProposals)
		.set({ appliedAt: new Date() })
		.where(eq(settingProposals.decisionId, decisionId));
	const setting = await oneSetting(tx, key, true);
	if (!setting || !setting.def.schema.safeParse(value).success) return;
	const changeId = await applyChange(tx, setting, value, { decisionId });
	await appendEvent(
		tx,
		eventAbout('setting-change', changeId, null, {
			type: 'setting.changed',
			data: { decisionId }
		})
	);
}

/**
 * A settings form sent: applied at once under the operator rule, or drafted as a settings decision
 * under the decision rule (the commands check the rule again, under the settings lock). Answers
 * where to go next: the setting, or the new decision.
 */
export async function submitSetting(
	db: Db,
	actor: Actor,
	key: string,
	form: FormValues,
	locale: Locale
): Promise<{ url: string }> {
	if ((await changeRule(db)) === 'operator') {
		await changeSetting(db, actor, key, form);
		return { url: `/organisation/settings/${encodeURIComponent(key)}?changed=1` };
	}
	const { decisionId } = await proposeSettingChange(db, actor, key, form, locale);
	const [d] = await db
		.select({ slug: decisions.slug })
		.from(decisions)
		.where(eq(decisions.id, decisionId));
	// Encoded: the title is in the proposer's language, and a non-Latin slug cannot be a Location.
	return { url: `/decisions/${decisionId}-${encodeURIComponent(d.slug)}` };
}
