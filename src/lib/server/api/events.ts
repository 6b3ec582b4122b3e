import { z } from 'zod';
import { API_SCOPES } from '$lib/domain/api/scopes';
import { defineEvents, id, obj } from '$lib/server/events/define';

/** A member's personal access tokens: which one, never its secret. */
export const apiEvents = defineEvents({
	'api-token.created': {
		subject: 'member',
		data: obj({ tokenId: id, scopes: z.array(z.enum(API_SCOPES)) })
	},
	'api-token.revoked': { subject: 'member', data: obj({ tokenId: id }) }
});
