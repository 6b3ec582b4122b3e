/**
 * The Markdown of an uploaded image, and what an upload accepts, shared by the server (the in-form
 * upload without JavaScript) and the browser (the upload from the box with JavaScript), so both
 * write it the same way and the browser refuses what the server would, before sending it.
 */

/** The picture types an upload accepts, for a file input's `accept`. */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

/** Largest upload accepted (before resizing). */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

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
