import { actorOf, formAction, runQuery } from '$lib/server/http';
import { addDocument, documentRegister } from '$lib/server/conventions/documents';
import { conventionList } from '$lib/server/conventions/queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const viewer = actorOf(event);
	const [documents, list] = await Promise.all([
		runQuery(() => documentRegister(event.locals.db)),
		runQuery(() => conventionList(event.locals.db, viewer))
	]);
	return { documents, chapters: list.chapters, mayAdd: list.mayCall };
};

export const actions: Actions = {
	add: formAction('add', (e, a, v) => addDocument(e.locals.db, a, v), { follow: true })
};
