/**
 * Readable differences between two versions of a text, and applying an amendment (a whole amended
 * text against the version it was written on) to a text that has changed since.
 *
 * The diff is Myers' O((N+M)·D) algorithm over tokens: words for display, lines for merging.
 */

export type DiffOp = 'equal' | 'delete' | 'insert';
export type Hunk = { op: DiffOp; a0: number; a1: number; b0: number; b1: number };
export type Segment = { op: DiffOp; text: string };

/**
 * Above this many edits the texts are treated as wholly replaced: a bound on time and memory (the
 * trace grows with the square of the edits), whatever the texts' length.
 */
const MAX_EDITS = 2000;

/**
 * The longest decision text or amendment, in characters (an amendment is a whole amended text).
 * With MAX_EDITS it bounds the cost of one diff; the forms say so with a translated error.
 */
export const MAX_TEXT_LENGTH = 50_000;

/** The edit script turning `a` into `b`, as runs of equal, deleted and inserted tokens. */
export function diffTokens(a: readonly string[], b: readonly string[]): Hunk[] {
	const n = a.length;
	const m = b.length;
	const max = Math.min(n + m, MAX_EDITS);
	const offset = max + 1;
	let v = new Int32Array(2 * max + 3);
	const trace: Int32Array[] = [];
	let found = -1;
	for (let d = 0; d <= max && found < 0; d++) {
		trace.push(v.slice());
		for (let k = -d; k <= d; k += 2) {
			let x =
				k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
					? v[offset + k + 1]
					: v[offset + k - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[offset + k] = x;
			if (x >= n && y >= m) {
				found = d;
				break;
			}
		}
		if (found < 0) v = v.slice();
	}
	if (found < 0) return wholesale(n, m);
	// Walk back through the trace to recover the path, then group it into hunks.
	const steps: DiffOp[] = [];
	let x = n;
	let y = m;
	for (let d = found; d > 0; d--) {
		const vd = trace[d];
		const k = x - y;
		const down = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]);
		const prevK = down ? k + 1 : k - 1;
		const prevX = vd[offset + prevK];
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			steps.push('equal');
			x--;
			y--;
		}
		steps.push(down ? 'insert' : 'delete');
		x = prevX;
		y = prevY;
	}
	while (x > 0 && y > 0) {
		steps.push('equal');
		x--;
		y--;
	}
	steps.reverse();
	return group(steps);
}

function wholesale(n: number, m: number): Hunk[] {
	const out: Hunk[] = [];
	if (n) out.push({ op: 'delete', a0: 0, a1: n, b0: 0, b1: 0 });
	if (m) out.push({ op: 'insert', a0: n, a1: n, b0: 0, b1: m });
	return out;
}

function group(steps: DiffOp[]): Hunk[] {
	const out: Hunk[] = [];
	let a = 0;
	let b = 0;
	for (const op of steps) {
		const last = out.at(-1);
		const h = last && last.op === op ? last : { op, a0: a, a1: a, b0: b, b1: b };
		if (h !== last) out.push(h);
		if (op !== 'insert') h.a1 = ++a;
		if (op !== 'delete') h.b1 = ++b;
	}
	return out;
}

/** Words and the spaces between them, so a diff shows changed words in place. */
export function words(text: string): string[] {
	return text.split(/(\s+)/).filter((t) => t.length > 0);
}

export function lines(text: string): string[] {
	return text.replace(/\r\n?/g, '\n').split('\n');
}

/** A word-level diff for reading: runs of kept, removed and added text. */
export function wordDiff(before: string, after: string): Segment[] {
	const a = words(before);
	const b = words(after);
	const out: Segment[] = [];
	for (const h of diffTokens(a, b)) {
		const text = h.op === 'insert' ? b.slice(h.b0, h.b1).join('') : a.slice(h.a0, h.a1).join('');
		out.push({ op: h.op, text });
	}
	return out;
}

/** How much a diff changes: words added and removed (for summaries). */
export function diffStats(segments: Segment[]) {
	const count = (op: DiffOp) =>
		segments
			.filter((s) => s.op === op)
			.reduce((n, s) => n + words(s.text.trim()).filter((w) => w.trim()).length, 0);
	return { added: count('insert'), removed: count('delete') };
}

/**
 * Apply the change from `base` to `amended` onto `current` (a later version of `base`). Each
 * changed region of the amendment must still read as it did in `base`; otherwise the amendment
 * conflicts with a change made since, and null is returned.
 */
export function applyAmendment(base: string, amended: string, current: string): string | null {
	if (current === base) return amended;
	const b = lines(base);
	const am = lines(amended);
	const cur = lines(current);
	// Where each line of the base sits in the current text (-1: changed since).
	const at = new Int32Array(b.length).fill(-1);
	for (const h of diffTokens(b, cur))
		if (h.op === 'equal') for (let i = h.a0; i < h.a1; i++) at[i] = h.b0 + (i - h.a0);
	const edits: { from: number; to: number; lines: string[] }[] = [];
	for (const h of regions(diffTokens(b, am))) {
		const place = h.a1 > h.a0 ? replaced(at, h.a0, h.a1) : inserted(at, h.a0, b.length, cur.length);
		if (!place) return null;
		edits.push({ ...place, lines: am.slice(h.b0, h.b1) });
	}
	const out = cur.slice();
	for (const e of edits.reverse()) out.splice(e.from, e.to - e.from, ...e.lines);
	return out.join('\n');
}

/** Where replaced base lines sit now: they must all be there, unchanged and together. */
function replaced(at: Int32Array, a0: number, a1: number) {
	for (let i = a0; i < a1; i++) if (at[i] < 0 || at[i] !== at[a0] + (i - a0)) return null;
	return { from: at[a0], to: at[a1 - 1] + 1 };
}

/** Where an insertion goes: between the same two lines, with nothing added there since. */
function inserted(at: Int32Array, a0: number, baseLength: number, currentLength: number) {
	const before = a0 === 0 ? -1 : at[a0 - 1];
	const after = a0 === baseLength ? currentLength : at[a0];
	if ((a0 > 0 && before < 0) || (a0 < baseLength && after < 0) || after !== before + 1) return null;
	return { from: after, to: after };
}

/** Adjacent deletions and insertions merged into one changed region. */
function regions(hunks: Hunk[]): Hunk[] {
	const out: Hunk[] = [];
	for (const h of hunks) {
		if (h.op === 'equal') continue;
		const last = out.at(-1);
		if (last && last.a1 === h.a0 && last.b1 === h.b0) {
			last.a1 = h.a1;
			last.b1 = h.b1;
		} else out.push({ ...h, op: 'delete' });
	}
	return out;
}
