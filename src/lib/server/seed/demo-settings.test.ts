import { afterAll, beforeAll, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { decisions, members, settingChanges } from '$lib/server/db/schema';
import { makeMembers, openWorld, type World } from '$lib/server/decisions/test-world';
import { writingLimits } from '$lib/server/writing/settings';
import { changeRule } from '$lib/server/instance/values';
import { DEMO_EMAIL } from './demo-people';
import { seedDemoSettings } from './demo-settings';

let w: World;
beforeAll(async () => {
	w = await openWorld();
	const [demo] = await makeMembers(w.db, 1, 'demo');
	await w.db.update(members).set({ email: DEMO_EMAIL }).where(eq(members.id, demo.id));
	await makeMembers(w.db, 240, 'voter');
}, 60_000);
afterAll(() => w?.conn.close());

it('hands the settings to the members, and a passed settings decision changed a limit', async () => {
	await seedDemoSettings(w.db);
	expect(await changeRule(w.db)).toBe('decision');
	expect((await writingLimits(w.db)).postsPerDay).toBe(6);
	const log = await w.db.select().from(settingChanges).orderBy(asc(settingChanges.at));
	expect(log.map((l) => l.key)).toEqual(['settings.change_rule', 'writing.limits']);
	expect(log[0].changedBy).not.toBeNull();
	const [decision] = await w.db
		.select()
		.from(decisions)
		.where(eq(decisions.id, log[1].decisionId!));
	expect(decision).toMatchObject({ phase: 'closed', outcome: 'passes', scopeKind: 'organisation' });
	expect(log[1].at.getTime()).toBeLessThan(Date.now() - 12 * 86_400_000);
});
