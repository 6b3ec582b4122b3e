import { count, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { events, members } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/accounts/passwords';
import { DEMO_EMAIL, generateDemoPeople } from './demo-people';
import { seedDemoChapters } from './demo-chapters';
import { seedDemoDecisions } from './demo-decisions';
import { seedDemoElections } from './demo-elections';
import { seedDemoGovernance } from './demo-governance';
import { seedDemoConventions } from './demo-conventions';
import { seedDemoSettings } from './demo-settings';
import { seedDemoUnlinkable } from './demo-unlinkable';
import { seedDemoWriting } from './demo-writing';
import { seedDemoProjects } from './demo-projects';
import { seedDemoAid } from './demo-aid';
import { seedDemoNotifications } from './demo-notifications';
import { seedDemoMessages } from './demo-messages';
import { seedDemoModeration } from './demo-moderation';

export { DEMO_EMAIL };
/** Public on purpose: it is printed at start and written in the README. */
export const DEMO_PASSWORD = 'plenary-demo-2012';

const BATCH = 500;

/** Fill an empty database with the demo organisation; a database with members is left alone. */
export async function seedDemoIfEmpty(db: Db, options: { log?: (line: string) => void } = {}) {
	const [{ n }] = await db.select({ n: count() }).from(members);
	if (n > 0) return false;
	await seedDemo(db, options);
	return true;
}

/**
 * The demo organisation: about 3,000 members in about 76 countries, the same every time.
 * Every demo account shares the demo password; hashing it once keeps seeding to seconds.
 */
export async function seedDemo(db: Db, { log }: { log?: (line: string) => void } = {}) {
	const started = Date.now();
	const people = generateDemoPeople();
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db.transaction(async (tx) => {
		for (let i = 0; i < people.length; i += BATCH) {
			const batch = people.slice(i, i + BATCH);
			const inserted = await tx
				.insert(members)
				.values(
					batch.map((p) => ({
						email: p.email,
						emailVerifiedAt: new Date(p.joinedAt),
						passwordHash,
						handle: p.handle,
						displayName: p.displayName,
						country: p.country,
						city: p.city,
						languages: p.languages,
						bio: p.bio,
						locale: p.locale,
						timeZone: p.timeZone,
						gender: p.gender,
						ageBand: p.ageBand,
						tier: 'interim',
						createdAt: new Date(p.joinedAt),
						lastActiveAt: new Date(p.lastActiveAt)
					}))
				)
				.returning({ id: members.id, createdAt: members.createdAt, country: members.country });
			await tx.insert(events).values(
				inserted.map((m) => ({
					type: 'member.joined',
					actorId: m.id,
					subjectType: 'member',
					subjectId: m.id,
					data: { country: m.country, demo: true },
					createdAt: m.createdAt
				}))
			);
		}
	});
	await seedDemoChapters(db);
	await seedDemoWriting(db);
	await seedDemoProjects(db);
	await seedDemoAid(db);
	await seedDemoDecisions(db);
	await seedDemoElections(db);
	await seedDemoGovernance(db);
	await seedDemoConventions(db);
	await seedDemoSettings(db);
	await seedDemoUnlinkable(db);
	await seedDemoNotifications(db);
	await seedDemoMessages(db);
	await seedDemoModeration(db);
	// The demo's events are history written straight to the log: nothing should act on them
	// again (no mail to made-up addresses), so they are handed to the dispatcher as done.
	await db.execute(sql`update events set dispatched_at = created_at where dispatched_at is null`);
	// Vacuumed as well as analysed: the seed's updates of whole tables leave dead rows behind, and
	// until they are cleared a member marked active takes a new page and every index (not a HOT
	// update), which autovacuum would otherwise sort out only later, in the middle of a demo.
	await db.execute(sql`vacuum analyze`);
	log?.(
		`Demo organisation created: ${people.length} members (${Date.now() - started} ms).\n` +
			`  Demo login: ${DEMO_EMAIL} / ${DEMO_PASSWORD}`
	);
}
