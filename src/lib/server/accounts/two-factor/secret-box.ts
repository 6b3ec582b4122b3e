/**
 * Authenticator secrets at rest. With PLENARY_SECRET_KEY set, a secret is sealed with AES-256-GCM
 * under a key derived from it, so a copy of the database alone cannot make codes. Without the key
 * the secret is kept as it is, marked `plain:` (docs/security.md warns about this); setting the key
 * later seals nothing already stored, but reads both kinds.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

function key(env: Record<string, string | undefined>): Buffer | null {
	const configured = env.PLENARY_SECRET_KEY;
	return configured ? createHash('sha256').update(`totp\u0000${configured}`).digest() : null;
}

export function sealSecret(secret: string, env = process.env): string {
	const k = key(env);
	if (!k) return `plain:${secret}`;
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', k, iv);
	const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
	return ['v1', iv, cipher.getAuthTag(), sealed].map((p) => p.toString('base64url')).join(':');
}

/** The secret, or null when it was sealed under a key that is no longer configured. */
export function openSecret(stored: string, env = process.env): string | null {
	if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
	const k = key(env);
	const [version, iv, tag, sealed] = stored.split(':');
	if (!k || version !== 'v1' || !iv || !tag || !sealed) return null;
	try {
		const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(iv, 'base64url'));
		decipher.setAuthTag(Buffer.from(tag, 'base64url'));
		return Buffer.concat([
			decipher.update(Buffer.from(sealed, 'base64url')),
			decipher.final()
		]).toString('utf8');
	} catch {
		return null;
	}
}
