/**
 * Rendered Markdown on its way to a page, sent once.
 *
 * A page's server data is used twice: to render the HTML, and serialised into the page as the data
 * the browser hydrates from. Rendered Markdown (comments, posts, proposals) would then travel
 * twice, once as markup and once as a string in the hydration data: a fifth of a long thread's
 * bytes. `withPageHtml` ($lib/server/page-html) wraps each such string in a PageHtml when a page is
 * rendered; the `transport` hook (src/hooks.ts) sends the wrapper as an empty marker, and `Prose`
 * keeps the markup the server already put in the page. Data fetched for a client-side navigation
 * is not wrapped: it carries the HTML, which is then rendered in the browser.
 */
export class PageHtml {
	/**
	 * `html` is the markup on the server; in the browser it is IN_PAGE until `Prose` has read the
	 * server's markup back from the page (so a component shown again later still has it).
	 */
	constructor(public html: string) {}
}

/**
 * What a marker holds in the browser before `Prose` reads the markup back. Not empty: Svelte adopts
 * the server's nodes while hydrating `{@html}` only for a value that is not empty (an empty one
 * leaves them behind, a hydration mismatch), and it is an HTML comment, so it shows nothing
 * should a text never rendered on the server ever be shown.
 */
export const IN_PAGE = '<!--in page-->';

/** Rendered Markdown as a component receives it. */
export type Html = string | PageHtml;

export const htmlText = (html: Html): string => (typeof html === 'string' ? html : html.html);

/**
 * Called by a component showing page HTML once it is in the document: while hydrating a page whose
 * data carried only a marker, the markup is the server's, already inside `element`. It is kept on
 * the marker, so the same text shown again later has it.
 */
export function keepServerMarkup(html: Html, element: HTMLElement) {
	if (html instanceof PageHtml && html.html === IN_PAGE) html.html = element.innerHTML;
}
