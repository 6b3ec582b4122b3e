// `npm run db:migrate`: apply the committed migrations to the configured database.
import { withMigratedDatabase } from './script-runner';

await withMigratedDatabase(async () => {
	console.log('Migrations applied.');
});
