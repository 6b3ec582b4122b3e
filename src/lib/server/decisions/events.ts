import { z } from 'zod';
import { defineEvents, id, none, obj } from '$lib/server/events/define';
import type { AppEvent } from '$lib/server/events/catalogue';
import { eventAbout } from '$lib/server/events/about';

const amendment = obj({ amendmentId: id });

/** Never a ballot's choice: the event log is readable by the operator, secret ballots or not. */
export const decisionEvents = defineEvents({
	'decision.drafted': { subject: 'decision', data: none },
	'decision.edited': { subject: 'decision', data: none },
	'decision.revised': { subject: 'decision', data: obj({ version: z.number().int() }) },
	/** Co-authorship is an invitation the invitee answers (coauthors.ts). */
	'coauthor.invited': { subject: 'decision', data: obj({ memberId: id }) },
	'coauthor.accepted': { subject: 'decision', data: none },
	'coauthor.declined': { subject: 'decision', data: none },
	'decision.submitted': { subject: 'decision', data: none },
	'decision.phase-changed': {
		subject: 'decision',
		data: obj({ from: z.string(), to: z.string() })
	},
	'decision.closed': {
		subject: 'decision',
		data: obj({ from: z.string(), to: z.string(), outcome: z.string().optional() })
	},
	'decision.outcome-recorded': { subject: 'decision', data: none },
	'decision.amendments-closed': { subject: 'decision', data: none },
	'decision.runoff-opened': { subject: 'decision', data: obj({ follows: id }) },
	'decision.reopened': { subject: 'decision', data: obj({ revisits: id, petitionId: id }) },
	'amendment.proposed': { subject: 'decision', data: amendment },
	'amendment.accepted': {
		subject: 'decision',
		data: obj({ amendmentId: id, version: z.number().int() })
	},
	'amendment.withdrawn': { subject: 'decision', data: amendment },
	'amendment.put-to-vote': { subject: 'decision', data: amendment },
	'amendment.voted': { subject: 'decision', data: amendment },
	/** Decided when voting opens, by the scheduler or the authors' closing of the window. */
	'amendment.resolved': {
		subject: 'decision',
		data: obj({ amendmentId: id, status: z.enum(['carried', 'defeated', 'conflicted', 'lapsed']) })
	},
	/** The weight of an open ballot only: a secret ballot's event says that someone voted, no more. */
	'ballot.cast': { subject: 'decision', data: obj({ weight: z.number().int().optional() }) },
	'ballot.changed': { subject: 'decision', data: obj({ weight: z.number().int().optional() }) },
	/**
	 * An unlinkable ballot's credential was issued to the actor: that they take part, no more. The
	 * cast that follows appends no event at all (its time would line up with this one's).
	 */
	'ballot.credential-issued': { subject: 'decision', data: none },
	'stake.declared': { subject: 'decision', data: obj({ level: z.number().int() }) },
	'minority-report.filed': { subject: 'decision', data: obj({ reportId: id }) },
	'minority-report.signed': { subject: 'decision', data: obj({ reportId: id }) },
	'petition.opened': {
		subject: 'decision',
		data: obj({ petitionId: id, threshold: z.number().int() })
	},
	'petition.signed': { subject: 'decision', data: obj({ petitionId: id }) }
});

/** An event about a decision, by the actor (null: the scheduler or a threshold reached). */
export function decisionEvent(
	actorId: number | null,
	decisionId: number,
	body: Parameters<typeof eventAbout<'decision'>>[3]
): AppEvent {
	return eventAbout('decision', decisionId, actorId, body);
}
