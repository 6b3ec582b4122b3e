import { B as chapters, K as sessions, q as members, z as chapterMemberships } from "./i18n.js";
import { t as appendEvent } from "./append.js";
import { and, eq, gt, sql } from "drizzle-orm";
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
// src/lib/server/chapters/placement.ts
/** A URL slug: lower case letters and digits of any script, joined by hyphens. */
function slugify(text) {
	return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "chapter";
}
/** "  new   york " → "new york": how a city is compared and stored. */
function normaliseCity(city) {
	const clean = (city ?? "").trim().replace(/\s+/g, " ");
	return clean ? clean.slice(0, 80) : null;
}
async function freeSlug(tx, base) {
	const taken = await tx.select({ slug: chapters.slug }).from(chapters).where(sql`${chapters.slug} = ${base} or ${chapters.slug} like ${base + "-%"}`);
	const used = new Set(taken.map((r) => r.slug));
	if (!used.has(base)) return base;
	for (let n = 2;; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
/** The organisation's root chapter, created the first time it is needed. */
async function ensureRootChapter(tx) {
	const [root] = await tx.select({ id: chapters.id }).from(chapters).where(eq(chapters.kind, "organisation")).limit(1);
	if (root) return root.id;
	const [created] = await tx.insert(chapters).values({
		kind: "organisation",
		name: "organisation",
		slug: "organisation"
	}).returning({ id: chapters.id });
	return created.id;
}
/** The chapter of a country, created (under the root) when none exists. */
async function ensureCountryChapter(tx, country, actorId) {
	const [found] = await tx.select({ id: chapters.id }).from(chapters).where(and(eq(chapters.kind, "country"), eq(chapters.country, country)));
	if (found) return {
		id: found.id,
		created: false
	};
	const rootId = await ensureRootChapter(tx);
	const [created] = await tx.insert(chapters).values({
		kind: "country",
		parentId: rootId,
		country,
		name: country,
		slug: await freeSlug(tx, country.toLowerCase())
	}).returning({ id: chapters.id });
	await appendEvent(tx, {
		type: "chapter.created",
		actorId,
		subjectType: "chapter",
		subjectId: created.id,
		data: {
			kind: "country",
			country
		}
	});
	return {
		id: created.id,
		created: true
	};
}
/** The local chapter of a city, created (under its country) when none exists. */
async function ensureLocalChapter(tx, country, city, actorId) {
	const [found] = await tx.select({ id: chapters.id }).from(chapters).where(and(eq(chapters.kind, "local"), eq(chapters.country, country), sql`lower(${chapters.city}) = lower(${city})`));
	if (found) return {
		id: found.id,
		created: false
	};
	const parent = await ensureCountryChapter(tx, country, actorId);
	const [created] = await tx.insert(chapters).values({
		kind: "local",
		parentId: parent.id,
		country,
		city,
		name: city,
		slug: await freeSlug(tx, `${country.toLowerCase()}-${slugify(city)}`)
	}).returning({ id: chapters.id });
	await appendEvent(tx, {
		type: "chapter.created",
		actorId,
		subjectType: "chapter",
		subjectId: created.id,
		data: {
			kind: "local",
			country,
			city
		}
	});
	return {
		id: created.id,
		created: true
	};
}
/**
* Put a new member in the local chapter of their city (created when none exists), and so in its
* country chapter; without a city, in the country chapter. Runs in the sign-up transaction.
*/
async function placeNewMember(tx, member) {
	const city = normaliseCity(member.city);
	const target = city ? await ensureLocalChapter(tx, member.country, city, member.id) : await ensureCountryChapter(tx, member.country, member.id);
	await tx.insert(chapterMemberships).values({
		chapterId: target.id,
		memberId: member.id,
		home: true
	}).onConflictDoNothing();
	await appendEvent(tx, {
		type: "member.placed",
		actorId: member.id,
		subjectType: "chapter",
		subjectId: target.id,
		data: {
			memberId: member.id,
			created: target.created
		}
	});
	return {
		chapterId: target.id,
		created: target.created
	};
}
// src/lib/server/accounts/tokens.ts
/** A random secret for a cookie or a mailed link; only its SHA-256 is stored. */
function newToken() {
	const token = randomBytes(32).toString("base64url");
	return {
		token,
		id: hashToken(token)
	};
}
function hashToken(token) {
	return createHash("sha256").update(token).digest("hex");
}
// src/lib/server/accounts/passwords.ts
var OPTIONS = {
	algorithm: 2,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
};
function hashPassword(password) {
	return hash(password, OPTIONS);
}
var dummy;
async function verifyPassword(passwordHash, password) {
	if (!passwordHash) {
		dummy ??= hashPassword(crypto.randomUUID());
		await verify(await dummy, password).catch(() => false);
		return false;
	}
	return verify(passwordHash, password).catch(() => false);
}
// src/lib/server/accounts/sessions.ts
var SESSION_COOKIE = "plenary_session";
var DAY = 864e5;
var LIFETIME = 30 * DAY;
var RENEW_WITHIN = 15 * DAY;
async function createSession(db, memberId, userAgent) {
	const { token, id } = newToken();
	const expiresAt = new Date(Date.now() + LIFETIME);
	await db.insert(sessions).values({
		id,
		memberId,
		expiresAt,
		userAgent: userAgent.slice(0, 300)
	});
	return {
		token,
		expiresAt
	};
}
/** The member behind a session cookie, or null; renews the session and marks the member active. */
async function validateSession(db, token) {
	const id = hashToken(token);
	const [row] = await db.select({
		expiresAt: sessions.expiresAt,
		member: {
			id: members.id,
			handle: members.handle,
			displayName: members.displayName,
			email: members.email,
			locale: members.locale,
			timeZone: members.timeZone,
			tier: members.tier,
			country: members.country,
			lastActiveAt: members.lastActiveAt
		}
	}).from(sessions).innerJoin(members, eq(members.id, sessions.memberId)).where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`))).limit(1);
	if (!row) return null;
	let expiresAt = row.expiresAt;
	const now = Date.now();
	if (expiresAt.getTime() - now < RENEW_WITHIN) {
		expiresAt = new Date(now + LIFETIME);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
	}
	if (now - row.member.lastActiveAt.getTime() > DAY) await db.update(members).set({ lastActiveAt: sql`now()` }).where(eq(members.id, row.member.id));
	const { lastActiveAt: _unused, ...member } = row.member;
	return {
		member,
		expiresAt,
		sessionId: id
	};
}
async function deleteSession(db, token) {
	await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}
async function deleteMemberSessions(db, memberId) {
	await db.delete(sessions).where(eq(sessions.memberId, memberId));
}
function setSessionCookie(cookies, url, token, expiresAt) {
	cookies.set(SESSION_COOKIE, token, {
		path: "/",
		httpOnly: true,
		sameSite: "lax",
		secure: url.protocol === "https:",
		expires: expiresAt
	});
}
function clearSessionCookie(cookies, url) {
	cookies.delete(SESSION_COOKIE, {
		path: "/",
		httpOnly: true,
		sameSite: "lax",
		secure: url.protocol === "https:"
	});
}
export { deleteSession as a, hashPassword as c, newToken as d, normaliseCity as f, deleteMemberSessions as i, verifyPassword as l, slugify as m, clearSessionCookie as n, setSessionCookie as o, placeNewMember as p, createSession as r, validateSession as s, SESSION_COOKIE as t, hashToken as u };
