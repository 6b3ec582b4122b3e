/**
 * The server's half of RFC 9474 (RSABSSA-SHA384-PSS-Deterministic), on node:crypto: it signs a
 * blinded message it cannot read, and later verifies the unblinded signature on a token it has
 * never seen. The browser's half (blinding and finalising) is `@cloudflare/blindrsa-ts`
 * (src/lib/unlinkable/client.ts). Signing is the raw RSA operation (RFC 8017 RSASP1), checked by
 * the public operation before anything leaves (RFC 9474 §4.3: a faulty signature could leak the
 * key). The final signature is an ordinary RSASSA-PSS signature (SHA-384, 48-byte salt), which
 * node:crypto verifies.
 */
import {
	constants,
	createHash,
	createPrivateKey,
	createPublicKey,
	generateKeyPair,
	privateDecrypt,
	publicEncrypt,
	randomBytes,
	timingSafeEqual,
	verify
} from 'node:crypto';
import { promisify } from 'node:util';

/** 2048-bit keys: strong enough for a vote that lasts weeks, fast enough to make per decision. */
export const MODULUS_BITS = 2048;
export const MODULUS_BYTES = MODULUS_BITS / 8;
/** The token a browser makes: 32 random bytes. */
export const TOKEN_BYTES = 32;

export type KeyPair = { publicKey: string; privateKey: string };

const generate = promisify(generateKeyPair);

/** A new key pair: SubjectPublicKeyInfo and PKCS #8, DER in base64. */
export async function newKeyPair(): Promise<KeyPair> {
	const { publicKey, privateKey } = await generate('rsa', {
		modulusLength: MODULUS_BITS,
		publicExponent: 0x10001,
		publicKeyEncoding: { type: 'spki', format: 'der' },
		privateKeyEncoding: { type: 'pkcs8', format: 'der' }
	});
	return {
		publicKey: Buffer.from(publicKey).toString('base64'),
		privateKey: Buffer.from(privateKey).toString('base64')
	};
}

const publicKeyOf = (spki: string) =>
	createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' });

/**
 * BlindSign (RFC 9474 §4.3): s = m^d mod n, then m = s^e mod n is checked. Null when the blinded
 * message is not an integer below the modulus of the right length (a malformed request).
 */
export function blindSign(keys: KeyPair, blinded: Uint8Array): Uint8Array | null {
	if (blinded.length !== MODULUS_BYTES) return null;
	try {
		const key = createPrivateKey({
			key: Buffer.from(keys.privateKey, 'base64'),
			format: 'der',
			type: 'pkcs8'
		});
		const signature = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, blinded);
		const back = publicEncrypt(
			{ key: publicKeyOf(keys.publicKey), padding: constants.RSA_NO_PADDING },
			signature
		);
		return timingSafeEqual(back, Buffer.from(blinded)) ? new Uint8Array(signature) : null;
	} catch {
		// OpenSSL refuses a message not below the modulus: that is bad input, not a fault.
		return null;
	}
}

/** Verify (RFC 9474 §4.5): an RSASSA-PSS signature over the token itself (the deterministic variant). */
export function verifyToken(publicKey: string, token: Uint8Array, signature: Uint8Array): boolean {
	if (token.length !== TOKEN_BYTES || signature.length !== MODULUS_BYTES) return false;
	try {
		return verify(
			'sha384',
			token,
			{
				key: publicKeyOf(publicKey),
				padding: constants.RSA_PKCS1_PSS_PADDING,
				saltLength: 48
			},
			signature
		);
	} catch {
		return false;
	}
}

/** What a ballot is stored under: the token's SHA-256, so the table never holds the token. */
export function tokenHash(token: Uint8Array): string {
	return createHash('sha256').update(token).digest('hex');
}

/** A short fingerprint of a public key, shown on the ballot so voters can compare theirs. */
export function fingerprint(publicKey: string): string {
	return createHash('sha256')
		.update(Buffer.from(publicKey, 'base64'))
		.digest('hex')
		.slice(0, 16)
		.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * A random row id for an unlinkable ballot, in [2^52, 2^53): the identity sequence would number
 * ballots in the order they were cast, which lined up with the order credentials were issued.
 */
export function randomRowId(): number {
	const bytes = randomBytes(8);
	bytes[0] = 0;
	bytes[1] = (bytes[1] & 0x0f) | 0x10;
	return Number(bytes.readBigUInt64BE());
}

/** Base64 (standard or URL-safe) to bytes; null when it is not base64 or too long. */
export function fromBase64(value: unknown, maxBytes = 1024): Uint8Array | null {
	if (typeof value !== 'string' || value.length > Math.ceil((maxBytes * 4) / 3) + 4) return null;
	if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) return null;
	return new Uint8Array(Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
}

export function toBase64(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('base64');
}
