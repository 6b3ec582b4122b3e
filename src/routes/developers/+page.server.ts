import { OPS } from '$lib/server/api/operations';
import type { Operation } from '$lib/server/api/operation';
import { PROBLEMS, type ProblemKind } from '$lib/server/api/problem';
import { translate } from '$lib/server/i18n';
import type { PageServerLoad } from './$types';

/** The API's reference, in the reader's language, from the same list the document is made of. */
export const load: PageServerLoad = async () => ({
	operations: (Object.values(OPS) as Operation[]).map((op) => ({
		id: op.operationId,
		method: op.method,
		path: `/api/v1${op.path}`,
		scope: op.scope,
		tag: op.tag,
		summary: translate(op.summary)
	})),
	problems: (Object.keys(PROBLEMS) as ProblemKind[]).map((kind) => ({
		kind,
		status: PROBLEMS[kind].status,
		title: translate(PROBLEMS[kind].title)
	}))
});
