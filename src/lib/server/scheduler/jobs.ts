import { advanceDueDecisions } from '$lib/server/decisions/advance';
import { runLapsing } from '$lib/server/members/lapsing';
import { pruneExpired } from '$lib/server/retention';
import { promoteByTime } from '$lib/server/instance/tiers';
import type { Job } from './index';

/** The app's periodic jobs. */
export function appJobs(origin: string): Job[] {
	return [
		{
			name: 'members.lapse',
			intervalSeconds: 60 * 60,
			leaseSeconds: 15 * 60,
			run: (db) => runLapsing(db, origin)
		},
		{
			// Phase deadlines are checked every minute; each step runs under the decision's row lock.
			name: 'decisions.advance',
			intervalSeconds: 60,
			leaseSeconds: 5 * 60,
			run: (db) => advanceDueDecisions(db)
		},
		{
			// Tier rules by time ('months:N'): checked daily, each member moved in their own transaction.
			name: 'tiers.promote',
			intervalSeconds: 24 * 60 * 60,
			leaseSeconds: 30 * 60,
			run: (db) => promoteByTime(db)
		},
		{
			name: 'retention.prune',
			intervalSeconds: 24 * 60 * 60,
			leaseSeconds: 30 * 60,
			run: (db) => pruneExpired(db)
		}
	];
}
