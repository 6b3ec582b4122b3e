/**
 * One API operation, declared once: its method and path, the scope a token needs, the zod schema
 * of its body (the form's own), and its parameters. The route file hands it to `apiRoute` with the
 * function that calls the query or command; the OpenAPI document is generated from the same list
 * (./operations.ts), so what the document says is what the handler checks.
 */
import { z } from 'zod';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/members/actor';
import type { ApiScope } from '$lib/domain/api/scopes';
import type { Db } from '$lib/server/db/client';
import { ApiProblem, problemFor } from './problem';
import { fieldsOf, readJsonBody, refuseNonJson, refuseUnknownFields } from './body';
import { jsonRead } from './etag';
import { callerFor } from './auth';
import { holdsEncodedNul } from './paths';
import { OPS } from './operations';

export type Parameter = {
	name: string;
	in: 'path' | 'query';
	description: string;
	schema: { type: 'string' | 'integer'; pattern?: string; enum?: readonly string[] };
	required?: boolean;
};

export type Operation = {
	operationId: string;
	method: 'GET' | 'POST';
	/** OpenAPI path under /api/v1, e.g. `/decisions/{id}`. */
	path: string;
	tag: string;
	/** A message key: the reference page shows it translated, the OpenAPI document in English. */
	summary: string;
	description?: string;
	scope: ApiScope;
	parameters?: Parameter[];
	/** The form's schema: the body is parsed with it by the command, and documented from it. */
	body?: z.ZodType;
	/** The query string's schema (the page's own filter); names it lacks are refused. */
	query?: z.ZodType;
	/** Body fields the schema cannot name (a ballot's `rank_<option>`), allowed besides its own. */
	extraFields?: RegExp;
	/** What a successful answer is: 200 with a resource, or 201 for a write that creates one. */
	created?: boolean;
	/** The 2xx answer (./responses.ts): documented from it, and every API test parses with it. */
	response: z.ZodType;
	/** When a read answers 409 (a result before the close), for the document. */
	conflict?: string;
};

/**
 * What a handler may hand over for an answer whose JSON is `T`: the same, with a Date wherever `T`
 * has a string (JSON.stringify writes a Date as its ISO string). So a handler that returns
 * something its operation's schema does not describe fails to compile.
 */
export type Sent<T> = T extends string
	? T | Date
	: T extends readonly (infer U)[]
		? readonly Sent<U>[]
		: T extends object
			? // An open object's known fields (a count report's), without its index signature, which
				// a report declared as an interface could not satisfy.
				{ [K in keyof T as string extends K ? never : K]: Sent<T[K]> }
			: T;

/** A read's handler returns the resource; a write's, what to answer and where it can be read. */
export type Answer<O extends Operation> = O['method'] extends 'GET'
	? Sent<z.output<O['response']>>
	: Written<Sent<z.output<O['response']>>>;

export type ApiContext = {
	event: RequestEvent;
	db: Db;
	/** The caller: the token's member, a signed-in browser for reads, or null for a visitor. */
	actor: Actor | null;
	/** The member, for writes (which always need one). */
	member: Actor;
	/** The JSON body, already refused if it is not JSON or names a field the schema lacks. */
	body: Record<string, unknown>;
	/** The query string, already refused if it names a parameter the operation lacks. */
	query: Record<string, string>;
};

/** Optional `Location` for a 201: where the created thing can be read. */
export type Written<T = unknown> = { location?: string; value: T };

/**
 * A SvelteKit request handler for one operation. Reads answer JSON with an ETag (304 when the
 * client has it); writes need a token with the operation's scope and answer 200 or 201. Every
 * failure, from a missing token to a command's refusal, is a problem details answer.
 */
export function apiRoute<O extends Operation>(
	op: O,
	run: (ctx: ApiContext) => Promise<Answer<O>> | Answer<O>
): (event: RequestEvent) => Promise<Response> {
	return async (event) => {
		try {
			// A body that is not JSON is refused before anything else, so a cross-site form post
			// (which can send neither JSON nor a bearer token) is answered 415, as any other is.
			if (op.method !== 'GET' && hasBody(event.request)) refuseNonJson(event.request);
			if (holdsEncodedNul(event.url)) throw new ApiProblem('bad-request', 'error_bad_characters');
			const actor = await callerFor(event, op.scope, op.method !== 'GET');
			const query = queryOf(event.url, op);
			let body: Record<string, unknown> = {};
			// A call that takes no body (claiming a task) may be sent without one.
			if (op.method !== 'GET' && (op.body || hasBody(event.request))) {
				body = await readJsonBody(event.request);
				if (op.body) refuseUnknownFields(body, op.body, op.extraFields);
				else if (Object.keys(body).length) refuseUnknownFields(body, NO_FIELDS);
			}
			const ctx: ApiContext = {
				event,
				db: event.locals.db,
				actor,
				get member() {
					if (!actor) throw new ApiProblem('unauthenticated', 'api_error_token_required');
					return actor;
				},
				body,
				query
			};
			const out: unknown = await run(ctx);
			if (op.method === 'GET') return jsonRead(event.request, out);
			const written = out as Written;
			const headers: Record<string, string> = {
				'content-type': 'application/json; charset=utf-8',
				'cache-control': 'no-store'
			};
			if (written.location) headers.location = written.location;
			return new Response(JSON.stringify(written.value ?? {}), {
				status: op.created ? 201 : 200,
				headers
			});
		} catch (err) {
			return problemFor(err, event.url, event.locals.locale);
		}
	};
}

/** The query string as an object; a parameter the operation does not take is a 400 naming it. */
function queryOf(url: URL, op: Operation): Record<string, string> {
	const known = new Set([
		...(op.query ? fieldsOf(op.query) : []),
		...(op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
	]);
	const query: Record<string, string> = {};
	const unknown: Record<string, string> = {};
	for (const [name, value] of url.searchParams) {
		if (known.has(name)) query[name] = value;
		else unknown[name] = 'api_error_unknown_parameter';
	}
	if (Object.keys(unknown).length)
		throw new ApiProblem('invalid', 'api_error_unknown_parameters', { errors: unknown });
	return query;
}

const NO_FIELDS = z.object({});

function hasBody(request: Request): boolean {
	return (
		request.headers.has('content-type') || Number(request.headers.get('content-length') ?? 0) > 0
	);
}

/**
 * Every method a route does not answer, and every address under /api/v1 that is no call: a 405
 * naming the methods that are allowed, or a 404, as problem details like every other error.
 */
export async function apiFallback(event: RequestEvent): Promise<Response> {
	const path = (event.route.id ?? '').replace(/^\/api\/v1/, '').replace(/\[([^\]]+)\]/g, '{$1}');
	const methods: string[] = (Object.values(OPS) as Operation[])
		.filter((o) => o.path === path)
		.map((o) => o.method);
	if (path === '/openapi.json') methods.push('GET');
	const locale = event.locals.locale;
	if (!methods.length)
		return problemFor(new ApiProblem('not-found', 'api_error_no_such_call'), event.url, locale);
	const allow = [...new Set([...methods, ...(methods.includes('GET') ? ['HEAD'] : [])])].join(', ');
	return problemFor(
		new ApiProblem('method-not-allowed', 'api_error_method', {
			params: { allow },
			headers: { allow }
		}),
		event.url,
		locale
	);
}
