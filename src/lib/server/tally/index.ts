/**
 * The public recount (/tally): anyone may count a ballot file (BLT, or Plenary's case JSON) by
 * any method of the registry and see every round. No login, nothing stored.
 *
 * Counting runs on the request thread, so what a stranger can send is bounded: the file's size,
 * the distinct ballots kept, the candidates (the pairwise matrix is candidates²), the seats, and
 * the method options that control effort (exhaustive PAV's committees, Meek's precision). With
 * these limits the slowest count measured takes well under a second (docs/tally.md).
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
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { FormFailure } from '$lib/forms';
import { DomainError, FieldError } from '$lib/server/errors';
import { translate } from '$lib/server/i18n';
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

/** Pasted text longer than this is not sent back into a re-rendered form. */
const ECHO_TEXT_LIMIT = 100_000;

/**
 * Reads the recount form. A body over the server's limit (adapter-node's BODY_SIZE_LIMIT) or
 * one that is not a form becomes a TallyRefused, so it is answered like any other bad file.
 */
export async function readTallyForm(
	request: Request
): Promise<{ values: Record<string, unknown>; upload: Uint8Array | null }> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		const status = (e as { status?: number })?.status;
		if (status === 413) throw new TallyRefused('file', 'tally_error_too_large', limitParams(), 413);
		throw new TallyRefused('file', 'tally_error_unreadable');
	}
	const values: Record<string, unknown> = {};
	for (const key of ['method', 'seats', 'seed', 'tieBreak', 'text']) {
		const v = form.get(key);
		if (typeof v === 'string') values[key] = v;
	}
	const file = form.get('file');
	const upload =
		file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
	return { values, upload };
}

/** What the form shows again after a refusal: the fields sent, without a huge pasted text. */
export function echoValues(values: Record<string, unknown>): Record<string, unknown> {
	const text = typeof values.text === 'string' ? values.text : '';
	return { ...values, text: text.length <= ECHO_TEXT_LIMIT ? text : '' };
}

/**
 * The /tally form action: read, count, and answer with the outcome, or with a translated 4xx
 * failure that names the field at fault (the counting core's detail, naming the line, added).
 */
export async function tallyAction(
	request: Request
): Promise<{ outcome: TallyOutcome } | ActionFailure<FormFailure>> {
	let values: Record<string, unknown> = {};
	try {
		const form = await readTallyForm(request);
		values = form.values;
		return { outcome: runTally(form.values, form.upload) };
	} catch (err) {
		if (err instanceof TallyRefused) {
			const fieldText = translate(err.fieldKey, err.params);
			const detail = typeof err.params.detail === 'string' ? err.params.detail : undefined;
			return fail(err.status, {
				message: translate(err.messageKey),
				fields: {
					[err.field]: detail ? `${fieldText} ${translate('tally_detail', { detail })}` : fieldText
				},
				values: echoValues(values)
			});
		}
		if (err instanceof FieldError)
			return fail(err.status, {
				message: translate(err.messageKey),
				fields: Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, translate(v)])),
				values: echoValues(values)
			});
		throw err;
	}
}
