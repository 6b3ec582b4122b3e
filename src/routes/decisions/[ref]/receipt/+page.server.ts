import { notFound } from '$lib/server/http';
import { idFromRef } from '$lib/server/refs';
import { attempt, formValues, runQuery } from '$lib/server/http';
import { ballotByReceipt } from '$lib/server/decisions/publication';
import { decisionPage } from '$lib/server/decisions/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const id = idFromRef(event.params.ref) ?? notFound('decision_error_not_found');
	const { decision } = await runQuery(() =>
		decisionPage(event.locals.db, null, event.locals.locale, id)
	);
	return { decision: { id: decision.id, title: decision.title, slug: decision.slug } };
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
