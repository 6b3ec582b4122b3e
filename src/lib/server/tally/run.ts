/**
 * The public recount's counting: read a ballot file (BLT, or Plenary's case JSON), check it
 * against the limits, and count it by the method asked. Pure (no framework, no I/O), so it runs
 * on a worker thread ($lib/server/workers/tally): a big count never holds up other requests.
 *
 * What a stranger can send is still bounded: the file's size, the distinct ballots kept, the
 * candidates (the pairwise matrix is candidates²), the seats, and the method options that control
 * effort (exhaustive PAV's committees, Meek's precision); the pool adds a time limit per count.
 */
import {
	BltParser,
	count,
	isMethodId,
	parseCaseJson,
	VotingInputError,
	type CountReport,
	type MethodId
} from '$lib/domain/tally';
import { DomainError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { TALLY_MAX_CANDIDATES, tallyInput } from '$lib/schemas/tally';

export interface TallyLimits {
	maxBytes: number;
	maxBallots: number;
	maxCandidates: number;
	maxCommittees: number;
	maxDecimals: number;
}

export const TALLY_LIMITS: Readonly<TallyLimits> = {
	/** Largest ballot file, uploaded or pasted. */
	maxBytes: 8 * 1024 * 1024,
	/** Most distinct ballots (identical ones are grouped) and JSON ballot entries. */
	maxBallots: 500_000,
	maxCandidates: TALLY_MAX_CANDIDATES,
	/** Exhaustive PAV examines at most this many committees. */
	maxCommittees: 100_000,
	/** Meek STV's fixed-point decimals. */
	maxDecimals: 40
};

/** BLT carries no method; like the CLI (and droop), count it by Meek STV unless told otherwise. */
const BLT_DEFAULT_METHOD: MethodId = 'stv-meek';
const SINGLE_WINNER: readonly MethodId[] = ['irv', 'schulze', 'ranked-pairs'];
const NOT_RANKED: readonly MethodId[] = ['approval', 'score', 'threshold', 'consent'];
const NO_SEATS: readonly MethodId[] = ['threshold', 'consent'];

/**
 * A refused recount: a translated-message key for the form and for the field at fault, the
 * status, and the counting core's own detail (which names the line or field) when there is one.
 */
export class TallyRefused extends DomainError {
	readonly status: number;
	constructor(
		readonly field: 'file' | 'method' | 'seats',
		readonly fieldKey: string,
		params: Record<string, string | number> = {},
		status = 400
	) {
		super('tally_error_form', params);
		this.status = status;
	}
}

export interface TallyOutcome {
	report: CountReport;
	/** Candidate id → name to show (a file's candidates are already names). */
	labels: Record<string, string>;
	format: 'blt' | 'json';
	title: string;
	withdrawn: string[];
	candidates: number;
	bytes: number;
}

/**
 * Reads the form (method, seats, seed, tieBreak, text) and the uploaded bytes, counts, and
 * returns the report. Throws Invalid (bad form fields) or TallyRefused (bad file, limits).
 */
export function runTally(
	raw: Record<string, unknown>,
	upload: Uint8Array | null,
	limits: TallyLimits = TALLY_LIMITS
): TallyOutcome {
	const input = parseInput(tallyInput, raw);
	const bytes =
		upload && upload.length > 0
			? upload
			: new TextEncoder().encode(input.text.replace(/\r\n/g, '\n'));
	if (bytes.length > limits.maxBytes)
		throw new TallyRefused('file', 'tally_error_too_large', limitParams(limits), 413);
	if (isBlank(bytes)) throw new TallyRefused('file', 'tally_error_empty');

	const json = firstNonSpace(bytes) === 0x7b; /* '{' */
	const file = json ? readJson(bytes, limits) : readBlt(bytes, limits);

	let method: MethodId;
	if (input.method !== 'auto') method = input.method;
	else if (file.method) method = file.method;
	else throw new TallyRefused('method', 'tally_error_method_missing');
	if (!json && NOT_RANKED.includes(method))
		throw new TallyRefused('method', 'tally_error_method_needs_json');

	const options: Record<string, unknown> = { ...file.options };
	if (NO_SEATS.includes(method)) delete options.seats;
	else {
		const seats = input.seats ?? (SINGLE_WINNER.includes(method) ? 1 : (file.seats ?? 1));
		if (SINGLE_WINNER.includes(method) && seats !== 1)
			throw new TallyRefused('seats', 'tally_error_single_winner');
		if (seats > Math.max(1, file.candidates.length))
			throw new TallyRefused('seats', 'tally_error_seats_candidates', {
				seats,
				candidates: file.candidates.length
			});
		options.seats = seats;
	}
	if (input.seed) options.seed = input.seed;
	else if (file.seed !== undefined) options.seed = file.seed;
	options.tieBreak = input.tieBreak;
	// Options that set how much work a count does are capped.
	if (method === 'approval')
		options.maxCommittees = Math.min(
			limits.maxCommittees,
			typeof options.maxCommittees === 'number' ? options.maxCommittees : Infinity
		);
	if (typeof options.decimals === 'number' && options.decimals > limits.maxDecimals)
		throw new TallyRefused('file', 'tally_error_option', {
			detail: `decimals: at most ${limits.maxDecimals}`
		});

	let report: CountReport;
	try {
		report = count(
			method,
			{ candidates: file.candidates, ballots: file.ballots } as never,
			options as never
		);
	} catch (e) {
		if (e instanceof VotingInputError)
			throw new TallyRefused('file', 'tally_error_count', { detail: e.message });
		throw e;
	}
	return {
		report,
		labels: Object.fromEntries(file.candidates.map((c) => [c, c])),
		format: json ? 'json' : 'blt',
		title: file.title,
		withdrawn: file.withdrawn,
		candidates: file.candidates.length,
		bytes: bytes.length
	};
}

interface ReadFile {
	method?: MethodId;
	seats?: number;
	candidates: string[];
	ballots: unknown;
	options: Record<string, unknown>;
	seed?: string | number;
	title: string;
	withdrawn: string[];
}

function readBlt(bytes: Uint8Array, limits: TallyLimits): ReadFile {
	const parser = new BltParser({ maxBytes: limits.maxBytes, maxDistinct: limits.maxBallots });
	try {
		parser.push(bytes);
		const blt = parser.finish();
		checkCandidates(blt.candidates.length + blt.withdrawn.length, limits);
		return {
			method: BLT_DEFAULT_METHOD,
			seats: blt.seats,
			candidates: blt.candidates,
			ballots: blt.profile,
			options: {},
			title: blt.title,
			withdrawn: blt.withdrawn
		};
	} catch (e) {
		if (e instanceof VotingInputError) {
			if (/more than \d+ distinct ballots/.test(e.message))
				throw new TallyRefused('file', 'tally_error_too_many_ballots', limitParams(limits));
			if (/more than \d+ candidates/.test(e.message))
				throw new TallyRefused('file', 'tally_error_too_many_candidates', limitParams(limits));
			throw new TallyRefused('file', 'tally_error_not_blt', { detail: e.message });
		}
		throw e;
	}
}

function readJson(bytes: Uint8Array, limits: TallyLimits): ReadFile {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new TallyRefused('file', 'tally_error_not_utf8');
	}
	try {
		const c = parseCaseJson(text);
		const candidates = c.candidates ?? [];
		if (!candidates.every((x): x is string => typeof x === 'string'))
			throw new VotingInputError('must be a list of names', 'candidates');
		checkCandidates(candidates.length, limits);
		if (c.ballots.length > limits.maxBallots)
			throw new TallyRefused('file', 'tally_error_too_many_ballots', limitParams(limits));
		return {
			method: c.method && isMethodId(c.method) ? c.method : undefined,
			seats: c.seats,
			candidates,
			ballots: c.ballots,
			options: { ...(c.options ?? {}) },
			seed: c.seed,
			title: typeof c.title === 'string' ? c.title : '',
			withdrawn: []
		};
	} catch (e) {
		if (e instanceof VotingInputError)
			throw new TallyRefused('file', 'tally_error_not_json', { detail: e.message });
		throw e;
	}
}

function checkCandidates(n: number, limits: TallyLimits) {
	if (n > limits.maxCandidates)
		throw new TallyRefused('file', 'tally_error_too_many_candidates', limitParams(limits));
}

/** The limits as message parameters. */
export function limitParams(limits: TallyLimits = TALLY_LIMITS) {
	return {
		megabytes: limits.maxBytes / 1024 / 1024,
		ballots: limits.maxBallots,
		candidates: limits.maxCandidates
	};
}

function firstNonSpace(bytes: Uint8Array): number {
	// A UTF-8 byte-order mark is skipped.
	let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (
		i < bytes.length &&
		(bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)
	)
		i++;
	return bytes[i] ?? -1;
}

function isBlank(bytes: Uint8Array): boolean {
	return firstNonSpace(bytes) === -1;
}
