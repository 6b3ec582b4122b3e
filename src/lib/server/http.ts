import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { DomainError, FieldError, Invalid, Unauthenticated } from './errors';
import { translate } from './i18n';
import { badDataFor } from './command';
import type { Actor } from '$lib/domain/members/actor';
import { loginPath } from '$lib/login';

import type { FormFailure } from '$lib/forms';

// Never echo these back into a re-rendered form.
const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'token']);

/** What formValues reads: a FormData, or the URLSearchParams of a form read at the door. */
export type FormFields = Pick<FormData, 'keys' | 'get' | 'getAll'> | URLSearchParams;

/** Read a form into a plain object; fields named in `arrays` keep every value. */
export function formValues(form: FormFields, arrays: string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		if (arrays.includes(key))
			out[key] = form.getAll(key).filter((v) => typeof v === 'string' && v !== '');
		else {
			const value = form.get(key);
			if (typeof value === 'string') out[key] = value;
		}
	}
	for (const key of arrays) out[key] ??= [];
	return out;
}

export type Attempt<T> =
	{ ok: true; value: T } | { ok: false; failure: ActionFailure<FormFailure>; retryAfter?: number };

/** Seconds to wait, for errors that say so (a per-member limit, a busy pool). */
export function retryAfterOf(err: unknown): number | undefined {
	const seconds = (err as { retryAfter?: unknown } | null)?.retryAfter;
	return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** Tell the client when to try again (429 and 503 answers). */
export function setRetryAfter(
	event: Pick<RequestEvent, 'setHeaders'>,
	seconds: number | undefined
) {
	if (seconds) event.setHeaders({ 'retry-after': String(seconds) });
}

/**
 * Run a form action's command; a domain error becomes a translated 4xx failure that re-renders
 * the form with its messages and the values sent (never passwords or tokens).
 */
export async function attempt<T>(
	values: Record<string, unknown>,
	command: () => Promise<T>,
	scope?: string
): Promise<Attempt<T>> {
	try {
		// PostgreSQL cannot store a NUL character; refuse it here, with a message, not a 500.
		if (hasNul(values)) throw new Invalid('error_bad_characters');
		return { ok: true, value: await command() };
	} catch (err) {
		if (!(err instanceof DomainError)) throw err;
		const fields =
			err instanceof FieldError
				? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, translate(v)]))
				: {};
		const safe = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
		return {
			ok: false,
			retryAfter: retryAfterOf(err),
			failure: fail(err.status, {
				scope,
				message: translate(err.messageKey, err.params),
				fields,
				values: safe
			})
		};
	}
}

/**
 * Run a query for a page or the API; a domain error becomes SvelteKit's error page (or JSON error)
 * with a translated message, and, given the event, a Retry-After header when the error has one.
 */
export async function runQuery<T>(
	query: () => Promise<T>,
	event?: Pick<RequestEvent, 'setHeaders'>
): Promise<T> {
	try {
		return await query();
	} catch (thrown) {
		const err = badDataFor(thrown) ?? thrown;
		if (err instanceof DomainError) {
			if (event) setRetryAfter(event, retryAfterOf(err));
			error(err.status, translate(err.messageKey, err.params));
		}
		throw err;
	}
}

/**
 * For a page only members see: someone not logged in goes to the log-in form, which brings them
 * back here (query included) afterwards.
 */
export function memberOrLogIn(event: Pick<RequestEvent, 'locals' | 'url'>) {
	const { actor, member } = event.locals;
	if (!actor || !member) redirect(303, loginPath(event.url.pathname + event.url.search));
	return { actor, member };
}

/** The signed-in member as an actor, or a 401 for pages that need one. */
export function requireActor(event: Pick<RequestEvent, 'locals'>): Actor {
	const actor = event.locals.actor;
	if (!actor) {
		const e = new Unauthenticated('error_login_required');
		error(e.status, translate(e.messageKey));
	}
	return actor;
}

export function requestContext(event: RequestEvent) {
	return {
		origin: event.url.origin,
		address: event.getClientAddress(),
		userAgent: event.request.headers.get('user-agent') ?? ''
	};
}

/** A numeric id from a URL parameter or form field, or 0. */
export function numberParam(value: string | null | undefined): number {
	return value && /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

/** The request's actor (built once by the server hook), or null for a visitor. */
export function actorOf(event: Pick<RequestEvent, 'locals'>): Actor | null {
	return event.locals.actor;
}

/** A translated 404 page. */
export function notFound(key: string): never {
	error(404, translate(key));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's own event type
export type AnyEvent = RequestEvent<any, any>;

/** Forms already read from their request, which can be read only once (`handOnForm`). */
const formsRead = new WeakMap<Request, FormData>();

/** The request's form: the one a wrapper already read (`handOnForm`), or read now. */
export async function formOf(event: AnyEvent): Promise<FormData> {
	return formsRead.get(event.request) ?? (await event.request.formData());
}

/**
 * A wrapper that read the form first (`withImageAttach`) hands it to the action it wraps, rather
 * than the action parsing a second copy of the same body.
 */
export function handOnForm(event: AnyEvent, form: FormData): void {
	formsRead.set(event.request, form);
}

/**
 * The one shape of a form action: the signed-in actor, the form's values, the command, and a
 * domain error turned into a translated 4xx that re-renders the form with what was typed. On
 * success it follows the command's `url` when `follow` is set, and otherwise answers
 * `{ [name]: true }` so the page can say it is done.
 */
export function formAction<T>(
	name: string,
	run: (event: AnyEvent, actor: Actor, values: Record<string, unknown>) => Promise<T>,
	options: { arrays?: string[]; follow?: boolean } = {}
) {
	return async (event: AnyEvent) => {
		const actor = requireActor(event);
		const values = formValues(await formOf(event), options.arrays);
		const result = await attempt(values, () => run(event, actor, values), name);
		if (!result.ok) {
			setRetryAfter(event, result.retryAfter);
			return result.failure;
		}
		const url = (result.value as { url?: unknown } | undefined)?.url;
		if (options.follow && typeof url === 'string') redirect(303, headerPath(url));
		return { [name]: true };
	};
}

/**
 * An address fit for a Location header. Our paths carry slugs of titles in any script
 * (`/posts/12-مرحبا`), and a header takes only ASCII: sending one unencoded is a 500. Only what
 * is not ASCII is encoded, so a query or fragment already encoded stays as it was.
 */
export const headerPath = (path: string) =>
	path.replace(/[^\p{ASCII}]+/gu, (text) => encodeURIComponent(text));

/**
 * Sends an old or partial address of a page (a changed title, the id alone) to its canonical
 * path, keeping the query.
 */
export function toCanonical(event: Pick<RequestEvent, 'url'>, path: string) {
	if (event.url.pathname !== headerPath(path)) redirect(301, headerPath(path) + event.url.search);
}

/** Does any value (or any item of a list value) hold a NUL character? */
export function hasNul(values: Record<string, unknown>): boolean {
	return Object.values(values).some((v) =>
		Array.isArray(v)
			? v.some((x) => typeof x === 'string' && x.includes('\0'))
			: typeof v === 'string' && v.includes('\0')
	);
}

/** Does any string in a value (nested lists and objects too, keys included) hold a NUL character? */
export function holdsNul(value: unknown, depth = 0): boolean {
	if (typeof value === 'string') return value.includes('\0');
	if (depth > 32 || value === null || typeof value !== 'object') return false;
	if (Array.isArray(value)) return value.some((v) => holdsNul(v, depth + 1));
	return Object.entries(value).some(([k, v]) => k.includes('\0') || holdsNul(v, depth + 1));
}

/**
 * Make every reading of the request's body answer a bad body with a translated 4xx, whoever reads
 * it (form actions, endpoints, SvelteKit itself): a body that is not the form or JSON it claims to
 * be (no boundary, a truncated part, a wrong content type) is a 400, a body over the size limit a
 * 413, and a NUL character in any value (PostgreSQL cannot store one) a 400. The server hook calls
 * this once per request, so no route can forget it.
 */
export function guardRequestBody(request: Request): void {
	const readForm = request.formData.bind(request);
	const readJson = request.json.bind(request);
	const refuse = (e: unknown): never => {
		if ((e as { status?: number })?.status === 413) error(413, translate('error_body_too_large'));
		error(400, translate('error_bad_form'));
	};
	Object.defineProperty(request, 'formData', {
		value: async () => {
			const form = await readForm().catch(refuse);
			for (const [key, value] of form)
				if (key.includes('\0') || (typeof value === 'string' && value.includes('\0')))
					error(400, translate('error_bad_characters'));
			return form;
		}
	});
	Object.defineProperty(request, 'json', {
		value: async () => {
			const body = await readJson().catch(refuse);
			if (holdsNul(body)) error(400, translate('error_bad_characters'));
			return body;
		}
	});
}
