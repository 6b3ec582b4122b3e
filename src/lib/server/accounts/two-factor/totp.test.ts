import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp } from './totp';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const SEED = base32Encode(Buffer.from('12345678901234567890'));
const VECTORS: [seconds: number, code: string][] = [
	[59, '94287082'],
	[1111111109, '07081804'],
	[1111111111, '14050471'],
	[1234567890, '89005924'],
	[2000000000, '69279037'],
	[20000000000, '65353130']
];

describe('TOTP', () => {
	it('gives the RFC 6238 test vectors (SHA-1, 8 digits)', () => {
		for (const [seconds, code] of VECTORS) expect(totp(SEED, seconds * 1000, 8)).toBe(code);
	});

	it('gives the RFC 4226 HOTP test values', () => {
		const key = Buffer.from('12345678901234567890');
		expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489']);
	});

	it('round-trips base32 and refuses what is not base32', () => {
		const bytes = Buffer.from('any bytes at all, of any length');
		expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
		expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
		expect(base32Decode('mzxw 6ytb oi')).toEqual(Buffer.from('foobar'));
		expect(base32Decode('not base32!')).toBeNull();
	});

	it('accepts a code from the step before or after, and no further', () => {
		const now = 1_700_000_000_000;
		const step = Math.floor(now / 30_000);
		expect(matchTotp(SEED, totp(SEED, now), null, now)).toBe(step);
		expect(matchTotp(SEED, totp(SEED, now - 30_000), null, now)).toBe(step - 1);
		expect(matchTotp(SEED, totp(SEED, now + 30_000), null, now)).toBe(step + 1);
		expect(matchTotp(SEED, totp(SEED, now - 60_000), null, now)).toBeNull();
		expect(matchTotp(SEED, totp(SEED, now + 60_000), null, now)).toBeNull();
	});

	it('never accepts a code for a step already used, nor one before it', () => {
		const now = 1_700_000_000_000;
		const step = Math.floor(now / 30_000);
		expect(matchTotp(SEED, totp(SEED, now), step, now)).toBeNull();
		expect(matchTotp(SEED, totp(SEED, now - 30_000), step, now)).toBeNull();
		expect(matchTotp(SEED, totp(SEED, now + 30_000), step, now)).toBe(step + 1);
	});

	it('refuses codes that are not six digits', () => {
		for (const code of ['', '12345', '1234567', 'abcdef', ' 123456']) {
			expect(matchTotp(SEED, code, null)).toBeNull();
		}
	});

	it('writes the otpauth URI authenticator apps read', () => {
		expect(otpauthUri('MZXW6YTBOI', 'Plenary', 'ana@example.org')).toBe(
			'otpauth://totp/Plenary%3Aana%40example.org?secret=MZXW6YTBOI&issuer=Plenary&algorithm=SHA1&digits=6&period=30'
		);
	});
});
