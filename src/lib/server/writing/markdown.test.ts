import { describe, expect, it } from 'vitest';
import {
	isSafeLink,
	markdownExcerpt,
	remembering,
	renderCommentMarkdown,
	renderMarkdown,
	stripBidiControls
} from './markdown';
import { XSS_CORPUS } from './xss-corpus';

describe('renderMarkdown', () => {
	it('renders CommonMark with GFM tables and task lists', () => {
		const html = renderMarkdown(
			'# Title\n\nSome *text* and ~~old~~.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] todo\n- [x] done'
		);
		expect(html).toContain('<h2>Title</h2>');
		expect(html).toContain('<em>text</em>');
		expect(html).toContain('<s>old</s>');
		expect(html).toContain('<table>');
		expect(html).toContain('<li class="task"><span class="task-mark">☐</span> todo</li>');
		expect(html).toContain('☑');
	});

	it('never skips a heading level', () => {
		expect(renderMarkdown('# a\n\n#### b')).toBe('<h2>a</h2>\n<h3>b</h3>\n');
	});

	it('shows raw HTML as text', () => {
		expect(renderMarkdown('<b>hi</b>')).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>\n');
	});

	it('keeps safe links and marks outside ones', () => {
		expect(renderMarkdown('[a](https://example.org)')).toContain(
			'<a href="https://example.org" rel="nofollow ugc noopener noreferrer">a</a>'
		);
		expect(renderMarkdown('[a](/blog)')).toContain('<a href="/blog">a</a>');
	});

	it('shows only images from the store', () => {
		expect(renderMarkdown('![cat](/media/abc123)')).toContain('<img src="/media/abc123" alt="cat"');
		expect(renderMarkdown('![cat](https://evil.example/c.png)')).not.toContain('<img');
	});

	it('comments have no headings', () => {
		expect(renderCommentMarkdown('# big')).toBe('<p># big</p>\n');
	});

	it.each(XSS_CORPUS)('renders hostile input inertly: %s', (input) => {
		for (const html of [renderMarkdown(input), renderCommentMarkdown(input)]) {
			expect(html).not.toMatch(
				/<(script|iframe|object|embed|svg|math|style|form|base|meta|details)\b/i
			);
			// An event-handler attribute on a real tag (quoted attribute values are escaped text).
			expect(html).not.toMatch(/<[a-z0-9]+(\s+[a-z-]+(="[^"]*")?)*\s+on[a-z]+=/i);
			expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
			expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
			for (const [, src] of html.matchAll(/<img src="([^"]*)"/g)) expect(src).toMatch(/^\/media\//);
		}
	});
});

describe('isSafeLink', () => {
	it.each([
		['https://example.org', true],
		['http://example.org', true],
		['mailto:a@example.org', true],
		['/posts/1', true],
		['#x', true],
		['javascript:alert(1)', false],
		[' javascript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['data:text/html,x', false],
		['//evil.example', false],
		['/\\evil.example', false],
		['ftp://x', false]
	])('%s → %s', (url, safe) => {
		expect(isSafeLink(url)).toBe(safe);
	});
});

it('strips direction overrides and makes excerpts', () => {
	expect(stripBidiControls('a\u202eb')).toBe('ab');
	expect(markdownExcerpt('# Hello [world](https://x.org)\n\n**bold**', 100)).toBe(
		'Hello world bold'
	);
});

it('links mentions, but not e-mail addresses, links or code', () => {
	expect(renderCommentMarkdown('thanks @ana_b! mail x@y.org `@code` [@x](/p)')).toBe(
		'<p>thanks <a href="/@ana_b" class="mention">@ana_b</a>! mail x@y.org <code>@code</code> <a href="/p">@x</a></p>\n'
	);
});

describe('remembering renderer', () => {
	it('renders a text once while it is kept, and again once it has been pushed out', () => {
		const rendered: string[] = [];
		const render = remembering((source) => {
			rendered.push(source);
			return `<p>${source}</p>`;
		}, 40);
		expect(render('one')).toBe('<p>one</p>');
		expect(render('one')).toBe('<p>one</p>');
		expect(rendered).toEqual(['one']);
		// Each entry costs its text and its output: 3 + 10 characters for "one".
		render('two');
		render('three');
		expect(render('one')).toBe('<p>one</p>');
		expect(rendered).toEqual(['one', 'two', 'three', 'one']);
	});
});
