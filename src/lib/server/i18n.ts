import * as messages from '$lib/paraglide/messages.js';
import { getLocale, locales, type Locale } from '$lib/paraglide/runtime.js';

type MessageFn = (params?: Record<string, unknown>, options?: { locale?: Locale }) => string;
const catalogue = messages as unknown as Record<string, MessageFn>;

/** Translate a message key held in data (an error's key, a setting's default) on the server. */
export function translate(
	key: string,
	params: Record<string, unknown> = {},
	locale?: Locale
): string {
	const fn = catalogue[key];
	if (!fn) return key;
	return fn(params, { locale: locale ?? getLocale() });
}

export function isLocale(value: string | undefined | null): value is Locale {
	return !!value && (locales as readonly string[]).includes(value);
}

/** Best supported locale for an Accept-Language header (q-values honoured). */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
	if (!header) return undefined;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...rest] = part.trim().split(';');
			const q = rest.find((p) => p.trim().startsWith('q='));
			return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.filter((entry) => entry.tag && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const base = tag.split('-')[0];
		if (isLocale(base)) return base;
	}
	return undefined;
}

export type { Locale };
