/**
 * BLT, the ballot file of OpenSTV, droop, ERS and OpaVote:
 *
 *   4 2                  candidates, seats
 *   -3                   optional: withdrawn candidates (negative numbers)
 *   12 1 2 4 0           weight, preferences (1-based), 0
 *   3 2=4 1 0            '=' joins candidates ranked equally
 *   (b17) 1 3 0          optional ballot id in parentheses
 *   0                    end of ballots
 *   "Ann"                one name per candidate
 *   …
 *   "Title"
 *
 * The parser is incremental (push chunks of bytes, then finish), works on
 * bytes without building a string of the whole file, groups identical
 * ballots as it goes, and enforces limits (line length, bytes, distinct
 * ballots) so that a hostile file is refused with a line number before it
 * can exhaust memory. '#' starts a comment outside quoted names.
 */
import { fail, VotingInputError } from './errors';
import {
	checkCandidates,
	isRankedProfile,
	MAX_CANDIDATES,
	packRanked,
	RankedProfileBuilder,
	TIED,
	unpackRanked,
	type RankedProfile
} from './ranked-profile';
import type { RankedBallot } from './types';

export interface BltElection {
	/** Candidates still standing (withdrawn ones removed, ballots renumbered). */
	candidates: string[];
	withdrawn: string[];
	seats: number;
	title: string;
	profile: RankedProfile;
}

export interface BltLimits {
	/** Longest line accepted (default 1 MiB). */
	maxLineBytes?: number;
	/** Largest input accepted (default unlimited; the CLI checks the file size first). */
	maxBytes?: number;
	/** Most distinct ballots kept in memory (default 20 million). */
	maxDistinct?: number;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const QUOTE = 34;
const EQUALS = 61;
const ZERO = 48;
const NINE = 57;
/** Local copies: imported bindings may cost a getter call per use in hot loops. */
const TIED_FLAG = TIED;
const MAX_CANDIDATE = MAX_CANDIDATES;

type State = 'header' | 'first-ballot' | 'ballots' | 'names' | 'title' | 'done';

export class BltParser {
	private state: State = 'header';
	private carry: Uint8Array = new Uint8Array(0);
	private line = 0;
	private bytes = 0;
	private nCandidates = 0;
	private seats = 0;
	private withdrawn = new Set<number>();
	/** Original 1-based number → new 0-based index (after withdrawals), or -1. */
	private renumber = new Int32Array(0);
	private builder: RankedProfileBuilder;
	private names: string[] = [];
	private title = '';
	private codes: Uint16Array = new Uint16Array(0);
	private stamp = new Int32Array(0);
	private readonly maxLine: number;
	private readonly maxBytes: number;
	private readonly decoder = new TextDecoder('utf-8', { fatal: true });

	constructor(limits: BltLimits = {}) {
		this.maxLine = limits.maxLineBytes ?? 1 << 20;
		this.maxBytes = limits.maxBytes ?? Infinity;
		this.builder = new RankedProfileBuilder({ maxDistinct: limits.maxDistinct });
	}

	push(chunk: Uint8Array): void {
		this.bytes += chunk.length;
		if (this.bytes > this.maxBytes) fail(`input larger than ${this.maxBytes} bytes`);
		let start = 0;
		for (let i = chunk.indexOf(LF); i >= 0; i = chunk.indexOf(LF, start)) {
			if (this.carry.length) {
				const joined = concat(this.carry, chunk.subarray(start, i));
				this.carry = new Uint8Array(0);
				this.takeLine(joined, 0, joined.length);
			} else this.takeLine(chunk, start, i);
			start = i + 1;
		}
		if (start < chunk.length) {
			if (this.carry.length + chunk.length - start > this.maxLine)
				fail(`line longer than ${this.maxLine} bytes`, `line ${this.line + 1}`);
			this.carry = concat(this.carry, chunk.subarray(start));
		}
	}

	finish(): BltElection {
		if (this.carry.length) {
			const last = this.carry;
			this.carry = new Uint8Array(0);
			this.takeLine(last, 0, last.length);
		}
		if (this.state === 'header') fail('empty file: no "candidates seats" line');
		if (this.state === 'first-ballot' || this.state === 'ballots')
			fail('ballots not ended by a line "0"', `line ${this.line}`);
		if (this.state === 'names')
			fail(
				`expected ${this.nCandidates} candidate names, found ${this.names.length}`,
				`line ${this.line}`
			);
		const kept = this.names.filter((_, i) => !this.withdrawn.has(i + 1));
		checkCandidates(kept, 'candidate names');
		if (this.seats > kept.length)
			fail(`${this.seats} seats but only ${kept.length} candidate(s) standing`, 'line 1');
		return {
			candidates: kept,
			withdrawn: this.names.filter((_, i) => this.withdrawn.has(i + 1)),
			seats: this.seats,
			title: this.title,
			profile: this.builder.build(kept)
		};
	}

	private takeLine(buf: Uint8Array, start: number, end: number): void {
		this.line++;
		if (end - start > this.maxLine)
			fail(`line longer than ${this.maxLine} bytes`, `line ${this.line}`);
		if (end > start && buf[end - 1] === CR) end--;
		try {
			switch (this.state) {
				case 'header':
					return this.header(buf, start, end);
				case 'first-ballot':
				case 'ballots':
					return this.ballot(buf, start, end);
				case 'names':
				case 'title':
					return this.text(buf, start, end);
				case 'done':
					if (!isBlank(buf, start, end)) fail('unexpected content after the title');
			}
		} catch (e) {
			if (e instanceof VotingInputError && e.where === undefined)
				throw new VotingInputError(e.message, `line ${this.line}`);
			throw e;
		}
	}

	private header(buf: Uint8Array, start: number, end: number): void {
		const tokens = words(buf, start, end);
		if (tokens.length === 0) return;
		if (tokens.length !== 2) fail('expected "number-of-candidates number-of-seats"');
		const n = wholeNumber(tokens[0], 'number of candidates');
		const seats = wholeNumber(tokens[1], 'number of seats');
		if (n < 1) fail('no candidates');
		if (n > MAX_CANDIDATES) fail(`more than ${MAX_CANDIDATES} candidates`);
		if (seats < 1) fail('number of seats must be at least 1');
		if (seats > n) fail(`${seats} seats but only ${n} candidate(s)`);
		this.nCandidates = n;
		this.seats = seats;
		this.renumber = Int32Array.from({ length: n + 1 }, (_, i) => i - 1);
		this.codes = new Uint16Array(n);
		this.stamp = new Int32Array(n + 1).fill(-1);
		this.state = 'first-ballot';
	}

	private ballot(buf: Uint8Array, start: number, end: number): void {
		const first = this.state === 'first-ballot';
		this.state = 'ballots';
		let p = skipSpace(buf, start, end);
		if (p >= end || buf[p] === HASH) {
			if (first) this.state = 'first-ballot';
			return;
		}
		if (buf[p] === 45 /* '-' */) {
			if (!first)
				fail('withdrawn candidates (negative numbers) must come right after the first line');
			return this.withdraw(buf, p, end);
		}
		if (buf[p] === 40 /* '(' */) {
			while (p < end && buf[p] !== 41 /* ')' */) p++;
			if (p >= end) fail('unclosed ballot id "("');
			p = skipSpace(buf, p + 1, end);
		}
		let q = tokenEnd(buf, p, end);
		let weight = 0;
		for (let i = p; i < q; i++) {
			const digit = buf[i] - ZERO;
			if (digit < 0 || digit > 9) badWeight(ascii(buf, p, q));
			weight = weight * 10 + digit;
		}
		if (weight === 0 && isBlank(buf, q, end)) {
			this.finishWithdrawals();
			this.state = 'names';
			return;
		}
		if (weight === 0) fail('ballot weight must be positive, got 0');
		if (!Number.isSafeInteger(weight)) fail(`ballot weight ${ascii(buf, p, q)} is too large`);

		const line = this.line;
		let n = 0;
		let ended = false;
		p = skipSpace(buf, q, end);
		while (p < end && buf[p] !== HASH) {
			q = tokenEnd(buf, p, end);
			if (ended) fail('preferences after the closing 0');
			let groupStart = true;
			let any = false;
			let r = p;
			while (r < q) {
				let s = r;
				let v = 0;
				while (s < q && buf[s] >= ZERO && buf[s] <= NINE) {
					v = v * 10 + (buf[s] - ZERO);
					if (v > MAX_CANDIDATE + 1)
						fail(`unknown candidate number ${ascii(buf, r, tokenEnd(buf, r, q))}`);
					s++;
				}
				if (s === r || (s < q && buf[s] !== EQUALS)) fail(`bad preference "${ascii(buf, p, q)}"`);
				if (v === 0) {
					if (!groupStart || s < q) fail(`bad preference "${ascii(buf, p, q)}"`);
					ended = true;
				} else {
					if (v > this.nCandidates)
						fail(`unknown candidate number ${v} (there are ${this.nCandidates})`);
					if (this.stamp[v] === line) fail(`candidate ${v} appears twice in one ballot`);
					this.stamp[v] = line;
					const c = this.renumber[v];
					if (c >= 0) {
						// A withdrawn candidate is passed over; the rank survives if others share it.
						this.codes[n++] = any ? c | TIED_FLAG : c;
						any = true;
					}
				}
				groupStart = false;
				r = s < q ? s + 1 : s;
				if (s < q && r >= q) fail(`bad preference "${ascii(buf, p, q)}"`);
			}
			p = skipSpace(buf, q, end);
		}
		if (!ended) fail('ballot line must end with 0');
		this.builder.add(this.codes, n, weight, `line ${line}`);
	}

	private withdraw(buf: Uint8Array, p: number, end: number): void {
		const tokens = words(buf, p, end);
		// A withdrawn line holds only negative numbers; anything else is a ballot with a negative weight.
		if (tokens.some((t) => !/^-\d+$/.test(t))) fail(`negative ballot weight ${tokens[0]}`);
		for (const t of tokens) {
			const v = -Number(t);
			if (v < 1 || v > this.nCandidates)
				fail(`unknown candidate number ${v} (there are ${this.nCandidates})`);
			this.withdrawn.add(v);
		}
		this.state = 'ballots';
		this.finishWithdrawals();
	}

	private finishWithdrawals(): void {
		let next = 0;
		for (let v = 1; v <= this.nCandidates; v++)
			this.renumber[v] = this.withdrawn.has(v) ? -1 : next++;
	}

	private text(buf: Uint8Array, start: number, end: number): void {
		let p = skipSpace(buf, start, end);
		if (p >= end || buf[p] === HASH) return;
		while (p < end) {
			let value: string;
			if (buf[p] === QUOTE) {
				const close = buf.indexOf(QUOTE, p + 1);
				if (close < 0 || close >= end) fail('unclosed quote');
				value = this.decode(buf, p + 1, close);
				p = skipSpace(buf, close + 1, end);
			} else {
				// Unquoted: the rest of the line is the name.
				let e = end;
				while (e > p && (buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
				value = this.decode(buf, p, e);
				p = end;
			}
			if (this.state === 'names') {
				this.names.push(value);
				if (this.names.length === this.nCandidates) this.state = 'title';
			} else if (this.state === 'title') {
				this.title = value;
				this.state = 'done';
			} else fail('unexpected content after the title');
			if (p < end && buf[p] === HASH) return;
		}
	}

	private decode(buf: Uint8Array, start: number, end: number): string {
		try {
			return this.decoder.decode(buf.subarray(start, end));
		} catch {
			fail('text is not valid UTF-8');
		}
	}
}

export function parseBlt(data: string | Uint8Array, limits: BltLimits = {}): BltElection {
	const parser = new BltParser(limits);
	parser.push(typeof data === 'string' ? new TextEncoder().encode(data) : data);
	return parser.finish();
}

export interface BltWritable {
	candidates: readonly string[];
	seats: number;
	title?: string;
	ballots: readonly RankedBallot[] | RankedProfile;
}

/** Writes BLT; tie groups become '='. Names may not contain a double quote. */
export function writeBlt(e: BltWritable): string {
	const profile = isRankedProfile(e.ballots) ? e.ballots : packRanked(e.candidates, e.ballots);
	const index = new Map(e.candidates.map((name, i) => [name, i + 1]));
	const lines = [`${e.candidates.length} ${e.seats}`];
	for (const b of unpackRanked(profile)) {
		const ranks = b.ranking.map((group) => group.map((name) => index.get(name)).join('='));
		lines.push([b.count, ...ranks, 0].join(' '));
	}
	lines.push('0');
	for (const name of [...e.candidates, e.title ?? '']) {
		if (name.includes('"') || /[\r\n]/.test(name))
			fail(`cannot write "${name}" in BLT (quote or line break)`, 'candidates');
		lines.push(`"${name}"`);
	}
	return lines.join('\n') + '\n';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

function skipSpace(buf: Uint8Array, p: number, end: number): number {
	while (p < end && (buf[p] === SPACE || buf[p] === TAB || buf[p] === CR)) p++;
	return p;
}

function tokenEnd(buf: Uint8Array, p: number, end: number): number {
	while (p < end && buf[p] !== SPACE && buf[p] !== TAB && buf[p] !== CR && buf[p] !== HASH) p++;
	return p;
}

function isBlank(buf: Uint8Array, start: number, end: number): boolean {
	const p = skipSpace(buf, start, end);
	return p >= end || buf[p] === HASH;
}

function ascii(buf: Uint8Array, start: number, end: number): string {
	return String.fromCharCode(...buf.subarray(start, Math.min(end, start + 40)));
}

function words(buf: Uint8Array, start: number, end: number): string[] {
	const out: string[] = [];
	let p = skipSpace(buf, start, end);
	while (p < end && buf[p] !== HASH) {
		const q = tokenEnd(buf, p, end);
		out.push(ascii(buf, p, q));
		p = skipSpace(buf, q, end);
	}
	return out;
}

function badWeight(text: string): never {
	if (text.startsWith('-')) fail(`negative ballot weight ${text}`);
	if (/^\d*\.\d+$/.test(text))
		fail(`fractional ballot weight ${text}: weights must be whole numbers`);
	fail(`ballot weight must be a whole number, got "${text}"`);
}

function wholeNumber(text: string, what: string): number {
	if (!/^\d+$/.test(text)) fail(`${what} must be a whole number, got "${text}"`);
	const v = Number(text);
	if (!Number.isSafeInteger(v)) fail(`${what} is too large`);
	return v;
}
