import { describe, expect, it } from 'vitest';
import { fileResponse, withValidators } from './responses';

const get = (headers: Record<string, string> = {}) =>
	new Request('https://plenary.test/x', { headers });
const options = {
	type: 'text/csv; charset=utf-8',
	filename: 'décision 7.csv',
	modified: new Date('2026-12-01T10:00:00.400Z'),
	cache: 'private' as const,
	download: true
};

describe('files with validators', () => {
	it('names the file safely and says who may keep it', () => {
		const res = fileResponse(get(), 'a,b\r\n', options);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="d-cision-7.csv"');
		expect(res.headers.get('cache-control')).toBe('private, max-age=300');
		expect(res.headers.get('vary')).toBe('cookie');
		expect(res.headers.get('last-modified')).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
	});

	it('answers 304 while the copy is current, by ETag (weak or listed) or by date', async () => {
		const etag = fileResponse(get(), 'a,b\r\n', options).headers.get('etag')!;
		for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
			const res = fileResponse(get({ 'if-none-match': inm }), 'a,b\r\n', options);
			expect(res.status).toBe(304);
			expect(await res.text()).toBe('');
			expect(res.headers.get('etag')).toBe(etag);
			expect(res.headers.get('content-disposition')).toBeNull();
		}
		const since = { 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' };
		expect(fileResponse(get(since), 'a,b\r\n', options).status).toBe(304);
	});

	it('answers the file when it changed, whatever the date says', () => {
		const etag = fileResponse(get(), 'a,b\r\n', options).headers.get('etag')!;
		expect(fileResponse(get({ 'if-none-match': etag }), 'a,c\r\n', options).status).toBe(200);
		const older = { 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' };
		expect(fileResponse(get(older), 'a,b\r\n', options).status).toBe(200);
		// If-None-Match wins over If-Modified-Since.
		const both = {
			'if-none-match': '"stale"',
			'if-modified-since': 'Wed, 02 Dec 2026 00:00:00 GMT'
		};
		expect(fileResponse(get(both), 'a,b\r\n', options).status).toBe(200);
		expect(fileResponse(get({ 'if-modified-since': 'nonsense' }), 'a,b\r\n', options).status).toBe(
			200
		);
	});

	it('gives an answer built elsewhere (an Atom feed) the same validators', async () => {
		const feed = () =>
			new Response('<feed/>', { headers: { 'content-type': 'application/atom+xml' } });
		const first = await withValidators(get(), feed());
		expect(first.headers.get('content-type')).toBe('application/atom+xml');
		const etag = first.headers.get('etag')!;
		expect((await withValidators(get({ 'if-none-match': etag }), feed())).status).toBe(304);
		const missing = new Response('gone', { status: 404 });
		expect(await withValidators(get({ 'if-none-match': '*' }), missing)).toBe(missing);
	});
});
