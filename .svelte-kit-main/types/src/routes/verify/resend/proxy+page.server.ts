// @ts-nocheck
import { resendVerification } from '$lib/server/accounts/commands';
import { formValues, requestContext, attempt } from '$lib/server/http';
import type { Actions } from './$types';

export const actions = {
	default: async (event: import('./$types').RequestEvent) => {
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			resendVerification(event.locals.db, values, requestContext(event))
		);
		if (!result.ok) return result.failure;
		return { sent: true };
	}
};
;null as any as Actions;