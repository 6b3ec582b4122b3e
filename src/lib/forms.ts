import type { SubmitFunction } from '@sveltejs/kit';

/** What a form action sends back when a command refused its input (see $lib/server/http). */
export type FormFailure = {
	/** Which form on the page failed, when a page has several. */
	scope?: string;
	message: string;
	fields: Record<string, string>;
	values: Record<string, unknown>;
	/** An image uploaded from inside the form without JavaScript: the form came back to go on. */
	attached?: { url: string; alt: string };
};

/** The failure in a page's `form` prop, if any (and if it belongs to the given form). */
export function failureOf(form: unknown, scope?: string): FormFailure | null {
	if (!form || typeof form !== 'object' || !('message' in form) || !('fields' in form)) return null;
	const failure = form as FormFailure;
	return scope === undefined || failure.scope === scope ? failure : null;
}

/** A success flag or value an action returned, e.g. `succeeded(form, 'saved')`. */
export function succeeded(form: unknown, key: string): boolean {
	return !!form && typeof form === 'object' && key in form && !('message' in form);
}

/**
 * For `use:enhance` on settings forms: after saving, keep what is in the fields (the saved values)
 * instead of resetting the form to the values it was rendered with.
 */
export const keepValues: SubmitFunction =
	() =>
	async ({ update }) => {
		await update({ reset: false });
	};
