import QRCode from 'qrcode';

/**
 * The otpauth:// URI as a QR code for an authenticator app to scan: an SVG made on the server, as
 * a data: URL for an <img> (allowed by the content security policy), so no script is needed.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
