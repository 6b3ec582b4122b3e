import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box';

describe('the secret box', () => {
	const withKey = { PLENARY_SECRET_KEY: 'one key' };

	it('seals a secret under the configured key, and opens it with that key only', () => {
		const sealed = sealSecret('JBSWY3DPEHPK3PXP', withKey);
		expect(sealed).toMatch(/^v1:/);
		expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
		expect(openSecret(sealed, withKey)).toBe('JBSWY3DPEHPK3PXP');
		expect(openSecret(sealed, { PLENARY_SECRET_KEY: 'another key' })).toBeNull();
		expect(openSecret(sealed, {})).toBeNull();
	});

	it('keeps the secret as it is without a key, and still reads it once a key is set', () => {
		const plain = sealSecret('JBSWY3DPEHPK3PXP', {});
		expect(plain).toBe('plain:JBSWY3DPEHPK3PXP');
		expect(openSecret(plain, withKey)).toBe('JBSWY3DPEHPK3PXP');
	});

	it('refuses a sealed secret that was tampered with', () => {
		const sealed = sealSecret('JBSWY3DPEHPK3PXP', withKey);
		const parts = sealed.split(':');
		parts[3] = Buffer.from('something else').toString('base64url');
		expect(openSecret(parts.join(':'), withKey)).toBeNull();
	});
});
