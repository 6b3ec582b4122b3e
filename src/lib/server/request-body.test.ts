/** A body that is not what it claims, or holds a NUL, is a translated 4xx whoever reads it. */
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { guardRequestBody } from './http';

function post(body: BodyInit, contentType?: string) {
	const request = new Request('http://localhost/x', {
		method: 'POST',
		body,
		headers: contentType ? { 'content-type': contentType } : {}
	});
	guardRequestBody(request);
	return request;
}

async function statusOf(read: Promise<unknown>): Promise<[number, string]> {
	try {
		await read;
	} catch (e) {
		if (isHttpError(e)) return [e.status, e.body.message];
	}
	return [200, ''];
}

describe('guardRequestBody', () => {
	it.each([
		['a multipart body without a boundary', 'x', 'multipart/form-data'],
		[
			'a truncated multipart body',
			'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
			'multipart/form-data; boundary=xyz'
		],
		['an empty boundary', '--\r\n', 'multipart/form-data; boundary='],
		['a body that is no form at all', 'hello', 'application/octet-stream']
	])('answers %s with a translated 400', async (_what, body, type) => {
		expect(await statusOf(post(body, type).formData())).toEqual([
			400,
			'The form could not be read. Please send it again.'
		]);
	});

	it('answers a NUL in a form value or name with a translated 400', async () => {
		const form = new FormData();
		form.set('title', 'a\0b');
		expect((await statusOf(post(form).formData()))[0]).toBe(400);
		expect(
			(await statusOf(post('x%00y=1', 'application/x-www-form-urlencoded').formData()))[0]
		).toBe(400);
	});

	it('answers malformed JSON, and a NUL anywhere in JSON, with a translated 400', async () => {
		expect((await statusOf(post('{"a":', 'application/json').json()))[0]).toBe(400);
		const [status, message] = await statusOf(
			post('{"a": [{"b": "x\\u0000"}]}', 'application/json').json()
		);
		expect([status, message]).toEqual([
			400,
			'This address or form contains characters that cannot be used (such as a null character).'
		]);
	});

	it('lets a good form and good JSON through', async () => {
		const form = new FormData();
		form.set('title', 'Hello');
		expect((await post(form).formData()).get('title')).toBe('Hello');
		expect(await post('{"a": 1}', 'application/json').json()).toEqual({ a: 1 });
	});
});
