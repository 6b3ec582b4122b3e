import { attempt, formValues, notFound, runQuery } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { ballotByReceipt } from '$lib/server/decisions/publication';
import { decisionTitle } from '$lib/server/decisions/decision-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const decision = await runQuery(() => decisionTitle(event.locals.db, null, id));
	return { decision };
};

/** Anyone may look a receipt up (it says what a ballot counted as, never who cast it). */
export const actions: Actions = {
	default: async (event) => {
		const id = idFromRef(event.params.ref) ?? 0;
		const values = formValues(await event.request.formData());
		const code = typeof values.code === 'string' ? values.code.slice(0, 40) : '';
		const result = await attempt(values, () => ballotByReceipt(event.locals.db, id, code));
		if (!result.ok) return result.failure;
		return { found: result.value };
	}
};
