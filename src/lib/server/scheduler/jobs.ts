import { runLapsing } from '$lib/server/members/lapsing';
import type { Job } from './index';

/** The app's periodic jobs. Later areas add theirs here (e.g. proposal phase transitions). */
export function appJobs(origin: string): Job[] {
	return [
		{
			name: 'members.lapse',
			intervalSeconds: 60 * 60,
			leaseSeconds: 15 * 60,
			run: (db) => runLapsing(db, origin)
		}
	];
}
