/**
 * The form actions every page that lists mandates shares (the chapter page, a committee's page):
 * resign one's own, start a recall petition, sign one. Each runs its command; the page shows the
 * translated answer.
 */
import { formAction } from '$lib/server/http';
import { resignMandate } from './commands';
import { signRecall, startRecall } from './recall';

export const mandateActions = {
	resign: formAction('resigned', (event, actor, values) =>
		resignMandate(event.locals.db, actor, values.mandate)
	),
	recall: formAction('recallStarted', (event, actor, values) =>
		startRecall(event.locals.db, actor, values.mandate)
	),
	sign: formAction('recallSigned', (event, actor, values) =>
		signRecall(event.locals.db, actor, values.petition)
	)
};
