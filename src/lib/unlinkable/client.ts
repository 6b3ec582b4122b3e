/**
 * The browser's half of an unlinkable ballot (RFC 9474, RSABSSA-SHA384-PSS-Deterministic, with
 * `@cloudflare/blindrsa-ts`, loaded only when a ballot is sent). The token and its signature stay
 * in this browser (localStorage), so the same browser can change the vote until the close; the
 * server only ever sees the token blinded (while it knows who is asking) or in the clear (while it
 * does not). Fetched only when a ballot is cast (the page reads what this browser keeps with
 * `./saved`).
 */
import { readSaved, save, type Saved } from './saved';

export type CastOutcome = { receipt: string | null; changed: boolean; fingerprint: string };

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The server's translated message from a refused request. */
async function refusal(res: Response): Promise<Error> {
	const body = (await res.json().catch(() => null)) as { message?: string } | null;
	return new Error(body?.message ?? res.statusText);
}

/** A form's fields as the server's actions read them (fields named in `arrays` keep every value). */
export function fieldsOf(form: HTMLFormElement, arrays: string[] = []): Record<string, unknown> {
	const data = new FormData(form);
	const out: Record<string, unknown> = {};
	for (const key of new Set(data.keys())) {
		if (arrays.includes(key))
			out[key] = data.getAll(key).filter((v) => typeof v === 'string' && v !== '');
		else if (typeof data.get(key) === 'string') out[key] = data.get(key);
	}
	for (const key of arrays) out[key] ??= [];
	return out;
}

/**
 * Take the credential: read the key, blind a fresh token, have it signed (logged in), unblind.
 * `finalize` checks the signature against the key, so a server that signed with another key
 * than it showed is caught here.
 */
async function takeCredential(base: string, key: string): Promise<Saved> {
	const { RSABSSA } = await import('@cloudflare/blindrsa-ts');
	const suite = RSABSSA.SHA384.PSS.Deterministic();
	const keyRes = await fetch(`${base}/credential`, { credentials: 'same-origin' });
	if (!keyRes.ok) throw await refusal(keyRes);
	const { publicKey: spki, fingerprint } = (await keyRes.json()) as {
		publicKey: string;
		fingerprint: string;
	};
	const publicKey = await crypto.subtle.importKey(
		'spki',
		fromBase64(spki),
		{ name: 'RSA-PSS', hash: 'SHA-384' },
		true,
		['verify']
	);
	const token = crypto.getRandomValues(new Uint8Array(32));
	const message = suite.prepare(token);
	const { blindedMsg, inv } = await suite.blind(publicKey, message);
	const res = await fetch(`${base}/credential`, {
		method: 'POST',
		credentials: 'same-origin',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ blinded: toBase64(blindedMsg) })
	});
	if (!res.ok) throw await refusal(res);
	const { blindSignature } = (await res.json()) as { blindSignature: string };
	const signature = await suite.finalize(publicKey, message, fromBase64(blindSignature), inv);
	const saved = { token: toBase64(token), signature: toBase64(signature), fingerprint };
	save(key, saved);
	return saved;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Send a ballot unlinkably: take the credential if this browser has none (then wait a random
 * second or few, so the cast does not follow the credential at a fixed interval), and cast in a
 * request that carries no cookie at all.
 */
export async function castUnlinkable(
	base: string,
	key: string,
	ballot: Record<string, unknown>
): Promise<CastOutcome> {
	let saved = readSaved(key);
	if (!saved) {
		saved = await takeCredential(base, key);
		await pause(1000 + Math.random() * 3000);
	}
	const res = await fetch(`${base}/unlinkable-ballot`, {
		method: 'POST',
		credentials: 'omit',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ token: saved.token, signature: saved.signature, ballot })
	});
	if (!res.ok) throw await refusal(res);
	const out = (await res.json()) as { receipt?: string; changed: boolean };
	save(key, { ...saved, receipt: out.receipt });
	return { receipt: out.receipt ?? null, changed: out.changed, fingerprint: saved.fingerprint };
}
