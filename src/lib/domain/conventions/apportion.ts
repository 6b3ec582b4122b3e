/**
 * Delegate seats shared among chapters in proportion to their members: the largest-remainder
 * (Hamilton) method, with every chapter that has members sure of one seat when there are seats
 * enough for that. Ties in the remainders go to the bigger chapter, then the lower id, so the
 * result is the same every time.
 */
export type ChapterSize = { id: number; members: number };

export function apportionDelegates(
	chapters: readonly ChapterSize[],
	seats: number
): Map<number, number> {
	const out = new Map<number, number>();
	const living = chapters.filter((c) => c.members > 0);
	for (const c of chapters) out.set(c.id, 0);
	if (seats <= 0 || living.length === 0) return out;
	const byTie = (a: ChapterSize, b: ChapterSize) => b.members - a.members || a.id - b.id;
	let left = seats;
	let pool = living;
	// One seat each first, when every chapter can have one: a small chapter is still heard.
	if (seats >= living.length) {
		for (const c of living) out.set(c.id, 1);
		left -= living.length;
	} else {
		pool = [...living].sort(byTie).slice(0, seats);
		for (const c of pool) out.set(c.id, 1);
		return out;
	}
	const total = pool.reduce((s, c) => s + c.members, 0);
	// Integer arithmetic: the quota of each chapter is members * left / total.
	const shares = pool.map((c) => ({
		c,
		whole: Math.floor((c.members * left) / total),
		rest: (c.members * left) % total
	}));
	let given = 0;
	for (const s of shares) {
		out.set(s.c.id, out.get(s.c.id)! + s.whole);
		given += s.whole;
	}
	const byRest = [...shares].sort((a, b) => b.rest - a.rest || byTie(a.c, b.c));
	for (let i = 0; i < left - given; i++) out.set(byRest[i].c.id, out.get(byRest[i].c.id)! + 1);
	return out;
}
