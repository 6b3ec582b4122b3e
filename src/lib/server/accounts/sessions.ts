import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Queryable } from '$lib/server/db/client';
import { gatheredByTurn } from '$lib/server/db/together';
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
 * The sessions and their members, as every request of a member reads them: built once per
 * database handle, since building the query (the actor's chapters, mandates and rights in one
 * statement) costs more CPU than the database takes to answer it. It is a named statement, so each
 * connection plans it once rather than on every request (planning it took longer than running it);
 * a pooler in transaction mode must then keep prepared statements (docs/scaling.md).
 */
function sessionLookup(db: Queryable) {
	return db
		.select({
			id: sessions.id,
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
		.where(
			and(sql`${sessions.id} = any(${sql.placeholder('ids')})`, gt(sessions.expiresAt, sql`now()`))
		)
		.prepare('plenary_session_lookup');
}
type Lookup = ReturnType<typeof sessionLookup>;

const lookups = new WeakMap<Queryable, Lookup>();

/** The session of this id, read together with every other asked for in the same turn. */
const lookUp = gatheredByTurn(async (db, asked: Map<string, null>) => {
	let lookup = lookups.get(db);
	if (!lookup) lookups.set(db, (lookup = sessionLookup(db)));
	const rows = await lookup.execute({ ids: [...asked.keys()] });
	return new Map(rows.map((row) => [row.id, row]));
});

/** Sessions seen: their expiry (moved when renewed) and "last seen", in one statement a turn. */
const markSeen = gatheredByTurn(async (db, asked: Map<string, Date>) => {
	const ids = [...asked.keys()];
	const expiries = [...asked.values()].map((at) => at.toISOString());
	await db.execute(sql`update sessions s set expires_at = seen.expires_at, last_seen_at = now()
		from unnest(${sql.param(ids)}::text[], ${sql.param(expiries)}::timestamptz[]) as seen(id, expires_at)
		where s.id = seen.id`);
});

/** Members active today, in one statement a turn. */
const markActive = gatheredByTurn(async (db, asked: Map<number, null>) => {
	await db.execute(
		sql`update members set last_active_at = now() where id = any(${sql.param([...asked.keys()])}::int[])`
	);
});

type FoundSession = {
	member: SessionMember;
	/** The member as every policy sees them (null for a deleted member), read in the same query. */
	actor: Actor | null;
	expiresAt: Date;
	/** Whether the expiry moved, so the cookie must be sent again with it. */
	renewed: boolean;
	sessionId: string;
};

/**
 * The member behind a session cookie, or null, read only: `due` says what validateSession writes
 * (touchSession: the session renewed or marked seen, its member marked active). The ballot door
 * (ballot-door.ts) writes the same, and leaves a renewal, whose cookie must go again, to the hook.
 */
export async function findSession(
	db: Queryable,
	token: string
): Promise<(FoundSession & { due: { session: boolean; member: boolean } }) | null> {
	const id = hashToken(token);
	const row = await lookUp(db, id, null);
	if (!row) return null;
	let expiresAt = row.expiresAt;
	const now = Date.now();
	const renew = expiresAt.getTime() - now < RENEW_WITHIN;
	if (renew) expiresAt = new Date(now + LIFETIME);
	const { lastActiveAt, ...member } = row.member;
	return {
		member,
		actor: actorFromColumn(row.actor),
		expiresAt,
		renewed: renew,
		sessionId: id,
		due: {
			// "Last seen" to within a few minutes is enough for the list of sessions, and saves a write.
			session: renew || now - row.lastSeenAt.getTime() > SEEN_WITHIN,
			// At most one write a day per member: enough for lapsing rules, cheap on every request.
			member: now - lastActiveAt.getTime() > DAY
		}
	};
}

/** The member behind a session cookie, or null; renews the session and marks the member active. */
export async function validateSession(db: Queryable, token: string): Promise<FoundSession | null> {
	const found = await findSession(db, token);
	if (!found) return null;
	const { due, ...session } = found;
	await touchSession(db, { ...session, due });
	return session;
}

/**
 * Write what findSession found due: the session's new expiry and "last seen", the member's
 * "active", each together with those of the other requests of the same turn.
 */
export async function touchSession(
	db: Queryable,
	found: Pick<FoundSession, 'sessionId' | 'expiresAt' | 'member'> & {
		due: { session: boolean; member: boolean };
	}
) {
	await Promise.all([
		found.due.session && markSeen(db, found.sessionId, found.expiresAt),
		found.due.member && markActive(db, found.member.id, null)
	]);
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
