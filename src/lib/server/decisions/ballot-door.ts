/**
 * The ballot door: a ballot posted by the decision page's enhanced form (`?/vote` with
 * `x-sveltekit-action`, as the page's own script sends it) is answered from Node's request as it
 * arrives, before the framework turns it into a Request and runs the hooks, its router and the
 * action. When a vote closes, most of its members vote in the same minutes, and that round, not
 * the ballot's own statements (ballot-box.ts writes them together), was most of a ballot's cost
 * (docs/performance.md).
 *
 * The door takes only what it can answer exactly as the framework would, and judges that before it
 * reads a byte of the body, so that whatever it leaves goes on to the framework untouched:
 * - a same-origin POST (the Origin header equal to ORIGIN; without ORIGIN the door stays shut),
 *   of a form that is neither multipart nor larger than a ballot can be;
 * - with a plain session cookie whose session is valid, belongs to a member who is not deleted and
 *   is not due for renewal (the hook renews it and sends the cookie again); what else is due,
 *   "last seen" and "active", the door writes as the hook does (touchSession).
 * The ballot itself goes through `voteByForm`, the action's own function: the same policy, ballot
 * box, refusals and messages, in the member's language. The answer is the framework's action
 * result (devalue, with the hooks' transport), with the same headers, and, as after any form post,
 * the kept pages are dropped and the event dispatcher woken.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as devalue from 'devalue';
import { isActionFailure } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime.js';
import { isLocale, translate } from '$lib/server/i18n';
import {
	findSession,
	MAX_SESSION_COOKIE,
	SESSION_COOKIE,
	touchSession
} from '$lib/server/accounts/sessions';
import { LOCALE_COOKIE } from '$lib/server/locale-cookie';
import { plainCookies, visitorLocaleOf } from '$lib/server/kept-answer';
import { pagesChanged } from '$lib/server/page-cache';
import { setSecurityHeaders } from '$lib/server/security-headers';
import { unexpectedError } from '$lib/server/unexpected';
import { negotiable } from '$lib/server/federation/negotiate';
import { idFromRef } from '$lib/server/refs';
import { holdsEncodedNul } from '$lib/server/api/paths';
import type { App } from '$lib/server/app';
import { voteByForm, voteValues } from './vote-form';

/** The decision page's ballot form, posted by its script: the address and nothing after it. */
const VOTE = /^\/decisions\/([^/?#]+)\?\/vote$/;
/** More than any ballot form holds (a ranking of a hundred options is a few kilobytes). */
const MOST_BYTES = 64 * 1024;

export type DoorDeps = {
	/** The running app's pieces the door uses: its database, and the dispatcher it wakes. */
	app: () => Promise<Pick<App, 'db' | 'dispatcher'>>;
	/** Runs `answer` with the request's language where translations read it (the hook's store). */
	inLocale: <T>(locale: Locale, origin: string, answer: () => Promise<T>) => Promise<T>;
	/** The hooks' transport encoders, as the framework serialises an action's result with them. */
	encoders: Record<string, (value: unknown) => unknown>;
};

/**
 * The door: true when it took the request (and will answer it, or hand it on through `onward`
 * before reading its body), false when the framework should have it now.
 */
export function ballotDoor(deps: DoorDeps) {
	return (req: IncomingMessage, res: ServerResponse, onward: () => void): boolean => {
		const knock = knocking(req);
		if (!knock) return false;
		answer(deps, req, res, onward, knock).catch((err) => {
			// What the framework answers for a fault of its own: logged, and an id to quote.
			if (res.headersSent) return void res.destroy();
			const body = JSON.stringify({ type: 'error', error: unexpectedError(err) });
			res.writeHead(500, { 'content-type': 'application/json' }).end(body);
		});
		return true;
	};
}

type Knock = { url: URL; ref: string; token: string; cookieLocale: string | undefined };

/** What the door can judge from the request line and headers alone. */
function knocking(req: IncomingMessage): Knock | null {
	const origin = process.env.ORIGIN;
	const { headers } = req;
	if (req.method !== 'POST' || !origin || !req.url) return null;
	const raw = VOTE.exec(req.url)?.[1];
	if (!raw || headers['x-sveltekit-action'] !== 'true') return null;
	if (headers.origin !== origin || headers.accept !== 'application/json') return null;
	const type = headers['content-type']?.split(';', 1)[0].trim().toLowerCase();
	if (type !== 'application/x-www-form-urlencoded' || headers['transfer-encoding']) return null;
	const length = Number(headers['content-length']);
	if (!Number.isInteger(length) || length > MOST_BYTES) return null;
	const cookies = plainCookies(headers.cookie);
	const token = cookies?.get(SESSION_COOKIE);
	if (!token || token.length > MAX_SESSION_COOKIE) return null;
	const url = URL.parse(req.url, origin);
	// A NUL or an address the router would decode otherwise: the framework answers it.
	if (!url || url.origin !== origin || holdsEncodedNul(url)) return null;
	const ref = decoded(raw);
	if (ref === null) return null;
	return { url, ref, token, cookieLocale: cookies?.get(LOCALE_COOKIE) };
}

function decoded(part: string): string | null {
	try {
		return decodeURIComponent(part);
	} catch {
		return null;
	}
}

async function answer(
	deps: DoorDeps,
	req: IncomingMessage,
	res: ServerResponse,
	onward: () => void,
	knock: Knock
) {
	const plenary = await deps.app();
	// A valid session means the installation has members, so its first run is over: no page of it
	// leads to /setup any more (instance/first-run.ts).
	let session: Awaited<ReturnType<typeof findSession>>;
	try {
		session = await findSession(plenary.db, knock.token);
		if (session?.actor && !session.renewed) await touchSession(plenary.db, session);
	} catch {
		// The body is still unread: the framework meets the same failure and answers it its way.
		return onward();
	}
	const actor = session?.actor;
	if (!session || !actor || session.renewed) return onward();
	const form = await readForm(req);
	const saved = session.member.locale;
	const locale = isLocale(saved)
		? saved
		: visitorLocaleOf(knock.cookieLocale, req.headers['accept-language'] ?? null);
	const [status, result] = await deps.inLocale(
		locale,
		knock.url.origin,
		async (): Promise<[number, object]> => {
			// As the hook's guard refuses a body too large, and a NUL in any field (http.ts).
			if (form === null)
				return [413, { type: 'error', error: { message: translate('error_body_too_large') } }];
			if ([...form].some(([k, v]) => k.includes('\0') || v.includes('\0')))
				return [400, { type: 'error', error: { message: translate('error_bad_characters') } }];
			try {
				const id = idFromRef(knock.ref) ?? 0;
				const data = await voteByForm(plenary.db, actor, id, voteValues(form));
				return isActionFailure(data)
					? [200, { type: 'failure', status: data.status, data: serialise(data.data, deps) }]
					: [200, { type: 'success', status: 200, data: serialise(data, deps) }];
			} catch (err) {
				return [500, { type: 'error', error: unexpectedError(err) }];
			}
		}
	);
	plenary.dispatcher.kick();
	pagesChanged();
	const headers = new Headers({ 'content-type': 'application/json' });
	setSecurityHeaders(headers, knock.url);
	if (negotiable(knock.url)) headers.append('Vary', 'Accept');
	const body = JSON.stringify(result);
	headers.set('content-length', String(Buffer.byteLength(body)));
	res.writeHead(status, Object.fromEntries(headers));
	res.end(body);
}

/** The action's data as the framework sends it: devalue, with the hooks' transport. */
function serialise(data: unknown, deps: DoorDeps): string {
	return devalue.stringify(data, deps.encoders);
}

/** The body as a form, or null when it is larger than a ballot (a content-length that lied). */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MOST_BYTES) return null;
		chunks.push(chunk);
	}
	return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
