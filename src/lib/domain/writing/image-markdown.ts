/**
 * The Markdown of an uploaded image, shared by the server (the in-form upload without JavaScript)
 * and the browser (the upload from the box with JavaScript), so both write it the same way.
 */

/** The picture types an upload accepts, for a file input's `accept`. */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

/** Alt text fit for `![…]`: on one line, with brackets and backslashes escaped. */
export function markdownAlt(alt: string): string {
	return alt
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

export function imageMarkdown(alt: string, url: string): string {
	return `![${markdownAlt(alt)}](${url})`;
}

/** A text with an image's Markdown added at its end, as a paragraph of its own. */
export function appendBlock(text: string, markdown: string): string {
	const head = text.replace(/\s+$/, '');
	return head ? `${head}\n\n${markdown}\n` : `${markdown}\n`;
}
