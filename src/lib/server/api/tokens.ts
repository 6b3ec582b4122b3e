/**
 * Personal access tokens: created and revoked by their member in settings, used as
 * `Authorization: Bearer …` on /api/v1 only. The secret is shown once; like a session cookie only
 * its SHA-256 is stored (accounts/tokens.ts), so the table gives no working token. A token acts as
 * its member: the caller gets the same Actor the server hook builds for a session (loadActor), so
 * every policy and privacy rule holds unchanged.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/members/actor';
import { isApiScope, type ApiScope } from '$lib/domain/api/scopes';
import type { Queryable } from '$lib/server/db/client';
import { apiTokens } from '$lib/server/db/schema';
import { hashToken } from '$lib/server/accounts/tokens';
import { command } from '$lib/server/command';
import { Conflict, NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { LIMITS, maxUses, RateLimited } from '$lib/server/limits';
import { loadActor } from '$lib/server/members/actor';
import { parseInput } from '$lib/server/validation';
import { tokenInput } from '$lib/schemas/api';
import { randomBytes } from 'node:crypto';

/** Tokens start with this, so that secret scanners (and people) can recognise a leaked one. */
export const TOKEN_PREFIX = 'plenary_';
const SHAPE = /^plenary_[A-Za-z0-9_-]{43}$/;
/** A member keeps at most this many live tokens: enough for every bot, not for a flood of rows. */
export const MAX_TOKENS = 20;

function newSecret(): string {
	return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Create a token; the answer holds the secret, which is never shown again. */
export const createApiToken = command({
	input: (raw: unknown, now: Date = new Date()) => {
		const input = parseInput(tokenInput, raw);
		return { ...input, scopes: [...new Set(input.scopes)], now };
	},
	load: async (tx, actor) => {
		// One member's creations in turn, so the count below cannot be raced past.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('api-token'), ${actor.id}::int)`);
		const [{ live }] = await tx
			.select({ live: sql<number>`count(*)::int` })
			.from(apiTokens)
			.where(and(eq(apiTokens.memberId, actor.id), isNull(apiTokens.revokedAt)));
		return { live: Number(live) };
	},
	// Any signed-in member may make one; what it can do is still decided by their rights.
	allow: (actor: Actor) => !!actor,
	check: ({ live }) => {
		if (live >= MAX_TOKENS) throw new Conflict('api_error_too_many_tokens');
	},
	run: async (tx, actor, _s, { name, scopes, expiresInDays, now }) => {
		const secret = newSecret();
		const expiresAt = expiresInDays
			? new Date(now.getTime() + Number(expiresInDays) * 86_400_000)
			: null;
		const [row] = await tx
			.insert(apiTokens)
			.values({
				memberId: actor.id,
				name,
				secretHash: hashToken(secret),
				hint: secret.slice(-4),
				scopes,
				expiresAt
			})
			.returning({ id: apiTokens.id });
		return { id: row.id, secret, expiresAt };
	},
	event: (out, _s, { scopes }, actor) =>
		eventAbout('member', actor.id, actor.id, {
			type: 'api-token.created',
			data: { tokenId: out.id, scopes }
		})
});

/** Revoke one of one's own tokens; another member's token is not found. */
export const revokeApiToken = command({
	input: (tokenId: number) => ({ tokenId }),
	load: async (tx, actor, { tokenId }) => {
		const [row] = await tx
			.select({ id: apiTokens.id })
			.from(apiTokens)
			.where(
				and(
					eq(apiTokens.id, tokenId),
					eq(apiTokens.memberId, actor.id),
					isNull(apiTokens.revokedAt)
				)
			)
			.for('update');
		if (!row) throw new NotFound('api_error_token_not_found');
		return row;
	},
	allow: (actor: Actor) => !!actor,
	run: (tx, _actor, row) =>
		tx
			.update(apiTokens)
			.set({ revokedAt: sql`now()` })
			.where(eq(apiTokens.id, row.id)),
	event: (_out, row, _i, actor) =>
		eventAbout('member', actor.id, actor.id, {
			type: 'api-token.revoked',
			data: { tokenId: row.id }
		})
});

export type TokenSummary = {
	id: number;
	name: string;
	hint: string;
	scopes: ApiScope[];
	createdAt: Date;
	expiresAt: Date | null;
	lastUsedAt: Date | null;
	expired: boolean;
};

/** The member's live tokens (revoked ones are gone from the list), newest first. */
export async function tokenList(db: Queryable, memberId: number): Promise<TokenSummary[]> {
	const rows = await db
		.select({
			id: apiTokens.id,
			name: apiTokens.name,
			hint: apiTokens.hint,
			scopes: apiTokens.scopes,
			createdAt: apiTokens.createdAt,
			expiresAt: apiTokens.expiresAt,
			lastUsedAt: apiTokens.lastUsedAt
		})
		.from(apiTokens)
		.where(and(eq(apiTokens.memberId, memberId), isNull(apiTokens.revokedAt)))
		.orderBy(desc(apiTokens.id))
		.limit(MAX_TOKENS);
	const now = Date.now();
	return rows.map((r) => ({
		...r,
		scopes: r.scopes.filter(isApiScope),
		expired: !!r.expiresAt && r.expiresAt.getTime() <= now
	}));
}

/** Why a presented token does not work: each is a 401 with its own explanation. */
export type TokenRefusal = 'malformed' | 'unknown' | 'revoked' | 'expired' | 'lapsed';

export type TokenCaller = { tokenId: number; scopes: Set<ApiScope>; actor: Actor };

/**
 * The caller behind a bearer secret, or why there is none. Counting the request against the
 * token's window and recording its last use are one write: a token over its window gets 429
 * (RateLimited, with the seconds to wait) before anything else runs.
 */
export async function authenticateToken(
	db: Queryable,
	secret: string
): Promise<TokenCaller | TokenRefusal> {
	if (!SHAPE.test(secret)) return 'malformed';
	const max = await maxUses(db, LIMITS.apiRequest);
	const window = sql.raw(`interval '${Math.trunc(LIMITS.apiRequest.windowMinutes)} minutes'`);
	const fresh = sql`(t.window_started_at is null or t.window_started_at <= now() - ${window})`;
	// Only a token that still works is counted; which refusal it is comes from the same row.
	const { rows } = await db.execute<{
		id: number;
		member_id: number;
		scopes: string[];
		revoked: boolean;
		expired: boolean;
		used: number;
		retry: number;
	}>(sql`
		with found as (
			select id, revoked_at is not null as revoked,
				coalesce(expires_at <= now(), false) as expired
			from api_tokens where secret_hash = ${hashToken(secret)}
		), counted as (
			update api_tokens t set
				last_used_at = now(),
				window_used = case when ${fresh} then 1 else t.window_used + 1 end,
				window_started_at = case when ${fresh} then now() else t.window_started_at end
			from found f
			where t.id = f.id and not f.revoked and not f.expired
			returning t.id, t.window_used as used,
				ceil(extract(epoch from (t.window_started_at + ${window} - now())))::int as retry
		)
		select t.id, t.member_id, t.scopes, f.revoked, f.expired, c.used, c.retry
		from found f join api_tokens t on t.id = f.id left join counted c on c.id = f.id`);
	const row = rows[0];
	if (!row) return 'unknown';
	if (row.revoked) return 'revoked';
	if (row.expired) return 'expired';
	if (Number(row.used) > max) throw new RateLimited(Math.max(1, Number(row.retry)));
	// A deleted member has no actor; a lapsed one has no rights until they say they are back.
	const actor = await loadActor(db, Number(row.member_id));
	if (!actor) return 'unknown';
	if (actor.lapsed) return 'lapsed';
	return {
		tokenId: Number(row.id),
		scopes: new Set(row.scopes.filter(isApiScope)),
		actor
	};
}
