import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { members, roles, settingChanges, settingProposals } from '$lib/server/db/schema';
import { dispatchEvents } from '$lib/server/db/testing';
import { Forbidden, Invalid, NotFound } from '$lib/server/errors';
import { writingLimits } from '$lib/server/writing/settings';
import { countUse, LIMITS, RateLimited } from '$lib/server/limits';
import { advanceDecision } from '$lib/server/decisions/advance';
import { castBallot } from '$lib/server/decisions/ballots';
import { submitDecision } from '$lib/server/decisions/commands';
import { later, openWorld, type World } from '$lib/server/decisions/test-world';
import { settingDef } from './registry';
import { changeRule, oneSetting, valueFromForm } from './values';
import { changeSetting, proposeSettingChange } from './changes';
import { settingLog, settingsOverview } from './queries';

let w: World;
const limits = (postsPerDay: number) => ({
	commentsPerHour: '60',
	commentsPerThreadPerDay: '40',
	postsPerDay: String(postsPerDay),
	slowModeSeconds: '300',
	flagThreshold: '3'
});

beforeAll(async () => {
	w = await openWorld();
	await w.db.update(members).set({ isOperator: true }).where(eq(members.id, w.people[0].id));
}, 60_000);
afterAll(() => w?.conn.close());

const fails = async (p: Promise<unknown>) =>
	p.then(
		() => null,
		(e: unknown) => e
	);

describe('the registry', () => {
	it('reads a form into a value and refuses bad values field by field', () => {
		const def = settingDef('writing.limits')!;
		expect(valueFromForm(def, limits(4))).toMatchObject({ postsPerDay: 4, flagThreshold: 3 });
		const bad = (() => {
			try {
				valueFromForm(def, { ...limits(4), postsPerDay: '-1', flagThreshold: 'many' });
			} catch (e) {
				return e;
			}
		})() as Invalid;
		expect(bad).toBeInstanceOf(Invalid);
		expect(bad.fields).toEqual({
			postsPerDay: 'setting_error_range',
			flagThreshold: 'error_invalid_value'
		});
	});

	it('reads tier rules with their months, and refuses a months rule without them', () => {
		const def = settingDef('tiers.member_rule')!;
		expect(valueFromForm(def, { rule: 'months', months: '6' })).toBe('months:6');
		expect(valueFromForm(def, { rule: 'convention', months: '' })).toBe('convention');
		expect(() => valueFromForm(def, { rule: 'months', months: '' })).toThrow(Invalid);
		expect(() => valueFromForm(def, { rule: 'by-magic' })).toThrow(Invalid);
		expect(def.toForm('months:6')).toEqual({ rule: 'months', months: '6' });
	});

	it('keeps only known rights in the tier rights table', () => {
		const def = settingDef('members.tier_rights')!;
		expect(() => valueFromForm(def, { friend: ['post', 'rule-the-world'] })).toThrow(Invalid);
		expect(valueFromForm(def, { friend: ['post', 'vote'], interim: [], member: ['vote'] })).toEqual(
			{ friend: ['post', 'vote'], interim: [], member: ['vote'] }
		);
	});

	it('shows roles as settings', async () => {
		const role = await oneSetting(w.db, 'role.facilitator');
		expect(role?.value).toMatchObject({ seats: 2, termMonths: 12 });
		expect(await oneSetting(w.db, 'role.emperor')).toBeNull();
	});
});

describe('changing a setting while the operator changes settings', () => {
	it('refuses a member who is not the operator, and changes nothing', async () => {
		const e = await fails(changeSetting(w.db, w.people[1], 'writing.limits', limits(2)));
		expect(e).toBeInstanceOf(Forbidden);
		expect((e as Forbidden).messageKey).toBe('setting_error_operator_only');
		expect(await w.db.select().from(settingChanges)).toEqual([]);
	});

	it('answers an unknown key with 404 and a bad value with 400', async () => {
		expect(await fails(changeSetting(w.db, w.people[0], 'no.such', {}))).toBeInstanceOf(NotFound);
		expect(await fails(changeSetting(w.db, w.people[0], '../x', {}))).toBeInstanceOf(NotFound);
		const bad = await fails(
			changeSetting(w.db, w.people[0], 'recall.threshold_percent', { value: '500' })
		);
		expect(bad).toBeInstanceOf(Invalid);
	});

	it("applies the operator's change and logs it with their name", async () => {
		await changeSetting(w.db, w.people[0], 'writing.limits', limits(6));
		expect((await writingLimits(w.db)).postsPerDay).toBe(6);
		const log = await settingLog(w.db, null, 'en');
		expect(log.changes[0]).toMatchObject({ key: 'writing.limits', decision: null });
		expect(log.changes[0].person?.handle).toBe('p0');
		expect(log.changes[0].before).toBeNull();
		expect(
			log.changes[0].after?.find((f) => f.label === 'Posts and threads a member may start in a day')
				?.text
		).toBe('6');
		// The same value again is no change.
		expect(
			await fails(changeSetting(w.db, w.people[0], 'writing.limits', limits(6)))
		).toBeInstanceOf(Invalid);
	});

	it('changes a role through the same mechanism', async () => {
		await changeSetting(w.db, w.people[0], 'role.facilitator', {
			seats: '3',
			termMonths: '6',
			termLimit: '',
			maxConsecutive: '2',
			rights: ['pin-thread', 'manage-forums']
		});
		const [row] = await w.db.select().from(roles).where(eq(roles.key, 'facilitator'));
		expect(row).toMatchObject({
			seats: 3,
			termMonths: 6,
			termLimit: null,
			rights: ['pin-thread', 'manage-forums']
		});
	});

	it('sets the per-member limits the commands count against', async () => {
		const current = (await oneSetting(w.db, 'limits.per_member'))!.value as Record<string, number>;
		const form = Object.fromEntries(Object.entries(current).map(([k, v]) => [k, String(v)]));
		await changeSetting(w.db, w.people[0], 'limits.per_member', { ...form, flag: '1' });
		const use = () => w.db.transaction((tx) => countUse(tx, w.people[4].id, LIMITS.flag));
		await use();
		expect(await fails(use())).toBeInstanceOf(RateLimited);
	});

	it('refuses proposals: the operator decides for now', async () => {
		const e = await fails(
			proposeSettingChange(w.db, w.people[1], 'writing.limits', limits(3), 'en')
		);
		expect(e).toBeInstanceOf(Forbidden);
	});
});

describe('settings decisions', () => {
	let passing: number;
	let failing: number;

	it('switches to decisions once, after which the operator changes nothing directly', async () => {
		await changeSetting(w.db, w.people[0], 'settings.change_rule', { rule: 'decision' });
		expect(await changeRule(w.db)).toBe('decision');
		const e = await fails(changeSetting(w.db, w.people[0], 'writing.limits', limits(2)));
		expect((e as Forbidden).messageKey).toBe('setting_error_by_decision');
		const overview = await settingsOverview(w.db, w.people[1], 'en');
		expect(overview.action).toBe('propose');
	});

	it('refuses a friend (no right to propose) and a lapsed value', async () => {
		expect(
			await fails(proposeSettingChange(w.db, w.friend, 'writing.limits', limits(3), 'en'))
		).toBeInstanceOf(Forbidden);
	});

	it('drafts a motion carrying the change', async () => {
		({ decisionId: passing } = await proposeSettingChange(
			w.db,
			w.people[1],
			'writing.limits',
			limits(3),
			'en'
		));
		({ decisionId: failing } = await proposeSettingChange(
			w.db,
			w.people[2],
			'recall.threshold_percent',
			{ value: '50' },
			'en'
		));
		const [proposal] = await w.db
			.select()
			.from(settingProposals)
			.where(eq(settingProposals.decisionId, passing));
		expect(proposal).toMatchObject({ key: 'writing.limits', appliedAt: null });
		expect((proposal.value as { postsPerDay: number }).postsPerDay).toBe(3);
	});

	it('applies a passing decision, logged with the decision, and not a failing one', async () => {
		for (const [id, author] of [
			[passing, w.people[1]],
			[failing, w.people[2]]
		] as const) {
			await submitDecision(w.db, author, id);
			await advanceDecision(w.db, id, later(24 * 7 + 24 * 3 + 1));
		}
		for (const p of w.people.slice(0, 6)) {
			await castBallot(w.db, p, passing, { vote: 'yes' });
			await castBallot(w.db, p, failing, { vote: 'no' });
		}
		await advanceDecision(w.db, passing, later(24 * 18));
		await advanceDecision(w.db, failing, later(24 * 18));
		await dispatchEvents(w.db);
		expect((await writingLimits(w.db)).postsPerDay).toBe(3);
		const recall = await oneSetting(w.db, 'recall.threshold_percent');
		expect(recall?.value).toBe(20);
		const [last] = await w.db
			.select()
			.from(settingChanges)
			.orderBy(desc(settingChanges.id))
			.limit(1);
		expect(last).toMatchObject({ key: 'writing.limits', decisionId: passing, changedBy: null });
		// Dispatched again (delivery is at least once), nothing is applied twice.
		const before = (await w.db.select().from(settingChanges)).length;
		await dispatchEvents(w.db);
		expect((await w.db.select().from(settingChanges)).length).toBe(before);
		const log = await settingLog(w.db, w.people[3], 'en');
		expect(log.changes[0].decision?.href).toMatch(new RegExp(`^/decisions/${passing}-`));
	});
});
