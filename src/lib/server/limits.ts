/**
 * Per-member limits on creating work: how many posts, comments, uploads… one member may make in a
 * window, so that one member cannot flood everyone else. A command names its limit
 * (`command({ limit: LIMITS.post, … })`) and the pipeline counts it in the command's own
 * transaction: a refused or failed command counts nothing, and the count holds across every app
 * process sharing the database (one row per member and action, locked by the upsert, so two
 * requests of one member are counted one after the other).
 *
 * The numbers below are defaults: the members set their own in the setting `limits.per_member`
 * (src/lib/server/instance/registry.ts). Area settings may add stricter, organisation-chosen
 * limits (posts a day, comments in a thread); these are the backstop every installation has.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { DomainError, TooManyRequests } from '$lib/server/errors';
import { forgetOnReset } from './process-state';

export type Limit = {
	/** Stored name of the counter; several commands may share one. */
	action: string;
	/** Most times in a window. */
	max: number;
	windowMinutes: number;
};

const hourly = (action: string, max: number): Limit => ({ action, max, windowMinutes: 60 });

/** The limits every member has. Numbers are generous for a person, tight for a script. */
export const LIMITS = {
	/** Posts and forum threads started. */
	post: hourly('post', 20),
	comment: hourly('comment', 120),
	/** Images uploaded (each is resized into several files). */
	image: hourly('image', 30),
	/** Projects proposed. */
	project: hourly('project', 10),
	/** Tasks added and updates posted to projects. */
	task: hourly('task', 60),
	projectUpdate: hourly('project-update', 30),
	/** Flags raised for moderators. */
	flag: hourly('flag', 30),
	/** Proposals (decisions) submitted, amendments and petitions signed or started. */
	proposal: hourly('proposal', 10),
	amendment: hourly('amendment', 30),
	petition: hourly('petition', 30),
	/** Actions that send mail to someone other than the member. */
	mail: hourly('mail', 10),
	/** Private messages sent (starting a conversation counts as one). */
	message: hourly('message', 60),
	/**
	 * Private messages sent by an account younger than NEW_ACCOUNT_DAYS, counted besides `message`
	 * over a day: a new account cannot reach many strangers before anyone can tell who it is.
	 */
	messageNewAccount: { action: 'message-new-account', max: 20, windowMinutes: 24 * 60 },
	/**
	 * Requests made with one personal access token (src/lib/server/api/tokens.ts), counted on the
	 * token's own row: a bot polling every few seconds fits, a runaway loop does not.
	 */
	apiRequest: hourly('api-request', 1200)
} satisfies Record<string, Limit>;

/** How young an account is when the stricter `messageNewAccount` limit applies, in days. */
export const NEW_ACCOUNT_DAYS = 7;

/** Total bytes of images one member may keep stored (every size counted). */
export const IMAGE_QUOTA_BYTES = 100 * 1024 * 1024;

/**
 * `PLENARY_LIMIT_SCALE` multiplies every limit (default 1): an installation whose members do
 * more than these numbers allow, or a test suite where one account plays many people, raises them
 * all at once without editing code.
 */
export function limitScale(): number {
	const scale = Number(process.env.PLENARY_LIMIT_SCALE ?? 1);
	return Number.isFinite(scale) && scale >= 1 ? scale : 1;
}

/** The setting where the members set their own maxima, by action (`{ post: 20, … }`). */
export const PER_MEMBER_KEY = 'limits.per_member';

// Read by every command that creates work: kept for a few seconds per process (a change made in
// this process is seen at once, one made on another app node within CACHE_MS).
const CACHE_MS = 10_000;
let own: { at: number; values: Record<string, unknown> } | undefined;

export function forgetPerMemberLimits() {
	own = undefined;
}
forgetOnReset(forgetPerMemberLimits);

/** The most uses of `limit` in a window: the organisation's own number, else the default, scaled. */
export async function maxUses(db: Queryable, limit: Limit): Promise<number> {
	if (!own || Date.now() - own.at > CACHE_MS) {
		const { rows } = await db.execute<{ value: unknown }>(
			sql`select value from instance_settings where key = ${PER_MEMBER_KEY}`
		);
		const value = rows[0]?.value;
		own = {
			at: Date.now(),
			values: value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
		};
	}
	const set = own.values[limit.action];
	const max = Number.isInteger(set) && (set as number) > 0 ? (set as number) : limit.max;
	return Math.floor(max * limitScale());
}

/** Over a per-member limit: 429, with the seconds until the window ends for Retry-After. */
export class RateLimited extends TooManyRequests {
	constructor(readonly retryAfter: number) {
		super('error_rate_limited', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) });
	}
}

/** Over a per-member storage quota: 413. */
export class QuotaExceeded extends DomainError {
	readonly status = 413;
}

/**
 * Count one more use of `limit` by the member, refusing with RateLimited when the window is full.
 * Call inside the transaction of the action, so a failed action counts nothing.
 */
export async function countUse(tx: Queryable, memberId: number, limit: Limit): Promise<void> {
	const window = sql.raw(`interval '${Math.trunc(limit.windowMinutes)} minutes'`);
	const fresh = sql`l.window_started_at <= now() - ${window}`;
	const { rows } = await tx.execute<{ used: number; retry: number }>(sql`
		insert into member_limits as l (member_id, action, window_started_at, used)
		values (${memberId}, ${limit.action}, now(), 1)
		on conflict (member_id, action) do update set
			used = case when ${fresh} then 1 else l.used + 1 end,
			window_started_at = case when ${fresh} then now() else l.window_started_at end
		returning used, ceil(extract(epoch from (window_started_at + ${window} - now())))::int as retry`);
	const { used, retry } = rows[0];
	if (Number(used) > (await maxUses(tx, limit))) throw new RateLimited(Math.max(1, Number(retry)));
}

/**
 * Refuse at once when the member's window for `limit` is already full, without counting: for work
 * done before the command (resizing an upload) that should not be done at all past the limit.
 */
export async function assertUnderLimit(
	db: Queryable,
	memberId: number,
	limit: Limit
): Promise<void> {
	const window = sql.raw(`interval '${Math.trunc(limit.windowMinutes)} minutes'`);
	const max = await maxUses(db, limit);
	const { rows } = await db.execute<{ retry: number }>(sql`
		select ceil(extract(epoch from (window_started_at + ${window} - now())))::int as retry
		from member_limits
		where member_id = ${memberId} and action = ${limit.action}
			and window_started_at > now() - ${window} and used >= ${max}`);
	if (rows.length) throw new RateLimited(Math.max(1, Number(rows[0].retry)));
}
