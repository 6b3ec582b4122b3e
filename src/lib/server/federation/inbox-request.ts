import type { Db } from '$lib/server/db/client';
import { config } from '$lib/server/config';
import type { RemoteActor } from '$lib/server/db/schema';
import { localActor } from './actors';
import { ActivityRefused, receiveActivity } from './inbox';
import { parseActorName } from './names';
import { inboxProblem, type InboxProblem } from './problem';
import { actorForKey, RemoteActorRefused } from './remote-actors';
import { checkedSignature, SignatureRefused, signatureMatches } from './signatures';

/** Larger activities are refused before they are read (a long post is a few tens of kilobytes). */
export const MAX_INBOX_BYTES = 256 * 1024;
const MEDIA_TYPES = ['application/activity+json', 'application/ld+json'];

class Refused extends Error {
	constructor(
		readonly kind: InboxProblem,
		readonly detail?: string
	) {
		super(kind);
	}
}

/**
 * An inbox POST, in the order that costs a stranger most and us least: is the actor ours, is the
 * body of the right type and size, is it signed, freshly, over this very body, by a key we can
 * fetch, and does that key's actor speak for the activity. Only then is the activity read, in one
 * transaction. Every refusal is a problem document with its own type and status.
 */
export async function handleInbox(
	db: Db,
	request: Request,
	url: URL,
	targetName: string | null,
	afterCommit: () => void
): Promise<Response> {
	try {
		const cfg = config().federation;
		if (!cfg.enabled) throw new Refused('disabled');
		if (targetName !== null) {
			const ref = parseActorName(targetName);
			if (!ref || !(await localActor(db, ref))) throw new Refused('unknown-actor');
		}
		const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
		if (!MEDIA_TYPES.includes(type)) throw new Refused('unsupported-media-type', type || undefined);
		const body = await readLimited(request);
		let signed;
		try {
			signed = await checkedSignature(request, body);
		} catch (e) {
			if (e instanceof SignatureRefused) throw new Refused(e.fault);
			throw e;
		}
		const sender = await verifiedSender(db, signed, cfg.allowPrivateNetworks);
		let activity: unknown;
		try {
			activity = JSON.parse(body);
		} catch {
			throw new Refused('malformed-json');
		}
		await db.transaction((tx) => receiveActivity(tx, url.origin, sender, activity));
		afterCommit();
		return new Response(null, { status: 202 });
	} catch (e) {
		if (e instanceof Refused) return inboxProblem(e.kind, url, e.detail);
		if (e instanceof ActivityRefused) return inboxProblem(e.reason as InboxProblem, url);
		throw e;
	}
}

async function verifiedSender(
	db: Db,
	signed: Awaited<ReturnType<typeof checkedSignature>>,
	allowPrivateNetworks: boolean
): Promise<RemoteActor> {
	let sender: RemoteActor;
	try {
		sender = await actorForKey(db, signed.keyId, allowPrivateNetworks);
		if (await signatureMatches(signed.parsed, sender.publicKeyPem)) return sender;
		// The actor may have changed its key since we kept it: fetch it once more.
		sender = await actorForKey(db, signed.keyId, allowPrivateNetworks, true);
	} catch (e) {
		if (e instanceof RemoteActorRefused) throw new Refused('unknown-key', e.message);
		throw e;
	}
	if (await signatureMatches(signed.parsed, sender.publicKeyPem)) return sender;
	throw new Refused('bad-signature');
}

/** The body as text; 413 when it is larger than MAX_INBOX_BYTES. */
async function readLimited(request: Request): Promise<string> {
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		let read;
		try {
			read = await reader.read();
		} catch (e) {
			// Past the server's own body limit the stream itself fails with 413.
			if ((e as { status?: number })?.status === 413) throw new Refused('body-too-large');
			throw e;
		}
		const { value, done } = read;
		if (done) break;
		size += value.length;
		// Past the limit the rest is read and dropped (the server's own body limit bounds it), so
		// the sender gets its 413 instead of a connection reset in the middle of its upload.
		if (size > MAX_INBOX_BYTES) continue;
		chunks.push(value);
	}
	if (size > MAX_INBOX_BYTES) throw new Refused('body-too-large');
	return Buffer.concat(chunks).toString('utf8');
}
