/** Public URLs carry an id and a readable slug: `/posts/1234-why-chapters-matter`. */

/**
 * A readable URL part from a title or a name: lower case, letters and digits of any script joined
 * by hyphens, Latin accents folded ("São Paulo" → "sao-paulo"); `fallback` when nothing is left.
 * The marks other scripts write their vowels with stay ("नमस्ते"): without them a word falls apart.
 */
export function slugify(title: string, fallback = 'post'): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}

/** `/posts/12-some-title` → 12. */
export function idFromRef(ref: string): number | null {
	const match = /^(\d{1,15})(?:-|$)/.exec(ref);
	return match ? Number(match[1]) : null;
}
