/**
 * Passkeys (WebAuthn), checked by SimpleWebAuthn. A passkey is a second step after the password
 * (like an authenticator code), or a log-in on its own: then the authenticator must verify who
 * holds it (a fingerprint, a PIN), which makes it two factors by itself. Each ceremony's challenge
 * is kept in webauthn_challenges under the SHA-256 of a random token the browser holds in an
 * HttpOnly cookie; it is good for five minutes and one answer. Passkeys need JavaScript in the
 * browser; the pages say so, and the authenticator app works without it.
 */
import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type AuthenticatorTransportFuture,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/members/actor';
import type { Db, Queryable } from '$lib/server/db/client';
import { members, passkeys, pendingLogins, webauthnChallenges } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Gone, Invalid, NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { createSession } from '../sessions';
import { hashToken, newToken } from '../tokens';
import { serverCookie } from '$lib/server/cookies';

export const CHALLENGE_COOKIE = 'plenary_webauthn';
const LIFETIME_MS = 5 * 60 * 1000;

/** The site as WebAuthn names it: passkeys are bound to the host name and checked against the origin. */
export type RelyingParty = { id: string; origin: string; name: string };
export const relyingParty = (url: URL, name: string): RelyingParty => ({
	id: url.hostname,
	origin: url.origin,
	name
});

const toBytes = (base64url: string) => new Uint8Array(Buffer.from(base64url, 'base64url'));
const transportsOf = (t: string[]) => t as AuthenticatorTransportFuture[];

/** The member's passkeys, the newest first, for the security page. */
export function passkeyList(db: Queryable, memberId: number) {
	return db
		.select({ id: passkeys.id, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
		.from(passkeys)
		.where(eq(passkeys.memberId, memberId))
		.orderBy(desc(passkeys.createdAt))
		.limit(50);
}

async function storeChallenge(
	db: Queryable,
	purpose: 'register' | 'authenticate',
	memberId: number | null,
	challenge: string
) {
	const { token, id } = newToken();
	const expiresAt = new Date(Date.now() + LIFETIME_MS);
	await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, sql`now()`));
	await db.insert(webauthnChallenges).values({ id, purpose, memberId, challenge, expiresAt });
	return { token, expiresAt };
}

/** Spend the challenge a cookie stands for (locked, deleted); Gone when there is none. */
async function spendChallenge(tx: Queryable, token: string, purpose: 'register' | 'authenticate') {
	const [row] = await tx
		.select()
		.from(webauthnChallenges)
		.where(
			and(
				eq(webauthnChallenges.id, hashToken(token)),
				eq(webauthnChallenges.purpose, purpose),
				gt(webauthnChallenges.expiresAt, sql`now()`)
			)
		)
		.for('update');
	if (!row) throw new Gone('error_passkey_expired');
	await tx.delete(webauthnChallenges).where(eq(webauthnChallenges.id, row.id));
	return row;
}

/** What the browser needs to make a passkey for the member (none they already have). */
export async function passkeyRegistrationOptions(db: Db, actor: Actor, rp: RelyingParty) {
	const [member] = await db
		.select({ email: members.email, displayName: members.displayName })
		.from(members)
		.where(eq(members.id, actor.id));
	if (!member) throw new NotFound('error_member_not_found');
	const existing = await db
		.select({ id: passkeys.id, transports: passkeys.transports })
		.from(passkeys)
		.where(eq(passkeys.memberId, actor.id));
	const options = await generateRegistrationOptions({
		rpName: rp.name,
		rpID: rp.id,
		userName: member.email,
		userDisplayName: member.displayName,
		userID: new TextEncoder().encode(`member-${actor.id}`),
		attestationType: 'none',
		excludeCredentials: existing.map((p) => ({ id: p.id, transports: transportsOf(p.transports) })),
		authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' }
	});
	const cookie = await storeChallenge(db, 'register', actor.id, options.challenge);
	return { options, cookie };
}

const register = command({
	input: (token: string, response: RegistrationResponseJSON, rp: RelyingParty) => ({
		token,
		response,
		rp
	}),
	load: (tx, _actor: Actor, { token }) => spendChallenge(tx, token, 'register'),
	allow: (actor: Actor, challenge) => challenge.memberId === actor.id,
	run: async (tx, actor, challenge, { response, rp }) => {
		const verification = await verifyRegistrationResponse({
			response,
			expectedChallenge: challenge.challenge,
			expectedOrigin: rp.origin,
			expectedRPID: rp.id,
			requireUserVerification: false
		}).catch(() => null);
		if (!verification?.verified) throw new Invalid('error_passkey_failed');
		const { credential } = verification.registrationInfo;
		await tx.insert(passkeys).values({
			id: credential.id,
			memberId: actor.id,
			publicKey: Buffer.from(credential.publicKey).toString('base64url'),
			counter: credential.counter,
			transports: credential.transports ?? []
		});
	},
	event: (_out, _c, _i, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'passkey.added' }),
	conflicts: { passkeys_pkey: 'error_passkey_failed' }
});

/** Keep the passkey the browser just made, if it answers the challenge this member was given. */
export async function registerPasskey(
	db: Db,
	actor: Actor,
	token: string | undefined,
	response: unknown,
	rp: RelyingParty
) {
	if (!token || !isCredentialResponse(response)) throw new Invalid('error_passkey_failed');
	return register(db, actor, token, response as RegistrationResponseJSON, rp);
}

export const removePasskey = command({
	input: (id: unknown) => ({ id: String(id ?? '').slice(0, 1500) }),
	load: async (tx, actor: Actor, { id }) => {
		const [row] = await tx
			.select({ id: passkeys.id })
			.from(passkeys)
			.where(and(eq(passkeys.id, id), eq(passkeys.memberId, actor.id)))
			.for('update');
		if (!row) throw new NotFound('error_passkey_not_found');
		return row;
	},
	allow: (actor: Actor) => !!actor,
	run: (tx, _actor, row) => tx.delete(passkeys).where(eq(passkeys.id, row.id)),
	event: (_out, _row, _input, actor) =>
		eventAbout('member', actor.id, actor.id, { type: 'passkey.removed' })
});

/**
 * What the browser needs to sign in with a passkey: for a pending log-in, one of that member's;
 * else any passkey this site made (the browser offers them), verified by its holder.
 */
export async function passkeyLoginOptions(db: Db, memberId: number | null, rp: RelyingParty) {
	const allowed = memberId
		? await db
				.select({ id: passkeys.id, transports: passkeys.transports })
				.from(passkeys)
				.where(eq(passkeys.memberId, memberId))
		: [];
	const options = await generateAuthenticationOptions({
		rpID: rp.id,
		allowCredentials: allowed.map((p) => ({ id: p.id, transports: transportsOf(p.transports) })),
		userVerification: memberId ? 'preferred' : 'required'
	});
	const cookie = await storeChallenge(db, 'authenticate', memberId, options.challenge);
	return { options, cookie };
}

const authenticate = command({
	anonymous: true,
	input: (
		token: string,
		response: AuthenticationResponseJSON,
		rp: RelyingParty,
		userAgent: string
	) => ({ token, response, rp, userAgent }),
	load: async (tx, _actor, { token, response }) => {
		const challenge = await spendChallenge(tx, token, 'authenticate');
		const [passkey] = await tx
			.select()
			.from(passkeys)
			.where(eq(passkeys.id, String(response.id).slice(0, 1500)))
			.for('update');
		// A passkey of someone else than the member whose password was given proves nothing.
		if (!passkey || (challenge.memberId && passkey.memberId !== challenge.memberId))
			throw new Invalid('error_passkey_failed');
		return { challenge, passkey };
	},
	allow: () => true,
	run: async (tx, _actor, { challenge, passkey }, { response, rp, userAgent }) => {
		const verification = await verifyAuthenticationResponse({
			response,
			expectedChallenge: challenge.challenge,
			expectedOrigin: rp.origin,
			expectedRPID: rp.id,
			credential: {
				id: passkey.id,
				publicKey: toBytes(passkey.publicKey),
				counter: passkey.counter,
				transports: transportsOf(passkey.transports)
			},
			// Alone, a passkey must stand for both factors: its holder verified, not only present.
			requireUserVerification: !challenge.memberId
		}).catch(() => null);
		if (!verification?.verified) throw new Invalid('error_passkey_failed');
		await tx
			.update(passkeys)
			.set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: sql`now()` })
			.where(eq(passkeys.id, passkey.id));
		// A pending log-in of this member is finished by this.
		await tx.delete(pendingLogins).where(eq(pendingLogins.memberId, passkey.memberId));
		return createSession(tx, passkey.memberId, userAgent);
	},
	event: (_out, { passkey }) =>
		eventAbout('member', passkey.memberId, passkey.memberId, { type: 'session.started' })
});

/** Log in (or finish a pending log-in) with a passkey: the real session. */
export async function logInWithPasskey(
	db: Db,
	token: string | undefined,
	response: unknown,
	rp: RelyingParty,
	userAgent: string
) {
	if (!token || !isCredentialResponse(response)) throw new Invalid('error_passkey_failed');
	return authenticate(db, null, token, response as AuthenticationResponseJSON, rp, userAgent);
}

/** The outline of what a browser sends back; SimpleWebAuthn checks the rest. */
function isCredentialResponse(value: unknown): boolean {
	const v = value as { id?: unknown; response?: unknown; type?: unknown } | null;
	return (
		!!v &&
		typeof v === 'object' &&
		typeof v.id === 'string' &&
		v.id.length > 0 &&
		v.id.length <= 1500 &&
		v.type === 'public-key' &&
		!!v.response &&
		typeof v.response === 'object'
	);
}

export function setChallengeCookie(
	cookies: Cookies,
	url: URL,
	{ token, expiresAt }: { token: string; expiresAt: Date }
) {
	cookies.set(CHALLENGE_COOKIE, token, {
		...serverCookie(url, '/', 'strict'),
		expires: expiresAt
	});
}
