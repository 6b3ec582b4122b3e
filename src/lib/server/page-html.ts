import type { RequestEvent } from '@sveltejs/kit';
import { PageHtml, type Html } from '$lib/page-html';

/** Fields of page data that hold rendered Markdown: `html`, `outcomeHtml`, `needsHtml`… */
type HtmlKey = 'html' | `${string}Html`;
type Wrapped<V> = V extends string ? Html : V;

/** Page data with its rendered Markdown wrapped (see $lib/page-html). */
export type WithPageHtml<T> = T extends Date | string | number | boolean | bigint | null | undefined
	? T
	: T extends readonly (infer U)[]
		? WithPageHtml<U>[]
		: T extends object
			? { [K in keyof T]: K extends HtmlKey ? Wrapped<T[K]> : WithPageHtml<T[K]> }
			: T;

const isHtmlKey = (key: string) => key === 'html' || key.endsWith('Html');

function wrap(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(wrap);
	if (
		value === null ||
		typeof value !== 'object' ||
		Object.getPrototypeOf(value) !== Object.prototype
	)
		return value;
	const out: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(value))
		out[key] = typeof field === 'string' && isHtmlKey(key) ? new PageHtml(field) : wrap(field);
	return out;
}

/**
 * A page's data, with every rendered-Markdown string wrapped when the page itself is rendered, so
 * its hydration data does not carry the HTML a second time. A client-side navigation's data
 * request gets the strings: the browser renders them.
 */
export function withPageHtml<T>(
	event: Pick<RequestEvent, 'isDataRequest'>,
	data: T
): WithPageHtml<T> {
	return (event.isDataRequest ? data : wrap(data)) as WithPageHtml<T>;
}
