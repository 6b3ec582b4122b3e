/**
 * Remote posts arrive as HTML written by another server. We keep plain text only, shown escaped
 * like any text: whatever markup it held can do nothing here. Paragraphs and line breaks survive
 * as line breaks; every tag goes; the common character references are decoded once.
 */
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

export function htmlToText(html: string, max = 5000): string {
	const text = html
		.replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/blockquote)\b[^>]*>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
			if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return code > 0 && code <= 0x10ffff && code !== 0 ? String.fromCodePoint(code) : '';
		})
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A link from another server, kept only if it is an http(s) URL (never `javascript:` and the like). */
export function httpUrl(value: string | null | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

/**
 * Plain text as Markdown that renders to exactly that text (every ASCII punctuation mark escaped,
 * each line break kept): a reply from another server shown to a jury reads as it came.
 */
export function markdownLiteral(text: string): string {
	return text.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/\n/g, '\\\n');
}
