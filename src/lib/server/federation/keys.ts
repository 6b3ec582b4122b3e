import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';

const generate = promisify(generateKeyPair);

/**
 * An RSA key pair for one actor. RSA-SHA256 is what every ActivityPub server checks; the pair is
 * made on libuv's thread pool, off the request thread.
 */
export async function newKeyPair(): Promise<{ publicKeyPem: string; privateKeyPem: string }> {
	const { publicKey, privateKey } = await generate('rsa', {
		modulusLength: 2048,
		publicKeyEncoding: { type: 'spki', format: 'pem' },
		privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
	});
	return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}
