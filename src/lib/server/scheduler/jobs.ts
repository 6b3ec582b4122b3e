import { advanceDueDecisions } from '$lib/server/decisions/advance';
import { advanceDueElections } from '$lib/server/elections/advance';
import { endTermedMandates } from '$lib/server/mandates/commands';
import { runLapsing } from '$lib/server/members/lapsing';
import { advanceDueCases } from '$lib/server/moderation/cases';
import { pruneExpired } from '$lib/server/retention';
import { promoteByTime } from '$lib/server/instance/tiers';
import { buildDigests, remindClosingVotes } from '$lib/server/notifications/jobs';
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
			// Nominations close and ballots are counted on time; each step under the election's row lock.
			name: 'elections.advance',
			intervalSeconds: 60,
			leaseSeconds: 5 * 60,
			run: (db) => advanceDueElections(db)
		},
		{
			// Tier rules by time ('months:N'): checked daily, each member moved in their own transaction.
			name: 'tiers.promote',
			intervalSeconds: 24 * 60 * 60,
			leaseSeconds: 30 * 60,
			run: (db) => promoteByTime(db)
		},
		{
			// A jury that reached its deadline is decided, or replaced when it missed its quorum.
			name: 'moderation.advance',
			intervalSeconds: 5 * 60,
			leaseSeconds: 5 * 60,
			run: (db) => advanceDueCases(db)
		},
		{
			// A mandate loses its rights at its end by itself; this records why it ended, once.
			name: 'mandates.end',
			intervalSeconds: 5 * 60,
			leaseSeconds: 5 * 60,
			run: (db) => endTermedMandates(db)
		},
		{
			// A vote the member has not cast, closing within 24 hours: reminded once, by mail at once.
			name: 'notifications.closing-votes',
			intervalSeconds: 10 * 60,
			leaseSeconds: 10 * 60,
			run: (db) => remindClosingVotes(db)
		},
		{
			// Daily and weekly digests, for whoever is due, in batches of members.
			name: 'notifications.digests',
			intervalSeconds: 60 * 60,
			leaseSeconds: 60 * 60,
			run: (db) => buildDigests(db, { origin })
		},
		{
			name: 'retention.prune',
			intervalSeconds: 24 * 60 * 60,
			leaseSeconds: 30 * 60,
			run: (db) => pruneExpired(db)
		}
	];
}
