import { describe, expect, it } from 'vitest';
import { IN_PAGE, PageHtml, htmlText } from '$lib/page-html';
import { transport } from '../../hooks';
import { withPageHtml } from './page-html';

const data = () => ({
	post: { title: '<b>not markup</b>', html: '<p>post</p>', outcomeHtml: '<p>o</p>' },
	comments: [
		{ id: 1, html: '<p>one</p>', createdAt: new Date(0) },
		{ id: 2, html: null }
	]
});

describe('rendered Markdown sent once', () => {
	it('wraps every rendered-Markdown field of a rendered page, and nothing else', () => {
		const page = withPageHtml({ isDataRequest: false }, data());
		expect(page.post.html).toBeInstanceOf(PageHtml);
		expect(page.post.outcomeHtml).toBeInstanceOf(PageHtml);
		expect(page.post.title).toBe('<b>not markup</b>');
		expect(htmlText(page.comments[0].html!)).toBe('<p>one</p>');
		expect(page.comments[0].createdAt).toBeInstanceOf(Date);
		expect(page.comments[1].html).toBeNull();
	});

	it('leaves the data of a client-side navigation as it is: the browser renders it', () => {
		const raw = data();
		expect(withPageHtml({ isDataRequest: true }, raw)).toBe(raw);
	});

	it('sends a marker in the hydration data, not the markup', () => {
		const { encode, decode } = transport.PageHtml;
		const encoded = encode(new PageHtml('<p>long text</p>'));
		expect(JSON.stringify(encoded)).not.toContain('long text');
		expect(encode('<p>a string</p>')).toBe(false);
		const decoded = decode(encoded);
		expect(decoded).toBeInstanceOf(PageHtml);
		expect(htmlText(decoded)).toBe(IN_PAGE);
	});
});
