import type { MemberBalance } from './balance';

/**
 * Who should take the next onerous task: among the members willing to, the one who has carried
 * the least onerous work so far; ties go to the one with less effort overall, then to the lower
 * member id, so the suggestion is stable and anyone can check it.
 */
export function suggestForOnerousTask(
	balance: readonly MemberBalance[],
	willing: ReadonlySet<number>
): number | null {
	let best: MemberBalance | null = null;
	for (const row of balance) {
		if (!willing.has(row.memberId)) continue;
		if (
			!best ||
			row.onerous < best.onerous ||
			(row.onerous === best.onerous &&
				(row.effort < best.effort || (row.effort === best.effort && row.memberId < best.memberId)))
		) {
			best = row;
		}
	}
	return best?.memberId ?? null;
}
