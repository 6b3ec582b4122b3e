import { limitScale } from '$lib/server/limits';
import { forgetOnReset } from '$lib/server/process-state';
import { eq } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import { instanceSettings } from '$lib/server/db/schema';

/**
 * Limits that keep discussion civil. Defaults live here; an installation (or, later, a decision)
 * overrides any of them in `instance_settings` under the key `writing.limits`.
 */
export type WritingLimits = {
	/** Comments one member may post in an hour, everywhere together. */
	commentsPerHour: number;
	/** Comments one member may post under one post or thread in 24 hours. */
	commentsPerThreadPerDay: number;
	/** Posts and threads one member may start in 24 hours. */
	postsPerDay: number;
	/** Seconds between two comments of one member in a thread put in slow mode. */
	slowModeSeconds: number;
	/** Open flags from different members that collapse a comment until it is reviewed. */
	flagThreshold: number;
};

export const DEFAULT_LIMITS: WritingLimits = {
	commentsPerHour: 60,
	commentsPerThreadPerDay: 40,
	postsPerDay: 10,
	slowModeSeconds: 300,
	flagThreshold: 3
};

export const LIMITS_KEY = 'writing.limits';

// Read on every page with comments; kept for a few seconds per process (a change made in this
// process is seen at once, one made on another app node within CACHE_MS).
const CACHE_MS = 5_000;
let cached: { at: number; limits: WritingLimits } | undefined;
forgetOnReset(() => (cached = undefined));

export async function writingLimits(db: Queryable): Promise<WritingLimits> {
	if (cached && Date.now() - cached.at < CACHE_MS) return cached.limits;
	const limits = await readLimits(db);
	cached = { at: Date.now(), limits };
	return limits;
}

async function readLimits(db: Queryable): Promise<WritingLimits> {
	const [row] = await db
		.select({ value: instanceSettings.value })
		.from(instanceSettings)
		.where(eq(instanceSettings.key, LIMITS_KEY));
	const stored = (row?.value ?? {}) as Partial<WritingLimits>;
	const out = { ...DEFAULT_LIMITS };
	for (const key of Object.keys(DEFAULT_LIMITS) as (keyof WritingLimits)[]) {
		const v = stored[key];
		if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = Math.floor(v);
	}
	// Counts one member may reach scale with PLENARY_LIMIT_SCALE, like every per-member limit
	// (limits.ts); a pause and a flag threshold are not counts of one member's work.
	const scale = limitScale();
	for (const key of ['commentsPerHour', 'commentsPerThreadPerDay', 'postsPerDay'] as const)
		out[key] = Math.floor(out[key] * scale);
	return out;
}

/** Forget the kept copy (after the limits changed in this process). */
export function forgetWritingLimits() {
	cached = undefined;
}

/** Operators (and tests) change the limits here. */
export async function setWritingLimits(db: Queryable, limits: Partial<WritingLimits>) {
	const value = { ...(await readLimits(db)), ...limits };
	cached = undefined;
	await db
		.insert(instanceSettings)
		.values({ key: LIMITS_KEY, value })
		.onConflictDoUpdate({ target: instanceSettings.key, set: { value, updatedAt: new Date() } });
}
