/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226), as authenticator apps make them:
 * HMAC-SHA-1, 6 digits, 30-second steps. Written here rather than taken from a package: it is
 * a few lines over node:crypto, and the RFC's test vectors check it (totp.test.ts).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const STEP_SECONDS = 30;
export const DIGITS = 6;
/** A code from the step before or after is still accepted: clocks drift and people are slow. */
const TOLERANCE = 1;

/** RFC 4648 base32, without padding (how otpauth:// URIs carry the secret). */
export function base32Encode(bytes: Uint8Array): string {
	let out = '';
	let bits = 0;
	let value = 0;
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += ALPHABET[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
	return out;
}

/** Decode base32, ignoring case, spaces and padding; null for anything else. */
export function base32Decode(text: string): Buffer | null {
	const clean = text.replace(/[\s=]/g, '').toUpperCase();
	const out: number[] = [];
	let bits = 0;
	let value = 0;
	for (const char of clean) {
		const index = ALPHABET.indexOf(char);
		if (index < 0) return null;
		value = ((value << 5) | index) & 0xffff;
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 255);
			bits -= 8;
		}
	}
	return Buffer.from(out);
}

/** A new 160-bit secret (the size RFC 4226 recommends for SHA-1), in base32. */
export function newTotpSecret(): string {
	return base32Encode(randomBytes(20));
}

/** The HOTP value for one counter (RFC 4226 §5.3). */
export function hotp(key: Uint8Array, counter: number, digits = DIGITS): string {
	const message = Buffer.alloc(8);
	message.writeBigUInt64BE(BigInt(counter));
	const mac = createHmac('sha1', key).update(message).digest();
	const offset = mac[mac.length - 1] & 0x0f;
	const binary = mac.readUInt32BE(offset) & 0x7fffffff;
	return String(binary % 10 ** digits).padStart(digits, '0');
}

export function stepAt(unixMs: number): number {
	return Math.floor(unixMs / 1000 / STEP_SECONDS);
}

/** The code an authenticator shows at a moment, for a base32 secret. */
export function totp(secret: string, unixMs = Date.now(), digits = DIGITS): string {
	const key = base32Decode(secret);
	if (!key) throw new Error('not a base32 secret');
	return hotp(key, stepAt(unixMs), digits);
}

/**
 * The step a code matches, within the tolerance, or null. Only steps after `lastStep` count, so
 * a code (or one from an earlier step) that was already accepted is refused: no replay.
 */
export function matchTotp(
	secret: string,
	code: string,
	lastStep: number | null,
	unixMs = Date.now()
): number | null {
	const key = base32Decode(secret);
	if (!key || !/^\d{6}$/.test(code)) return null;
	const now = stepAt(unixMs);
	for (let step = now - TOLERANCE; step <= now + TOLERANCE; step++) {
		if (lastStep !== null && step <= lastStep) continue;
		const expected = Buffer.from(hotp(key, step));
		if (timingSafeEqual(expected, Buffer.from(code))) return step;
	}
	return null;
}

/** The otpauth:// URI an authenticator app reads (from a QR code or pasted). */
export function otpauthUri(secret: string, issuer: string, account: string): string {
	const label = encodeURIComponent(`${issuer}:${account}`);
	const params = new URLSearchParams({
		secret,
		issuer,
		algorithm: 'SHA1',
		digits: String(DIGITS),
		period: String(STEP_SECONDS)
	});
	return `otpauth://totp/${label}?${params}`;
}
