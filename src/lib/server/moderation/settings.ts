import type { Queryable } from '$lib/server/db/client';
import { DEFAULT_JURY_POLICY, type JuryPolicy } from '$lib/domain/moderation/jury';
import { oneSetting } from '$lib/server/instance/values';

export const JURY_POLICY_KEY = 'moderation.juries';

/**
 * The posting policy as the members set it (`moderation.juries`), or its defaults. The quorum is
 * never more than the jury. Read when a case opens, is drawn again or is decided.
 */
export async function juryPolicy(db: Queryable): Promise<JuryPolicy> {
	const current = await oneSetting(db, JURY_POLICY_KEY);
	const value = { ...DEFAULT_JURY_POLICY, ...((current?.value ?? {}) as Partial<JuryPolicy>) };
	return { ...value, quorum: Math.min(value.quorum, value.jurySize) };
}
