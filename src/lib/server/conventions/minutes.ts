/**
 * The minutes are written as the session runs, by the commands themselves, in the same
 * transaction as what they record: items, speakers, motions, votes and counts. Names and words
 * are rendered when read, in the reader's language, from ids and counts stored here.
 */
import type { Tx } from '$lib/server/db/client';
import { conventionMinutes } from '$lib/server/db/schema';
import type { MinuteKind } from '$lib/domain/conventions/types';

export async function record(
	tx: Tx,
	conventionId: number,
	kind: MinuteKind,
	entry: {
		itemId?: number | null;
		memberId?: number | null;
		motionId?: number | null;
		data?: Record<string, string | number | null>;
		text?: string;
	} = {}
): Promise<number> {
	const [row] = await tx
		.insert(conventionMinutes)
		.values({
			conventionId,
			kind,
			itemId: entry.itemId ?? null,
			memberId: entry.memberId ?? null,
			motionId: entry.motionId ?? null,
			data: entry.data ?? {},
			text: entry.text ?? ''
		})
		.returning({ id: conventionMinutes.id });
	return row.id;
}
