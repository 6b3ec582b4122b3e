import { z } from 'zod';
import { checkbox } from './members';

/** A member's choice to federate their blog (settings → federation). */
export const blogFederationInput = z.object({ enabled: checkbox });

/** Whom the organisation blog should follow: `name@host` or an actor's URL. */
export const followInput = z.object({
	target: z
		.string({ error: 'federation_error_target' })
		.trim()
		.min(3, { error: 'federation_error_target' })
		.max(500, { error: 'federation_error_target' })
		.regex(/^(@?[^@\s/]+@[^@\s/]+|https?:\/\/\S+)$/, { error: 'federation_error_target' })
});
