/**
 * Recovery codes: ten random codes shown once, each good for one log-in instead of an
 * authenticator code. about 50 random bits each (10 of 31 characters), so a plain SHA-256 is enough to store them (a slow
 * hash protects guessable passwords, not random codes).
 */
import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: codes are copied by hand

/** A code such as `k7mq2-x9tfr`, easy to read out and type. */
function newRecoveryCode(): string {
	const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
	return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

export function newRecoveryCodes(): string[] {
	return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** What a typed code is compared by: case, spaces and dashes do not matter. */
export function hashRecoveryCode(code: string): string {
	const normal = code.toLowerCase().replace(/[\s-]/g, '');
	return createHash('sha256').update(normal).digest('hex');
}

/** Whether what was typed looks like a recovery code rather than an authenticator code. */
export function looksLikeRecoveryCode(code: string): boolean {
	return /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.replace(/\s/g, ''));
}
