/**
 * The demo's settings: the demo account is the installation's operator, who handed the settings
 * to the members (the change rule became 'decision') five weeks ago; since then a settings
 * decision lowered the number of posts a member may start in a day, and its change was applied
 * when it passed. Both changes are in the public log. Made with the real commands, then dated.
 */
import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { ballots, decisions, members, settingChanges } from '$lib/server/db/schema';
import { loadActor } from '$lib/server/members/actor';
import { advanceDecision } from '$lib/server/decisions/advance';
import { submitDecision } from '$lib/server/decisions/commands';
import { applyDecided, changeSetting, proposeSettingChange } from '$lib/server/instance/changes';
import { DEMO_EMAIL } from './demo-people';

const DAY = 86_400_000;

export async function seedDemoSettings(db: Db) {
	const now = Date.now();
	const at = (days: number) => new Date(now + days * DAY);
	const [demo] = await db
		.update(members)
		.set({ isOperator: true })
		.where(eq(members.email, DEMO_EMAIL))
		.returning({ id: members.id });
	const operator = (await loadActor(db, demo.id))!;
	const voters = await db
		.select({ id: members.id })
		.from(members)
		.where(
			and(
				isNotNull(members.emailVerifiedAt),
				isNull(members.lapsedAt),
				ne(members.tier, 'friend'),
				ne(members.id, demo.id)
			)
		)
		.orderBy(asc(members.id))
		.limit(240);
	const author = (await loadActor(db, voters[200].id))!;

	const { changeId: handOver } = await changeSetting(db, operator, 'settings.change_rule', {
		rule: 'decision'
	});
	const { decisionId } = await proposeSettingChange(
		db,
		author,
		'writing.limits',
		{
			commentsPerHour: '60',
			commentsPerThreadPerDay: '40',
			postsPerDay: '6',
			slowModeSeconds: '300',
			flagThreshold: '3'
		},
		'en'
	);
	await db
		.update(decisions)
		.set({ createdAt: at(-31) })
		.where(eq(decisions.id, decisionId));
	// Submitted 30 days ago: discussion and amendments over 20 days ago, voting closed 13 days ago.
	await submitDecision(db, author, decisionId, at(-30));
	await advanceDecision(db, decisionId, at(-19));
	await db.insert(ballots).values(
		voters.map((v, i) => ({
			decisionId,
			voterId: v.id,
			choice: { vote: i % 5 === 0 ? 'no' : i % 13 === 0 ? 'abstain' : 'yes' },
			castAt: new Date(at(-18).getTime() + i * 60_000)
		}))
	);
	await advanceDecision(db, decisionId, at(-13));
	const [closed] = await db
		.select({
			outcome: decisions.outcome,
			value: sql<unknown>`(select value from setting_proposals where decision_id = ${decisionId})`
		})
		.from(decisions)
		.where(eq(decisions.id, decisionId));
	// The demo's events are marked as handled, so the handler's work is done here, as it would be.
	if (closed.outcome === 'passes')
		await applyDecided(db, decisionId, 'writing.limits', closed.value);
	await db
		.update(settingChanges)
		.set({ at: at(-35) })
		.where(eq(settingChanges.id, handOver));
	await db
		.update(settingChanges)
		.set({ at: at(-13) })
		.where(eq(settingChanges.decisionId, decisionId));
}
