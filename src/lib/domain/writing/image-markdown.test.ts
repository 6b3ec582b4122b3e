import { describe, expect, it } from 'vitest';
import { appendBlock, imageMarkdown, markdownAlt } from './image-markdown';

describe('image Markdown', () => {
	it('escapes what would end the alt text and keeps it on one line', () => {
		expect(markdownAlt('  a [red]\n flag \\ ')).toBe('a \\[red\\] flag \\\\');
		expect(imageMarkdown('', '/media/abc')).toBe('![](/media/abc)');
		expect(imageMarkdown('مسيرة', '/media/abc')).toBe('![مسيرة](/media/abc)');
	});

	it('adds the image as its own paragraph at the end of the text', () => {
		expect(appendBlock('', '![](/media/a)')).toBe('![](/media/a)\n');
		expect(appendBlock('Hello\n\n  ', '![](/media/a)')).toBe('Hello\n\n![](/media/a)\n');
	});
});
