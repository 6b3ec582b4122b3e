import { requestPasswordReset } from '$lib/server/accounts/credentials';
import { formValues, requestContext, attempt } from '$lib/server/http';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const result = await attempt(values, () =>
			requestPasswordReset(event.locals.db, values, requestContext(event))
		);
		if (!result.ok) return result.failure;
		return { sent: true };
	}
};
