/**
 * Atom feeds (RFC 4287). Feeds are anonymous, so they carry public content only. Content is
 * the same safe HTML the pages show, escaped as Atom's `type="html"` requires.
 */
export type FeedEntry = {
	id: string;
	title: string;
	url: string;
	updated: Date;
	published?: Date;
	author: { name: string; uri?: string };
	html: string;
	categories?: string[];
	language?: string;
};

export type Feed = {
	id: string;
	title: string;
	subtitle?: string;
	selfUrl: string;
	pageUrl: string;
	language?: string;
	entries: FeedEntry[];
};

// XML 1.0 forbids most control characters even when escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlEscape(text: string): string {
	return text
		.replace(XML_INVALID, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** A tag URI (RFC 4151) that stays the same when the site moves. */
export function tagUri(origin: string, path: string): string {
	const host = new URL(origin).hostname;
	return `tag:${host},2012:${path}`;
}

export function renderAtom(feed: Feed): string {
	const updated = feed.entries.reduce<Date>(
		(latest, e) => (e.updated > latest ? e.updated : latest),
		new Date(0)
	);
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${xmlEscape(feed.language)}"` : ''}>`,
		`<id>${xmlEscape(feed.id)}</id>`,
		`<title>${xmlEscape(feed.title)}</title>`,
		feed.subtitle ? `<subtitle>${xmlEscape(feed.subtitle)}</subtitle>` : '',
		`<updated>${(feed.entries.length ? updated : new Date(0)).toISOString()}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${xmlEscape(feed.pageUrl)}"/>`,
		`<author><name>${xmlEscape(feed.title)}</name></author>`,
		'<generator>Plenary</generator>'
	];
	for (const e of feed.entries) {
		lines.push(
			`<entry${e.language ? ` xml:lang="${xmlEscape(e.language)}"` : ''}>`,
			`<id>${xmlEscape(e.id)}</id>`,
			`<title>${xmlEscape(e.title)}</title>`,
			`<link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
			`<updated>${e.updated.toISOString()}</updated>`,
			e.published ? `<published>${e.published.toISOString()}</published>` : '',
			`<author><name>${xmlEscape(e.author.name)}</name>${e.author.uri ? `<uri>${xmlEscape(e.author.uri)}</uri>` : ''}</author>`,
			...(e.categories ?? []).map((c) => `<category term="${xmlEscape(c)}"/>`),
			`<content type="html">${xmlEscape(e.html)}</content>`,
			'</entry>'
		);
	}
	lines.push('</feed>');
	return lines.filter(Boolean).join('\n');
}

export function atomResponse(feed: Feed): Response {
	return new Response(renderAtom(feed), {
		headers: {
			'content-type': 'application/atom+xml; charset=utf-8',
			'cache-control': 'public, max-age=300'
		}
	});
}
