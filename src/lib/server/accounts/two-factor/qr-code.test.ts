import { describe, expect, it } from 'vitest';
import { qrCodeDataUrl } from './qr-code';

describe('the setup QR code', () => {
	it('is an SVG image in a data: URL', async () => {
		const url = await qrCodeDataUrl('otpauth://totp/Plenary:ana?secret=MZXW6YTBOI');
		expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
		const svg = Buffer.from(url.split(',')[1], 'base64').toString('utf8');
		expect(svg).toMatch(/^<svg[^>]*viewBox/);
		expect(svg).not.toContain('<script');
	});
});
