// `npm run seed:demo`: create the demo organisation in an empty database.
import { seedDemoIfEmpty } from '../src/lib/server/seed/demo';
import { withMigratedDatabase } from './script-runner';

await withMigratedDatabase(async ({ db }) => {
	const seeded = await seedDemoIfEmpty(db, { log: console.log });
	if (!seeded) console.log('The database already has members: nothing was added.');
});
