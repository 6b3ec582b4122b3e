/**
 * What decisions and elections share for unlinkable ballots: the signing keys of a ballot, the
 * record that a member was issued their credential, and the reading and checking of a cast.
 * The protocol (docs/ballot-secrecy.md): the browser blinds a random token; the server, seeing
 * the logged-in member, records that they were issued their credential and signs the blinded
 * token with the key of their weight class; the browser unblinds the signature and, in a request
 * with no session, casts the ballot with the token and signature. The server can check the
 * signature but cannot tell which blinded request it came from.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { ballotCredentials, ballotKeys, type UnlinkableSubject } from '$lib/server/db/schema';
import { SESSION_COOKIE } from '$lib/server/accounts/sessions';
import { Conflict, Forbidden, Invalid } from '$lib/server/errors';
import {
	blindSign,
	fingerprint,
	fromBase64,
	MODULUS_BYTES,
	newKeyPair,
	TOKEN_BYTES,
	tokenHash,
	verifyToken
} from './crypto';

/**
 * Weight classes. A credential is signed with the key of the voter's weight, and the ballot cast
 * with it weighs what that key stands for; so a class of few voters would narrow down who cast
 * each of its ballots. Secret ballots already weigh every voter equally (a weighting that sets
 * voters apart is refused for them, docs/ballot-secrecy.md), so there is one class, the whole
 * electorate; any other weight is refused rather than given a class of its own.
 */
export const SHARED_WEIGHT = 1;

/** An unlinkable ballot records no time: its `cast_at` (and `superseded_at`) is this constant. */
export const NO_TIME = new Date(0);

/** The constraint that refuses a second credential, for the commands' `conflicts` maps. */
export const CREDENTIAL_KEY = 'ballot_credentials_subject_kind_subject_id_member_id_pk';

/** The key pair of a weight class, made the first time a credential of that class is asked for. */
async function signingKey(db: Queryable, kind: UnlinkableSubject, id: number, weight: number) {
	const where = and(
		eq(ballotKeys.subjectKind, kind),
		eq(ballotKeys.subjectId, id),
		eq(ballotKeys.weight, weight)
	);
	let [row] = await db.select().from(ballotKeys).where(where);
	if (!row) {
		// Two first requests at once: the second insert waits for the first and adds nothing.
		await db
			.insert(ballotKeys)
			.values({ subjectKind: kind, subjectId: id, weight, ...(await newKeyPair()) })
			.onConflictDoNothing();
		[row] = await db.select().from(ballotKeys).where(where);
	}
	if (!row.privateKey) throw new Conflict('unlinkable_error_closed');
	return { publicKey: row.publicKey, privateKey: row.privateKey };
}

/** The public keys of a ballot, for the browser to blind with and for anyone to compare. */
export async function publicKeys(db: Queryable, kind: UnlinkableSubject, id: number) {
	const rows = await db
		.select({ weight: ballotKeys.weight, publicKey: ballotKeys.publicKey })
		.from(ballotKeys)
		.where(and(eq(ballotKeys.subjectKind, kind), eq(ballotKeys.subjectId, id)))
		.orderBy(ballotKeys.weight);
	return rows.map((r) => ({ ...r, fingerprint: fingerprint(r.publicKey) }));
}

/** The public key of the voters' class, made if it does not exist yet (see `signingKey`). */
export async function classKey(db: Queryable, kind: UnlinkableSubject, id: number, weight: number) {
	if (weight !== SHARED_WEIGHT) throw new Conflict('unlinkable_error_weight_class');
	const { publicKey } = await signingKey(db, kind, id, weight);
	return { weight, publicKey, fingerprint: fingerprint(publicKey) };
}

/** At the close: no credential can be signed any more, and a seized server holds no signing key. */
export async function eraseSigningKeys(db: Queryable, kind: UnlinkableSubject, id: number) {
	await db
		.update(ballotKeys)
		.set({ privateKey: null })
		.where(
			and(
				eq(ballotKeys.subjectKind, kind),
				eq(ballotKeys.subjectId, id),
				isNotNull(ballotKeys.privateKey)
			)
		);
}

export async function hasCredential(
	db: Queryable,
	kind: UnlinkableSubject,
	id: number,
	memberId: number
): Promise<boolean> {
	const rows = await db
		.select({ m: ballotCredentials.memberId })
		.from(ballotCredentials)
		.where(
			and(
				eq(ballotCredentials.subjectKind, kind),
				eq(ballotCredentials.subjectId, id),
				eq(ballotCredentials.memberId, memberId)
			)
		);
	return rows.length > 0;
}

/** The blinded token of a credential request, or Invalid. */
export function readCredentialRequest(raw: unknown): Uint8Array {
	const blinded = fromBase64((raw as { blinded?: unknown } | null)?.blinded, MODULUS_BYTES);
	if (!blinded || blinded.length !== MODULUS_BYTES)
		throw new Invalid('unlinkable_error_bad_request');
	return blinded;
}

/**
 * Issue a member's credential, once: the record (whose primary key refuses a second one, even
 * at the same moment) and the blind signature with their class's key. A blinded token the key
 * cannot sign is refused, and the transaction takes the record back with it.
 */
export async function issueCredential(
	db: Queryable,
	kind: UnlinkableSubject,
	id: number,
	memberId: number,
	weight: number,
	blinded: Uint8Array
) {
	if (weight !== SHARED_WEIGHT) throw new Conflict('unlinkable_error_weight_class');
	const keys = await signingKey(db, kind, id, weight);
	await db.insert(ballotCredentials).values({ subjectKind: kind, subjectId: id, memberId });
	const signature = blindSign(keys, blinded);
	if (!signature) throw new Invalid('unlinkable_error_bad_request');
	return {
		weight,
		publicKey: keys.publicKey,
		fingerprint: fingerprint(keys.publicKey),
		blindSignature: Buffer.from(signature).toString('base64')
	};
}

export type CastInput = { token: Uint8Array; signature: Uint8Array; values: object };

/** A cast as sent: the token, its signature and the ballot's fields; Invalid when malformed. */
export function readCast(raw: unknown): CastInput {
	const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const token = fromBase64(body.token, TOKEN_BYTES);
	const signature = fromBase64(body.signature, MODULUS_BYTES);
	if (!token || token.length !== TOKEN_BYTES || !signature || signature.length !== MODULUS_BYTES)
		throw new Invalid('unlinkable_error_bad_credential');
	const values = body.ballot && typeof body.ballot === 'object' ? body.ballot : {};
	return { token, signature, values };
}

/**
 * The weight a cast's credential stands for: the class whose key signed the token. A token signed
 * for another decision, election or class, or a signature that is not one, is refused.
 */
export async function credentialWeight(
	db: Queryable,
	kind: UnlinkableSubject,
	id: number,
	{ token, signature }: CastInput
): Promise<{ weight: number; tokenHash: string }> {
	for (const key of await publicKeys(db, kind, id))
		if (verifyToken(key.publicKey, token, signature))
			return { weight: key.weight, tokenHash: tokenHash(token) };
	throw new Forbidden('unlinkable_error_bad_credential');
}

/**
 * A cast must come without the voter's session: carrying it would hand the server the link the
 * whole scheme withholds. The browser sends it with `credentials: 'omit'`; a request that still
 * carries the session cookie (or any credentials) is refused before anything is read.
 */
export function carriesIdentity(request: Request): boolean {
	const cookie = request.headers.get('cookie') ?? '';
	return (
		cookie.split(';').some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`)) ||
		request.headers.has('authorization')
	);
}

/** Serialise the casts of one token (a double click): the old ballot is always superseded first. */
export async function lockToken(db: Queryable, lockClass: number, hash: string) {
	await db.execute(sql`select pg_advisory_xact_lock(${lockClass}::int, hashtext(${hash}))`);
}
