/**
 * RFC 9457 problem details: every error the API answers is `application/problem+json` with a
 * `type` (a link to the reference page's list of problems), a translated `title` and `detail`,
 * the `status`, and for bad input `errors`, one translated message per field. The domain errors
 * every command throws (src/lib/server/errors.ts) map one to one, so the API says what the form
 * would have said.
 */
import { DomainError, FieldError } from '$lib/server/errors';
import type { Locale } from '$lib/paraglide/runtime.js';
import { translate } from '$lib/server/i18n';
import { retryAfterOf } from '$lib/server/http';

/** Each kind of problem the API answers, its status, and the key of its translated title. */
export const PROBLEMS = {
	'bad-request': { status: 400, title: 'api_problem_bad_request' },
	invalid: { status: 400, title: 'api_problem_invalid' },
	'malformed-json': { status: 400, title: 'api_problem_malformed_json' },
	unauthenticated: { status: 401, title: 'api_problem_unauthenticated' },
	'invalid-token': { status: 401, title: 'api_problem_invalid_token' },
	forbidden: { status: 403, title: 'api_problem_forbidden' },
	'insufficient-scope': { status: 403, title: 'api_problem_insufficient_scope' },
	'not-found': { status: 404, title: 'api_problem_not_found' },
	'method-not-allowed': { status: 405, title: 'api_problem_method_not_allowed' },
	conflict: { status: 409, title: 'api_problem_conflict' },
	gone: { status: 410, title: 'api_problem_gone' },
	'precondition-failed': { status: 412, title: 'api_problem_precondition_failed' },
	'body-too-large': { status: 413, title: 'api_problem_body_too_large' },
	'unsupported-media-type': { status: 415, title: 'api_problem_unsupported_media_type' },
	'too-many-requests': { status: 429, title: 'api_problem_too_many_requests' },
	unexpected: { status: 500, title: 'api_problem_unexpected' }
} as const;
export type ProblemKind = keyof typeof PROBLEMS;

/** Where each problem type is explained (the reference page's section for it). */
export const PROBLEM_BASE = '/developers#problem-';

export type Problem = {
	type: string;
	title: string;
	status: number;
	detail: string;
	instance?: string;
	errors?: Record<string, string>;
};

/** A problem to answer, thrown inside the API's plumbing and turned into a response once. */
export class ApiProblem extends Error {
	constructor(
		readonly kind: ProblemKind,
		readonly detailKey: string,
		readonly options: {
			params?: Record<string, string | number>;
			errors?: Record<string, string>;
			headers?: Record<string, string>;
		} = {}
	) {
		super(detailKey);
	}
}

function kindOfStatus(status: number): ProblemKind {
	const found = (Object.keys(PROBLEMS) as ProblemKind[]).find(
		(k) => PROBLEMS[k].status === status && k !== 'insufficient-scope' && k !== 'invalid-token'
	);
	return found ?? (status >= 500 ? 'unexpected' : 'bad-request');
}

/** The response for a problem: translated in the request's language (the hook has set it). */
export function problemResponse(
	kind: ProblemKind,
	detail: string,
	origin: string,
	locale: Locale,
	more: {
		errors?: Record<string, string>;
		headers?: Record<string, string>;
		instance?: string;
	} = {}
): Response {
	const { status, title } = PROBLEMS[kind];
	const body: Problem = {
		type: `${origin}${PROBLEM_BASE}${kind}`,
		title: translate(title, {}, locale),
		status,
		detail
	};
	if (more.instance) body.instance = more.instance;
	if (more.errors && Object.keys(more.errors).length) body.errors = more.errors;
	return problemDocument(body, more.headers);
}

/**
 * A problem document as an answer, never cached. Shared by every surface that answers RFC 9457
 * problems (this API, the federation inboxes), which each choose their own `type` URIs.
 */
export function problemDocument(body: Problem, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), {
		status: body.status,
		headers: {
			'content-type': 'application/problem+json; charset=utf-8',
			'cache-control': 'no-store',
			...headers
		}
	});
}

/**
 * Any thrown value as a problem: an ApiProblem as it says, a domain error by its status with its
 * message and fields translated, and anything else (a bug) a logged 500 that says nothing more.
 */
export function problemFor(err: unknown, url: URL, locale: Locale): Response {
	const instance = url.pathname;
	const t = (key: string, params?: Record<string, string | number>) =>
		translate(key, params, locale);
	if (err instanceof ApiProblem) {
		const errors = err.options.errors
			? Object.fromEntries(Object.entries(err.options.errors).map(([k, v]) => [k, t(v)]))
			: undefined;
		return problemResponse(err.kind, t(err.detailKey, err.options.params), url.origin, locale, {
			errors,
			headers: err.options.headers,
			instance
		});
	}
	if (err instanceof DomainError) {
		const kind =
			err instanceof FieldError && err.status === 400 ? 'invalid' : kindOfStatus(err.status);
		const errors =
			err instanceof FieldError
				? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, t(v)]))
				: undefined;
		const retry = retryAfterOf(err);
		const headers: Record<string, string> = retry ? { 'retry-after': String(retry) } : {};
		if (err.status === 401) headers['www-authenticate'] = 'Bearer realm="api"';
		return problemResponse(kind, t(err.messageKey, err.params), url.origin, locale, {
			errors,
			headers,
			instance
		});
	}
	const status = (err as { status?: unknown })?.status;
	// SvelteKit's own errors (error(404, …) from a shared helper) keep their status and message.
	if (typeof status === 'number' && status >= 400 && status < 500) {
		const message = (err as { body?: { message?: unknown } }).body?.message;
		return problemResponse(
			kindOfStatus(status),
			typeof message === 'string' ? message : t(PROBLEMS[kindOfStatus(status)].title),
			url.origin,
			locale,
			{ instance }
		);
	}
	console.error('[api]', err);
	return problemResponse('unexpected', t('error_unexpected'), url.origin, locale, { instance });
}
