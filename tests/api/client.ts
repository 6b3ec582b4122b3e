/**
 * A typed API client for tests: openapi-fetch over the types generated from the OpenAPI document
 * (./schema.d.ts, checked fresh by tests/unit/api-document.test.ts), whose `fetch` hands each
 * request to the real route handler under src/routes/api/v1 in this process, with the locals the
 * server hook would have set (the database, the browser session's actor if any, the language
 * from Accept-Language). So a test can only call what the document describes, with the body and
 * parameters it declares, and the handler answers exactly as it would over HTTP.
 *
 * Every answer is also parsed with the schema the document gives for it (the operation's
 * response, or the problem details), and a call whose answer does not match fails: a field the
 * server sends and the document lacks, or the other way round, cannot pass a test unnoticed.
 */
import path from 'node:path';
import { z } from 'zod';
import createClient from 'openapi-fetch';
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { isLocale, localeFromAcceptLanguage } from '$lib/server/i18n';
import { OPS } from '$lib/server/api/operations';
import type { Operation } from '$lib/server/api/operation';
import { problemSchema } from '$lib/server/api/responses';
import type { paths } from './schema';

const ROUTES = path.resolve('src/routes/api/v1');

type Route = { id: string; path: string; pattern: RegExp; names: string[]; file: string };

/** The route file of each documented path, e.g. `/decisions/{id}` → `decisions/[id]/+server.ts`. */
const routes: Route[] = [
	...new Set([...(Object.values(OPS) as Operation[]).map((o) => o.path), '/openapi.json'])
].map((p) => ({
	id: `/api/v1${p.replace(/\{([^}]+)\}/g, '[$1]')}`,
	path: p,
	pattern: new RegExp(`^/api/v1${p.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
	names: [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
	file: path.join(ROUTES, p.replace(/\{([^}]+)\}/g, '[$1]'), '+server.ts')
}));

const CATCH_ALL: Route = {
	id: '/api/v1/[...rest]',
	path: '',
	pattern: /^\/api\/v1\/(.*)$/,
	names: ['rest'],
	file: path.join(ROUTES, '[...rest]', '+server.ts')
};

type Handler = (event: unknown) => Promise<Response>;

/** Answer one request with the route handler it reaches, as SvelteKit would dispatch it. */
export async function dispatch(db: Db, request: Request, session: Actor | null): Promise<Response> {
	const url = new URL(request.url);
	// An address that is no call reaches the catch-all route, as in SvelteKit.
	const route = routes.find((r) => r.pattern.test(url.pathname)) ?? CATCH_ALL;
	const values = route.pattern.exec(url.pathname)?.slice(1) ?? [];
	const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(values[i])]));
	const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, Handler | undefined>;
	// A method the route does not export goes to its `fallback`, as SvelteKit sends it.
	const handler = mod[request.method] ?? mod.fallback!;
	const asked = localeFromAcceptLanguage(request.headers.get('accept-language'));
	const event = {
		locals: {
			db,
			actor: session,
			member: null,
			sessionToken: null,
			locale: isLocale(asked) ? asked : 'en'
		},
		params,
		url,
		route: { id: route.id },
		request,
		cookies: { get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} },
		getClientAddress: () => '203.0.113.7',
		setHeaders: () => {},
		fetch: globalThis.fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false
	};
	const response = await handler(event);
	await checkAnswer(route, request.method, response);
	return response;
}

/**
 * The answer against the schema the document gives for it: the operation's response for a 2xx,
 * the problem details for an error. A mismatch throws, naming the call and what differs.
 */
async function checkAnswer(route: Route, method: string, response: Response) {
	if (response.status === 304 || route.path === '/openapi.json') return;
	const op = (Object.values(OPS) as Operation[]).find(
		(o) => o.path === route.path && o.method === method
	);
	const schema = response.ok ? op?.response : problemSchema;
	if (!schema) throw new Error(`${method} ${route.path}: ${response.status} from no operation`);
	const parsed = schema.safeParse(await response.clone().json());
	if (!parsed.success)
		throw new Error(
			`${method} ${route.path} ${response.status}: the answer is not what the document says\n${z.prettifyError(parsed.error)}`
		);
}

export const ORIGIN = 'http://plenary.test';

/**
 * A typed client. `token` is sent as a bearer token; `session` stands for a signed-in browser
 * (its cookie's actor), to show what a cookie may and may not do.
 */
export function apiClient(
	db: Db,
	options: { token?: string; session?: Actor | null; language?: string } = {}
) {
	const headers: Record<string, string> = { 'accept-language': options.language ?? 'en' };
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	return createClient<paths>({
		baseUrl: `${ORIGIN}/api/v1`,
		headers,
		fetch: (request: Request) => dispatch(db, request, options.session ?? null)
	});
}
