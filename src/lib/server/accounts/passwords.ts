import { hash, verify } from '@node-rs/argon2';

// OWASP's recommended argon2id cost (2024): 19 MiB of memory, 2 passes, 1 lane.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

// A real hash of a random password, checked when no account matches, so that a log-in for an
// unknown address takes as long as one for a known address with a wrong password.
let dummy: Promise<string> | undefined;

export async function verifyPassword(
	passwordHash: string | null,
	password: string
): Promise<boolean> {
	if (!passwordHash) {
		dummy ??= hashPassword(crypto.randomUUID());
		await verify(await dummy, password).catch(() => false);
		return false;
	}
	return verify(passwordHash, password).catch(() => false);
}
