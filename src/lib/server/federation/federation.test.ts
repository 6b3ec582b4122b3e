import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actorName, parseAcct, parseActorName, postIdOf } from './names';
import { isPrivateAddress, safeFetch } from './safe-fetch';
import { checkedSignature, signatureMatches, signedPostHeaders } from './signatures';
import { htmlToText, httpUrl } from './text';

const origin = 'https://plenary.example.org';

describe('actor names', () => {
	it.each([
		['ana_m', { kind: 'member', handle: 'ana_m' }],
		['organisation.blog', { kind: 'organisation' }],
		['chapter.recife-brazil', { kind: 'chapter', slug: 'recife-brazil' }],
		['chapter.', null],
		['chapter.../etc', null],
		['a.b', null],
		['', null]
	])('%s', (name, ref) => {
		expect(parseActorName(name)).toEqual(ref);
		if (ref) expect(actorName(ref as never).toLowerCase()).toBe(name.toLowerCase());
	});

	it('reads acct: resources and our post ids, and nothing else', () => {
		expect(parseAcct('acct:ana@plenary.example.org')).toEqual({
			name: 'ana',
			host: 'plenary.example.org'
		});
		expect(parseAcct('@ana@Example.ORG:8443')).toEqual({ name: 'ana', host: 'example.org:8443' });
		expect(parseAcct('ana')).toBeNull();
		expect(postIdOf(origin, `${origin}/ap/posts/12`)).toBe(12);
		expect(postIdOf(origin, `https://elsewhere.example/ap/posts/12`)).toBeNull();
		expect(postIdOf(origin, `${origin}/ap/posts/12/../13`)).toBeNull();
	});
});

describe('remote text', () => {
	it('keeps plain text only, whatever the markup', () => {
		expect(htmlToText('<p>One &amp; <b>two</b></p><p>three<br>four</p><script>x()</script>')).toBe(
			'One & two\nthree\nfour\nx()'
		);
		expect(htmlToText('&#60;img src=x onerror=y&#62;')).toBe('<img src=x onerror=y>');
		expect(htmlToText('x'.repeat(6000)).length).toBe(5000);
	});

	it('keeps only web links', () => {
		expect(httpUrl('https://a.example/x')).toBe('https://a.example/x');
		expect(httpUrl('javascript:alert(1)')).toBeNull();
		expect(httpUrl('data:text/html,hi')).toBeNull();
		expect(httpUrl('not a url')).toBeNull();
	});
});

describe('outgoing requests', () => {
	it.each([
		['127.0.0.1', true],
		['10.1.2.3', true],
		['169.254.169.254', true],
		['192.168.0.1', true],
		['::1', true],
		['::ffff:127.0.0.1', true],
		['fd00::1', true],
		['93.184.216.34', false],
		['2606:4700::1111', false]
	])('%s is private: %s', (address, expected) => {
		expect(isPrivateAddress(address)).toBe(expected);
	});

	it('refuses loopback, plain http and credentials unless allowed', async () => {
		await expect(
			safeFetch('https://127.0.0.1:1/', { allowPrivateNetworks: false })
		).rejects.toThrow(/private/);
		await expect(safeFetch('http://example.org/', { allowPrivateNetworks: false })).rejects.toThrow(
			/refused/
		);
		await expect(
			safeFetch('https://user:pw@example.org/', { allowPrivateNetworks: false })
		).rejects.toThrow(/refused/);
		await expect(
			safeFetch('https://localhost:1/', { allowPrivateNetworks: false })
		).rejects.toThrow(/private/);
	});
});

describe('HTTP signatures', () => {
	const { publicKey, privateKey } = generateKeyPairSync('rsa', {
		modulusLength: 2048,
		publicKeyEncoding: { type: 'spki', format: 'pem' },
		privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
	});
	const other = generateKeyPairSync('rsa', {
		modulusLength: 2048,
		publicKeyEncoding: { type: 'spki', format: 'pem' },
		privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
	});
	const inbox = `${origin}/ap/inbox`;
	const key = { keyId: 'https://remote.example/actor#main-key', privateKeyPem: privateKey };
	const request = (headers: Record<string, string>, body: string) =>
		new Request(inbox, { method: 'POST', headers, body });

	it('verifies what it signed, with the right key only', async () => {
		const body = '{"type":"Follow"}';
		const signed = await checkedSignature(
			request(await signedPostHeaders(inbox, body, key), body),
			body
		);
		expect(signed.keyId).toBe(key.keyId);
		expect(await signatureMatches(signed.parsed, publicKey)).toBe(true);
		expect(await signatureMatches(signed.parsed, other.publicKey)).toBe(false);
	});

	it('refuses a missing signature, a changed body and an old date', async () => {
		const body = '{"type":"Follow"}';
		const headers = await signedPostHeaders(inbox, body, key);
		await expect(checkedSignature(request({}, body), body)).rejects.toMatchObject({
			fault: 'unsigned'
		});
		await expect(
			checkedSignature(request(headers, '{"type":"Undo"}'), '{"type":"Undo"}')
		).rejects.toMatchObject({ fault: 'digest' });
		const old = await signedPostHeaders(inbox, body, key, new Date(Date.now() - 2 * 3600_000));
		await expect(checkedSignature(request(old, body), body)).rejects.toMatchObject({
			fault: 'stale'
		});
		const { date: _date, ...undated } = headers;
		await expect(checkedSignature(request(undated, body), body)).rejects.toMatchObject({
			fault: 'malformed'
		});
	});
});
