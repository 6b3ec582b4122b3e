/**
 * The JSON count format of fixtures/vote-cases (see its README):
 *
 *   { "method": "schulze", "seats": 1, "candidates": [...],
 *     "ballots": [ {"count": 5, "ranking": [["A"], ["B", "C"]]} ],
 *     "expected": {...}, "source": "..." }
 *
 * Approval ballots use "approve": [...]. Plenary adds, for its other
 * methods, "choice" ballots (threshold: yes/no/abstain; consent:
 * agree/abstain/disagree/block), "scores": {name: n} ballots (score), and
 * optional "options" (method options) and "seed". Other keys are kept.
 * Ballot contents are checked by the counting method, which names the field.
 */
import { fail, VotingInputError } from './errors';
import { METHOD_IDS, type MethodId } from './types';

export interface VoteCase {
	method?: MethodId;
	seats?: number;
	candidates?: string[];
	ballots: unknown[];
	options?: Record<string, unknown>;
	seed?: string | number;
	expected?: unknown;
	source?: string;
	[key: string]: unknown;
}

export function isMethodId(x: unknown): x is MethodId {
	return typeof x === 'string' && (METHOD_IDS as readonly string[]).includes(x);
}

export function parseCaseJson(text: string): VoteCase {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new VotingInputError(
			`invalid JSON (${(e as Error).message})`,
			jsonPosition(text, (e as Error).message)
		);
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		fail('the file must hold one JSON object');
	const c = data as Record<string, unknown>;
	if (c.method !== undefined && !isMethodId(c.method))
		fail(`unknown method ${JSON.stringify(c.method)} (one of ${METHOD_IDS.join(', ')})`, 'method');
	if (
		c.seats !== undefined &&
		(typeof c.seats !== 'number' || !Number.isInteger(c.seats) || c.seats < 1)
	)
		fail('must be a positive whole number', 'seats');
	if (c.candidates !== undefined && !Array.isArray(c.candidates))
		fail('must be a list of names', 'candidates');
	if (!Array.isArray(c.ballots))
		fail(c.ballots === undefined ? 'missing' : 'must be a list of ballots', 'ballots');
	if (
		c.options !== undefined &&
		(typeof c.options !== 'object' || c.options === null || Array.isArray(c.options))
	)
		fail('must be an object', 'options');
	if (c.seed !== undefined && typeof c.seed !== 'string' && typeof c.seed !== 'number')
		fail('must be a string or number', 'seed');
	return c as VoteCase;
}

/**
 * Line and column of a JSON syntax error. Engines differ in whether their
 * message gives a position, so the text is scanned again (only on error)
 * to find the first offending character.
 */
function jsonPosition(text: string, message: string): string | undefined {
	const m = /position (\d+)/.exec(message);
	const pos = m ? Number(m[1]) : firstJsonError(text);
	if (pos === undefined) return undefined;
	const before = text.slice(0, pos);
	const line = before.split('\n').length;
	return `line ${line} column ${pos - before.lastIndexOf('\n')}`;
}

/** Offset of the first syntax error in `text`, by a minimal JSON scanner. */
function firstJsonError(text: string): number | undefined {
	let i = 0;
	class At extends Error {}
	const ws = () => {
		while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
	};
	const expect = (ok: boolean) => {
		if (!ok) throw new At();
	};
	const value = (depth: number): void => {
		expect(depth < 10_000);
		ws();
		const ch = text[i];
		if (ch === '{' || ch === '[') {
			const close = ch === '{' ? '}' : ']';
			i++;
			ws();
			if (text[i] === close) return void i++;
			for (;;) {
				if (ch === '{') {
					ws();
					expect(text[i] === '"');
					value(depth + 1);
					ws();
					expect(text[i] === ':');
					i++;
				}
				value(depth + 1);
				ws();
				if (text[i] === ',') i++;
				else {
					expect(text[i] === close);
					return void i++;
				}
			}
		}
		if (ch === '"') {
			for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
			expect(i < text.length);
			return void i++;
		}
		const lit = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
			text.slice(i, i + 400)
		);
		expect(lit !== null);
		i += lit![0].length;
	};
	try {
		value(0);
		ws();
		return i < text.length ? i : undefined;
	} catch (e) {
		if (e instanceof At) return i;
		throw e;
	}
}

/** Writes a case in the layout of the shared files: one ballot per line. */
export function writeCaseJson(c: VoteCase): string {
	const keys = [
		'method',
		'seats',
		'candidates',
		'ballots',
		...Object.keys(c).filter((k) => !['method', 'seats', 'candidates', 'ballots'].includes(k))
	];
	const parts: string[] = [];
	for (const key of keys) {
		const value = c[key];
		if (value === undefined) continue;
		if (key === 'ballots') {
			const lines = (value as unknown[]).map((b) => `  ${inline(b)}`);
			parts.push(` "ballots": [${lines.length ? `\n${lines.join(',\n')}\n ` : ''}]`);
		} else
			parts.push(
				` ${JSON.stringify(key)}: ${JSON.stringify(value, null, 1)?.replace(/\n/g, '\n ')}`
			);
	}
	return `{\n${parts.join(',\n')}\n}\n`;
}

/** JSON on one line with ", " and ": " separators. */
function inline(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
	if (typeof v === 'object' && v !== null)
		return `{${Object.entries(v)
			.filter(([, x]) => x !== undefined)
			.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`)
			.join(', ')}}`;
	return JSON.stringify(v);
}
