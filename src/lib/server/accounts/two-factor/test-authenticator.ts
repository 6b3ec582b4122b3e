/**
 * A software passkey for tests: makes and signs WebAuthn answers the way a browser and an
 * authenticator would (a P-256 key, "none" attestation), so the server's checks run for real.
 * Browsers refuse passkeys on an IP-address origin, which is where the browser tests run.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

type Rp = { id: string; origin: string };

const u32 = (n: number) => {
	const b = Buffer.alloc(4);
	b.writeUInt32BE(n);
	return b;
};
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest();
const clientData = (type: string, challenge: string, origin: string) =>
	Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

export function softwarePasskey() {
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	const jwk = publicKey.export({ format: 'jwk' });
	const id = randomBytes(16);
	const credentialId = id.toString('base64url');
	let counter = 0;
	const coseKey = isoCBOR.encode(
		new Map<number, number | Uint8Array>([
			[1, 2], // kty: EC2
			[3, -7], // alg: ES256
			[-1, 1], // crv: P-256
			[-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
			[-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))]
		])
	);

	return {
		id: credentialId,
		/** The answer to a registration challenge. */
		register(challenge: string, rp: Rp) {
			const authData = Buffer.concat([
				sha256(rp.id),
				Buffer.from([0x01 | 0x04 | 0x40]), // user present, verified, credential data included
				u32(counter),
				Buffer.alloc(16), // AAGUID
				Buffer.from([0, id.length]),
				id,
				Buffer.from(coseKey)
			]);
			const attestationObject = isoCBOR.encode(
				new Map<string, unknown>([
					['fmt', 'none'],
					['attStmt', new Map()],
					['authData', new Uint8Array(authData)]
				]) as Parameters<typeof isoCBOR.encode>[0]
			);
			return {
				id: credentialId,
				rawId: credentialId,
				type: 'public-key',
				response: {
					clientDataJSON: clientData('webauthn.create', challenge, rp.origin).toString('base64url'),
					attestationObject: Buffer.from(attestationObject).toString('base64url'),
					transports: ['internal']
				},
				clientExtensionResults: {}
			};
		},
		/** The answer to a log-in challenge, signed; `userVerified` false is "present" only. */
		authenticate(challenge: string, rp: Rp, { userVerified = true } = {}) {
			counter++;
			const authData = Buffer.concat([
				sha256(rp.id),
				Buffer.from([0x01 | (userVerified ? 0x04 : 0)]),
				u32(counter)
			]);
			const data = clientData('webauthn.get', challenge, rp.origin);
			const signature = sign('sha256', Buffer.concat([authData, sha256(data)]), privateKey);
			return {
				id: credentialId,
				rawId: credentialId,
				type: 'public-key',
				response: {
					clientDataJSON: data.toString('base64url'),
					authenticatorData: authData.toString('base64url'),
					signature: signature.toString('base64url')
				},
				clientExtensionResults: {}
			};
		}
	};
}
