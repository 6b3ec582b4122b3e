import MarkdownIt, { type StateCore } from 'markdown-it';

/**
 * Members' Markdown: CommonMark with GFM tables, strikethrough and task lists. Raw HTML is off
 * (it is shown as text), links are checked (only http, https, mailto and same-site paths), and
 * images only come from this site's own image store (`/media/…`); anything else becomes a plain
 * link. Output goes into pages with {@html}; docs/security.md explains why that is safe.
 */

/** Unicode bidirectional controls that can disguise text (e.g. a file name read backwards). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
	return text.replace(BIDI_CONTROLS, '');
}

const SAFE_SCHEME = /^(https?:|mailto:)/i;
// A scheme is letters, digits, +, - or . before a colon, and must come before any / ? or #.
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a link target may be followed: web, mail, or a path on this site. */
export function isSafeLink(url: string): boolean {
	// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
	// eslint-disable-next-line no-control-regex
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	if (compact.startsWith('//') || compact.startsWith('\\')) return false;
	if (/^\/[\\/]/.test(compact)) return false;
	if (HAS_SCHEME.test(compact)) return SAFE_SCHEME.test(compact);
	// "javascript&colon;" and friends never get here decoded; refuse any leftover colon trickery.
	return !/&(colon|#0*58|#x0*3a);?/i.test(compact);
}

/** Images may only come from this site's image store. */
export function isSafeImage(url: string): boolean {
	return /^\/media\/[A-Za-z0-9_-]+(\.[a-z0-9]+)?(\?[a-z0-9=&_-]*)?$/.test(url);
}

type Options = { headings: boolean };

/** `@handle` not preceded by a letter, digit, `_`, `@` or `/` (so e-mail addresses are left alone). */
const MENTION = /(?<![\p{L}\p{N}_@/.])@([A-Za-z0-9_]{2,30})\b/gu;

function textToken(state: StateCore, content: string) {
	const token = new state.Token('text', '', 0);
	token.content = content;
	return token;
}

function createRenderer({ headings }: Options) {
	const md = new MarkdownIt('commonmark', { html: false, linkify: true, typographer: false });
	md.enable(['table', 'strikethrough']);
	if (!headings) md.disable(['heading', 'lheading']);
	md.validateLink = isSafeLink;

	// Task lists: "- [ ] todo" / "- [x] done" become marks (read out by screen readers).
	md.core.ruler.after('inline', 'task-lists', (state) => {
		const tokens = state.tokens;
		for (let i = 2; i < tokens.length; i++) {
			const inline = tokens[i];
			if (
				inline.type !== 'inline' ||
				tokens[i - 1].type !== 'paragraph_open' ||
				tokens[i - 2].type !== 'list_item_open'
			)
				continue;
			const first = inline.children?.[0];
			const match = first?.type === 'text' ? /^\[([ xX])\]\s+/.exec(first.content) : null;
			if (!first || !match) continue;
			first.content = first.content.slice(match[0].length);
			const mark = new state.Token('task_mark', '', 0);
			mark.meta = { done: match[1] !== ' ' };
			inline.children!.unshift(mark);
			tokens[i - 2].attrJoin('class', 'task');
		}
	});
	// Mentions: "@handle" in text (not in links or code) links to the member's profile.
	md.core.ruler.after('inline', 'mentions', (state) => {
		for (const block of state.tokens) {
			if (block.type !== 'inline' || !block.children) continue;
			const out: typeof block.children = [];
			let inLink = 0;
			for (const token of block.children) {
				if (token.type === 'link_open') inLink++;
				if (token.type === 'link_close') inLink--;
				if (token.type !== 'text' || inLink > 0 || !token.content.includes('@')) {
					out.push(token);
					continue;
				}
				let last = 0;
				for (const match of token.content.matchAll(MENTION)) {
					const start = match.index;
					if (start > last) out.push(textToken(state, token.content.slice(last, start)));
					const open = new state.Token('link_open', 'a', 1);
					open.attrSet('href', `/@${match[1]}`);
					open.attrSet('class', 'mention');
					out.push(open, textToken(state, match[0]), new state.Token('link_close', 'a', -1));
					last = start + match[0].length;
				}
				if (last < token.content.length) out.push(textToken(state, token.content.slice(last)));
			}
			block.children = out;
		}
	});
	md.renderer.rules.task_mark = (tokens, idx) =>
		`<span class="task-mark">${tokens[idx].meta?.done ? '☑' : '☐'}</span> `;

	// Headings never skip a level and start below the page's own heading.
	md.core.ruler.push('heading-levels', (state) => {
		let previous = 1;
		for (const token of state.tokens) {
			if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
			if (token.type === 'heading_open') {
				const wanted = Number(token.tag.slice(1)) + 1;
				previous = Math.min(wanted, previous + 1, 6);
				token.tag = `h${Math.max(previous, 2)}`;
			} else token.tag = `h${Math.max(previous, 2)}`;
		}
	});

	const defaultLinkOpen =
		md.renderer.rules.link_open ??
		((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
	md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
		const token = tokens[idx];
		const href = String(token.attrGet('href') ?? '');
		if (/^(https?:|mailto:)/i.test(href)) token.attrSet('rel', 'nofollow ugc noopener noreferrer');
		return defaultLinkOpen(tokens, idx, options, env, self);
	};
	md.renderer.rules.image = (tokens, idx, options) => {
		const token = tokens[idx];
		const src = String(token.attrGet('src') ?? '');
		const alt = md.utils.escapeHtml(
			token.children ? md.renderer.renderInlineAsText(token.children, options, {}) : ''
		);
		if (!isSafeImage(src)) {
			// Not from our store: a link the reader can choose to follow, never a request made for them.
			if (!isSafeLink(src) || !src) return alt;
			return `<a href="${md.utils.escapeHtml(src)}" rel="nofollow ugc noopener noreferrer">${alt || md.utils.escapeHtml(src)}</a>`;
		}
		return `<img src="${md.utils.escapeHtml(src)}" alt="${alt}" loading="lazy" decoding="async">`;
	};
	return md;
}

/**
 * A renderer that remembers what it rendered. Rendering is a pure function of the text, and a
 * thread page rendered every comment's Markdown again on every request: most of its time. Kept by
 * text (an edit is new text), the least recently used going first past `maxChars` of source and
 * output together, so memory stays bounded whatever members write.
 */
export function remembering(render: (source: string) => string, maxChars = 8_000_000) {
	const kept = new Map<string, string>();
	let chars = 0;
	return (source: string): string => {
		const hit = kept.get(source);
		if (hit !== undefined) {
			kept.delete(source);
			kept.set(source, hit);
			return hit;
		}
		const html = render(source);
		kept.set(source, html);
		chars += source.length + html.length;
		for (const [oldest, out] of kept) {
			if (chars <= maxChars) break;
			kept.delete(oldest);
			chars -= oldest.length + out.length;
		}
		return html;
	};
}

const full = createRenderer({ headings: true });
const short = createRenderer({ headings: false });

/** Render a post or thread body (headings allowed, from level 2). */
export const renderMarkdown = remembering((source) => full.render(stripBidiControls(source)));

/** Render a comment (no headings: comments sit under the page's own headings). */
export const renderCommentMarkdown = remembering((source) =>
	short.render(stripBidiControls(source))
);

/**
 * Markdown reduced to the words a reader sees, for summaries, feeds' titles and search snippets:
 * no emphasis, heading or quote marks, list bullets, task boxes, code fences, table rules or
 * images, and a link keeps its text but not its address. A hyphen or underscore inside a word stays
 * ("self-managing"), so the words are the ones the text-search index read.
 */
export function markdownText(source: string): string {
	// Every repeat is bounded and stays on its line, so no text makes these take long.
	return stripBidiControls(source)
		.replace(/^ {0,3}\[[^\]\n]{1,200}\]:[ \t]*\S.*$/gm, '')
		.replace(/^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[[ xX]\]/gm, '$1')
		.replace(/!\[[^\]\n]{0,200}\](\([^)\n]{0,500}\)|\[[^\]\n]{0,200}\])/g, '')
		.replace(/\[([^\]\n]{0,200})\](\([^)\n]{0,500}\)|\[[^\]\n]{0,200}\])/g, '$1')
		.replace(/<((?:https?|mailto):[^>\s]{0,500})>/gi, '$1')
		.replace(/^[ \t]{0,3}(?:>[ \t]?){1,20}/gm, '')
		.replace(/[#*`~|]+|(?<![\p{L}\p{N}])[-_]+|[-_]+(?![\p{L}\p{N}])/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** `markdownText`, cut with an ellipsis past `length` characters. */
export function markdownExcerpt(source: string, length = 240): string {
	const text = markdownText(source);
	return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
