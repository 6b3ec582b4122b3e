import {
	ClockSkewInvalidError,
	genDigestHeaderBothRFC3230AndRFC9530,
	parseRequestSignature,
	signAsDraftToRequest,
	verifyDigestHeader,
	verifyDraftSignature,
	type RequestLike
} from '@misskey-dev/node-http-message-signatures';

/**
 * HTTP signatures as Mastodon and the others use them (the "draft-cavage" scheme, RSA-SHA256,
 * over the request line, host, date and the body's digest), made and checked by a maintained
 * library; this file only fixes our choices: what must be signed, and how old a signature may be.
 */
export const SIGNED_COMPONENTS = ['(request-target)', 'host', 'date', 'digest'];
/** A signature dated more than this in the past is refused (a replayed request)… */
export const MAX_AGE_MS = 60 * 60 * 1000;
/** …and one dated more than this in the future (a clock too far ahead). */
export const MAX_AHEAD_MS = 5 * 60 * 1000;

export type SigningKey = { keyId: string; privateKeyPem: string };

/**
 * What a GET signs: servers in "authorized fetch" (secure) mode refuse an unsigned fetch of their
 * actors and posts. A GET has no body, so no digest.
 */
export const SIGNED_GET_COMPONENTS = ['(request-target)', 'host', 'date'];

/** Headers for a signed POST of `body` to `url`. */
export async function signedPostHeaders(
	url: string,
	body: string,
	key: SigningKey,
	now = new Date()
): Promise<Record<string, string>> {
	const request = requestTo('POST', url, now, { 'content-type': 'application/activity+json' });
	request.body = body;
	await genDigestHeaderBothRFC3230AndRFC9530(request, body, 'SHA-256');
	return signed(request, key, SIGNED_COMPONENTS);
}

/** Headers for a signed GET of `url`, asking for `accept`. */
export async function signedGetHeaders(
	url: string,
	accept: string,
	key: SigningKey,
	now = new Date()
): Promise<Record<string, string>> {
	return signed(requestTo('GET', url, now, { accept }), key, SIGNED_GET_COMPONENTS);
}

function requestTo(
	method: 'GET' | 'POST',
	url: string,
	now: Date,
	headers: Record<string, string>
): RequestLike {
	const target = new URL(url);
	return {
		method,
		url: target.href,
		headers: { date: now.toUTCString(), host: target.host, ...headers }
	};
}

async function signed(request: RequestLike, key: SigningKey, components: string[]) {
	await signAsDraftToRequest(request, key, components);
	// The library writes some names capitalised; headers are case-blind, plain objects are not.
	return Object.fromEntries(
		Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), String(value)])
	);
}

/** Why a request's signature was refused: each maps to its own problem detail. */
export type SignatureFault =
	'unsigned' | 'malformed' | 'stale' | 'digest' | 'unknown-key' | 'bad-signature';

export class SignatureRefused extends Error {
	constructor(readonly fault: SignatureFault) {
		super(fault);
	}
}

/** The signature's key id, once its form, its date and the body's digest have been checked. */
export async function checkedSignature(request: Request, body: string, now = new Date()) {
	const signed = request.headers.get('signature') ?? request.headers.get('authorization');
	if (!signed) throw new SignatureRefused('unsigned');
	const date = Date.parse(request.headers.get('date') ?? '');
	if (Number.isNaN(date)) throw new SignatureRefused('malformed');
	let parsed;
	try {
		parsed = parseRequestSignature(request, {
			requiredComponents: { draft: SIGNED_COMPONENTS },
			clockSkew: { now, delay: MAX_AGE_MS, forward: MAX_AHEAD_MS }
		});
	} catch (e) {
		throw new SignatureRefused(e instanceof ClockSkewInvalidError ? 'stale' : 'malformed');
	}
	if (parsed.version !== 'draft') throw new SignatureRefused('malformed');
	if (!(await verifyDigestHeader(request, body, true))) throw new SignatureRefused('digest');
	return { keyId: parsed.value.keyId, parsed: parsed.value };
}

export async function signatureMatches(
	parsed: Awaited<ReturnType<typeof checkedSignature>>['parsed'],
	publicKeyPem: string
): Promise<boolean> {
	try {
		return await verifyDraftSignature(parsed, publicKeyPem);
	} catch {
		return false;
	}
}
