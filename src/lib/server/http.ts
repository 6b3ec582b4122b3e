import { error, fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { DomainError, FieldError, Unauthenticated } from './errors';
import { translate } from './i18n';
import type { Actor } from './members/policy';

import type { FormFailure } from '$lib/forms';

// Never echo these back into a re-rendered form.
const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'token']);

/** Read a form into a plain object; fields named in `arrays` keep every value. */
export function formValues(form: FormData, arrays: string[] = []): Record<string, unknown> {
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
	{ ok: true; value: T } | { ok: false; failure: ActionFailure<FormFailure> };

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
			failure: fail(err.status, {
				scope,
				message: translate(err.messageKey, err.params),
				fields,
				values: safe
			})
		};
	}
}

/** Run a query for a page; a domain error becomes SvelteKit's error page with a translated message. */
export async function runQuery<T>(query: () => Promise<T>): Promise<T> {
	try {
		return await query();
	} catch (err) {
		if (err instanceof DomainError) error(err.status, translate(err.messageKey, err.params));
		throw err;
	}
}

/** The signed-in member as an actor, or a 401 for pages that need one. */
export function requireActor(event: Pick<RequestEvent, 'locals'>): Actor {
	const member = event.locals.member;
	if (!member) {
		const e = new Unauthenticated('error_login_required');
		error(e.status, translate(e.messageKey));
	}
	return { id: member.id, tier: member.tier };
}

export function requestContext(event: RequestEvent) {
	return {
		origin: event.url.origin,
		address: event.getClientAddress(),
		userAgent: event.request.headers.get('user-agent') ?? ''
	};
}
