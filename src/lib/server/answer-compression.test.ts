import { describe, expect, it, vi } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressAnswer, encodingFor } from './answer-compression';

const page = '<!doctype html><p>' + 'Plenary decides together. '.repeat(200) + '</p>';

function answer(body: string | null, headers: Record<string, string> = {}, status = 200) {
	return new Response(body, {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8', ...headers }
	});
}
const asking = (encoding: string | null, method = 'GET') =>
	new Request('http://localhost/', {
		method,
		headers: encoding === null ? {} : { 'accept-encoding': encoding }
	});

describe('answers compressed on the way out', () => {
	it('sends brotli to a client that takes it, and the same bytes come back out', async () => {
		const out = compressAnswer(asking('gzip, deflate, br'), answer(page, { etag: '"x"' }));
		expect(out.headers.get('content-encoding')).toBe('br');
		expect(out.headers.get('vary')).toContain('Accept-Encoding');
		expect(out.headers.get('etag')).toBe('"x"');
		const packed = Buffer.from(await out.arrayBuffer());
		expect(packed.byteLength).toBeLessThan(page.length / 10);
		expect(brotliDecompressSync(packed).toString()).toBe(page);
	});

	it('sends gzip to a client that takes only gzip, keeping the status and every cookie', async () => {
		const source = answer(page, { 'content-length': String(page.length) }, 404);
		source.headers.append('set-cookie', 'a=1; Path=/');
		source.headers.append('set-cookie', 'b=2; Path=/');
		const out = compressAnswer(asking('gzip'), source);
		expect(out.status).toBe(404);
		expect(out.headers.get('content-encoding')).toBe('gzip');
		expect(out.headers.get('content-length')).toBeNull();
		expect(out.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
		expect(gunzipSync(Buffer.from(await out.arrayBuffer())).toString()).toBe(page);
	});

	it('leaves alone what is not worth it or must not be touched', () => {
		const cases: [Request, Response][] = [
			[asking(null), answer(page)],
			[asking('br;q=0, gzip;q=0'), answer(page)],
			[asking('br', 'HEAD'), answer(null)],
			[asking('br'), answer(page, { 'content-type': 'text/event-stream' })],
			[asking('br'), answer(page, { 'content-type': 'image/png' })],
			[asking('br'), answer(page, { 'content-encoding': 'gzip' })],
			[asking('br'), answer('<p>short</p>', { 'content-length': '12' })],
			[asking('br'), answer(null, {}, 204)],
			// The framework turns it into a 304 without a body.
			[
				new Request('http://localhost/', {
					headers: { 'accept-encoding': 'br', 'if-none-match': 'W/"x"' }
				}),
				answer(page, { etag: '"x"' })
			]
		];
		for (const [request, response] of cases)
			expect(compressAnswer(request, response)).toBe(response);
	});

	it('compresses JSON answers too, and a streamed answer chunk by chunk', async () => {
		let push!: (text: string | null) => void;
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				push = (text) =>
					text === null ? controller.close() : controller.enqueue(new TextEncoder().encode(text));
			}
		});
		const out = compressAnswer(
			asking('gzip'),
			new Response(stream, { headers: { 'content-type': 'application/json' } })
		);
		expect(out.headers.get('content-encoding')).toBe('gzip');
		const reader = out.body!.getReader();
		push('{"first": true,');
		// The first part arrives before the rest is written.
		const first = await reader.read();
		expect(first.value?.byteLength).toBeGreaterThan(0);
		push(' "second": true}');
		push(null);
		const parts = [first.value!];
		for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
		expect(gunzipSync(Buffer.concat(parts)).toString()).toBe('{"first": true, "second": true}');
	});

	it('stops reading a long answer when the client goes away', async () => {
		let cancelled = false;
		const endless = new ReadableStream<Uint8Array>({
			pull: (controller) => controller.enqueue(new TextEncoder().encode('row,'.repeat(500))),
			cancel: () => void (cancelled = true)
		});
		const out = compressAnswer(
			asking('gzip'),
			new Response(endless, { headers: { 'content-type': 'text/csv' } })
		);
		const reader = out.body!.getReader();
		await reader.read();
		await reader.cancel();
		await vi.waitFor(() => expect(cancelled).toBe(true));
	});

	it('reads the accepted encodings as browsers and proxies write them', () => {
		expect(encodingFor('gzip, deflate, br, zstd')).toBe('br');
		expect(encodingFor('GZIP')).toBe('gzip');
		expect(encodingFor('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(encodingFor('identity')).toBeNull();
		expect(encodingFor(null)).toBeNull();
	});
});
