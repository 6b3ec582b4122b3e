import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Queryable } from '$lib/server/db/client';
import { members, sessions, type Member } from '$lib/server/db/schema';
import { hashToken, newToken } from './tokens';
import { serverCookie } from '$lib/server/cookies';
import { actorColumn, actorFromColumn } from '$lib/server/members/actor';
import type { Actor } from '$lib/domain/members/actor';

export const SESSION_COOKIE = 'plenary_session';
/** A session cookie longer than this is none of ours: not looked up. */
export const MAX_SESSION_COOKIE = 100;
const DAY = 24 * 60 * 60 * 1000;
const LIFETIME = 30 * DAY;
// Sliding expiry: a session used in its last 15 days is extended, so active members stay in.
const RENEW_WITHIN = 15 * DAY;
const SEEN_WITHIN = 5 * 60 * 1000;

export type SessionMember = Pick<
	Member,
	'id' | 'handle' | 'displayName' | 'email' | 'locale' | 'timeZone' | 'theme' | 'tier' | 'country'
>;

export async function createSession(db: Queryable, memberId: number, userAgent: string) {
	const { token, id } = newToken();
	const expiresAt = new Date(Date.now() + LIFETIME);
	await db.insert(sessions).values({ id, memberId, expiresAt, userAgent: userAgent.slice(0, 300) });
	return { token, expiresAt };
}

/**
 * The session and its member, as every request of a member reads them: built once per database
 * handle, since building the query (the actor's chapters, mandates and rights in one statement)
 * costs more CPU than the database takes to answer it. Its name is empty, so it goes as an unnamed
 * statement and nothing stays prepared on the server (a pooler in transaction mode is fine).
 */
function sessionLookup(db: Queryable) {
	return db
		.select({
			expiresAt: sessions.expiresAt,
			lastSeenAt: sessions.lastSeenAt,
			member: {
				id: members.id,
				handle: members.handle,
				displayName: members.displayName,
				email: members.email,
				locale: members.locale,
				timeZone: members.timeZone,
				theme: members.theme,
				tier: members.tier,
				country: members.country,
				lastActiveAt: members.lastActiveAt
			},
			actor: actorColumn(members.id)
		})
		.from(sessions)
		.innerJoin(members, eq(members.id, sessions.memberId))
		.where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql`now()`)))
		.limit(1)
		.prepare('');
}
const lookups = new WeakMap<Queryable, ReturnType<typeof sessionLookup>>();

/** The member behind a session cookie, or null; renews the session and marks the member active. */
export async function validateSession(
	db: Queryable,
	token: string
): Promise<{
	member: SessionMember;
	/** The member as every policy sees them (null for a deleted member), read in the same query. */
	actor: Actor | null;
	expiresAt: Date;
	/** Whether the expiry moved, so the cookie must be sent again with it. */
	renewed: boolean;
	sessionId: string;
} | null> {
	const id = hashToken(token);
	let lookup = lookups.get(db);
	if (!lookup) lookups.set(db, (lookup = sessionLookup(db)));
	const [row] = await lookup.execute({ id });
	if (!row) return null;
	let expiresAt = row.expiresAt;
	const now = Date.now();
	const renew = expiresAt.getTime() - now < RENEW_WITHIN;
	if (renew) expiresAt = new Date(now + LIFETIME);
	// "Last seen" to within a few minutes is enough for the list of sessions, and saves a write.
	if (renew || now - row.lastSeenAt.getTime() > SEEN_WITHIN)
		await db
			.update(sessions)
			.set({ expiresAt, lastSeenAt: sql`now()` })
			.where(eq(sessions.id, id));
	// At most one write a day per member: enough for lapsing rules, cheap on every request.
	if (now - row.member.lastActiveAt.getTime() > DAY) {
		await db
			.update(members)
			.set({ lastActiveAt: sql`now()` })
			.where(eq(members.id, row.member.id));
	}
	const { lastActiveAt: _unused, ...member } = row.member;
	return {
		member,
		actor: actorFromColumn(row.actor),
		expiresAt,
		renewed: renew,
		sessionId: id
	};
}

export async function deleteSession(db: Queryable, token: string) {
	await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteMemberSessions(db: Queryable, memberId: number) {
	await db.delete(sessions).where(eq(sessions.memberId, memberId));
}

/** The member's sessions, the newest first, with the one making this request marked. */
export async function sessionList(db: Queryable, memberId: number, currentToken: string | null) {
	const current = currentToken ? hashToken(currentToken) : '';
	const rows = await db
		.select({
			id: sessions.id,
			userAgent: sessions.userAgent,
			createdAt: sessions.createdAt,
			lastSeenAt: sessions.lastSeenAt
		})
		.from(sessions)
		.where(and(eq(sessions.memberId, memberId), gt(sessions.expiresAt, sql`now()`)))
		.orderBy(desc(sessions.lastSeenAt), desc(sessions.id))
		.limit(100);
	return rows.map((row) => ({ ...row, current: row.id === current }));
}

export async function deleteExpiredSessions(db: Queryable) {
	await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(SESSION_COOKIE, token, {
		...serverCookie(url),
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, serverCookie(url));
}
