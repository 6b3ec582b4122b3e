import { z } from 'zod';
import { defineEvents, id, obj } from '$lib/server/events/define';
import { MANDATE_END_REASONS } from '$lib/domain/members/roles';

/** Mandates begin and end; recall petitions are signed and may open a recall vote. */
export const mandateEvents = defineEvents({
	'mandate.granted': {
		subject: 'mandate',
		data: obj({ memberId: id, role: z.string(), electionId: id.optional() })
	},
	/** `vacant`: nobody took the seat over (no reserve); a by-election can fill it. */
	'mandate.ended': {
		subject: 'mandate',
		data: obj({ reason: z.enum(MANDATE_END_REASONS), vacant: z.boolean().optional() })
	},
	'recall.started': {
		subject: 'mandate',
		data: obj({ petitionId: id, threshold: z.number().int() })
	},
	'recall.signed': { subject: 'mandate', data: obj({ petitionId: id }) },
	'recall.vote-opened': { subject: 'mandate', data: obj({ petitionId: id, decisionId: id }) },
	'recall.closed': {
		subject: 'mandate',
		data: obj({ petitionId: id, status: z.enum(['carried', 'failed']) })
	}
});
