import type { Transport } from '@sveltejs/kit';
import { IN_PAGE, PageHtml } from '$lib/page-html';

// Rendered Markdown is in the page's markup already: its hydration data carries only a marker.
export const transport: Transport = {
	PageHtml: {
		encode: (value) => value instanceof PageHtml && [],
		decode: () => new PageHtml(IN_PAGE)
	}
};
