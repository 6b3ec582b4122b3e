import { z } from 'zod';
import { defineEvents, id, none, obj } from '$lib/server/events/define';
import type { AppEvent } from '$lib/server/events/catalogue';
import { eventAbout } from '$lib/server/events/about';

const candidacy = obj({ candidacyId: id });

/** Never a ballot's choice, nor who a voter ranked: only that someone voted. */
export const electionEvents = defineEvents({
	'election.called': { subject: 'election', data: obj({ seats: z.number().int() }) },
	'candidacy.nominated': {
		subject: 'election',
		data: obj({ candidacyId: id, self: z.boolean() })
	},
	'candidacy.consented': { subject: 'election', data: candidacy },
	'candidacy.withdrawn': { subject: 'election', data: candidacy },
	'election.voting-opened': {
		subject: 'election',
		data: obj({ candidates: z.number().int(), electorate: z.number().int() })
	},
	'election-ballot.cast': { subject: 'election', data: none },
	'election-ballot.changed': { subject: 'election', data: none },
	/** An unlinkable ballot's credential was issued; the cast itself appends no event. */
	'election-ballot.credential-issued': { subject: 'election', data: none },
	'election.counted': {
		subject: 'election',
		data: obj({ elected: z.number().int(), ballots: z.number().int() })
	},
	/** A vacancy filled by the next reserve of the election that filled the seat. */
	'vacancy.filled': { subject: 'election', data: obj({ mandateId: id, replaces: id }) }
});

/** An event about an election, by the actor (null: the scheduler). */
export function electionEvent(
	actorId: number | null,
	electionId: number,
	body: Parameters<typeof eventAbout<'election'>>[3]
): AppEvent {
	return eventAbout('election', electionId, actorId, body);
}
