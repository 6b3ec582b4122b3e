/**
 * Command-line front of the counting core: the only place where counting
 * touches files or the process.
 *
 *   npm run --silent tally -- FILE [--method M] [--seats N] [--seed S]
 *                                 [--tie-break random|candidate-order]
 *                                 [--option NAME=JSON ...] [--max-bytes N]
 *
 * FILE is JSON (the vote-cases format) or BLT, chosen by extension. The
 * report goes to stdout as JSON. Bad input: a message naming the line or
 * field on stderr and exit status 2. With TALLY_REPORT_RSS=1 the peak
 * resident memory (kB) is printed to stderr as "maxRSS=N" (for the bench).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
	BltParser,
	count,
	isMethodId,
	parseCaseJson,
	VotingInputError,
	METHOD_IDS,
	type MethodId
} from '../src/lib/domain/tally/index';

const USAGE = `usage: tally FILE [--method M] [--seats N] [--seed S] [--tie-break random|candidate-order] [--option NAME=JSON]... [--max-bytes N]
methods: ${METHOD_IDS.join(', ')}`;

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** BLT carries no method; droop and most STV tools default to Meek. */
const BLT_DEFAULT_METHOD: MethodId = 'stv-meek';

class UsageError extends Error {}

interface Args {
	file: string;
	method?: string;
	seats?: number;
	seed?: string;
	tieBreak?: string;
	options: Record<string, unknown>;
	maxBytes: number;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { file: '', options: {}, maxBytes: DEFAULT_MAX_BYTES };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new UsageError(`${a} needs a value`);
			return v;
		};
		const whole = (v: string, what: string) => {
			if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v)) || Number(v) < 1)
				throw new UsageError(`${what} must be a positive whole number, got "${v}"`);
			return Number(v);
		};
		if (a === '--method') args.method = value();
		else if (a === '--seats') args.seats = whole(value(), '--seats');
		else if (a === '--seed') args.seed = value();
		else if (a === '--tie-break') args.tieBreak = value();
		else if (a === '--max-bytes') args.maxBytes = whole(value(), '--max-bytes');
		else if (a === '--option') {
			const v = value();
			const eq = v.indexOf('=');
			if (eq <= 0) throw new UsageError(`--option needs NAME=VALUE, got "${v}"`);
			const raw = v.slice(eq + 1);
			let parsed: unknown;
			try {
				parsed = JSON.parse(raw);
			} catch {
				parsed = raw; // a bare word, e.g. --option overvote=skip
			}
			args.options[v.slice(0, eq)] = parsed;
		} else if (a === '--help' || a === '-h') {
			process.stdout.write(USAGE + '\n');
			process.exit(0);
		} else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
		else if (args.file) throw new UsageError(`more than one file given ("${args.file}", "${a}")`);
		else args.file = a;
	}
	if (!args.file) throw new UsageError('no file given');
	return args;
}

/** Reads a BLT file in chunks straight into the incremental parser. */
function readBlt(file: string, maxBytes: number) {
	const parser = new BltParser({ maxBytes });
	const fd = openSync(file, 'r');
	try {
		const buf = new Uint8Array(1 << 20);
		for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) parser.push(buf.subarray(0, n));
	} finally {
		closeSync(fd);
	}
	return parser.finish();
}

function main(argv: string[]): number {
	const args = parseArgs(argv);
	let size: number;
	try {
		const st = statSync(args.file);
		if (!st.isFile()) throw new Error('not a regular file');
		size = st.size;
	} catch (e) {
		throw new VotingInputError(`cannot read file: ${(e as Error).message}`, args.file);
	}
	// Checked before reading anything, so a huge file costs nothing.
	if (size > args.maxBytes)
		throw new VotingInputError(
			`file is ${size} bytes, more than the limit of ${args.maxBytes} (--max-bytes)`,
			args.file
		);
	if (size === 0) throw new VotingInputError('empty file', args.file);

	const ext = extname(args.file).toLowerCase();
	let method: string | undefined;
	let seats: number | undefined;
	let input: { candidates?: unknown; ballots: unknown };
	let fileOptions: Record<string, unknown> = {};
	let seed: string | number | undefined;
	if (ext === '.blt') {
		const blt = readBlt(args.file, args.maxBytes);
		method = BLT_DEFAULT_METHOD;
		seats = blt.seats;
		input = { candidates: blt.candidates, ballots: blt.profile };
	} else if (ext === '.json') {
		const vc = parseCaseJson(readFileSync(args.file, 'utf8'));
		method = vc.method;
		seats = vc.seats;
		input = { candidates: vc.candidates, ballots: vc.ballots };
		fileOptions = vc.options ?? {};
		seed = vc.seed;
	} else throw new VotingInputError(`unknown file type "${ext}" (use .json or .blt)`, args.file);

	method = args.method ?? method;
	if (method === undefined)
		throw new VotingInputError('the file names no method: give --method', 'method');
	if (!isMethodId(method))
		throw new VotingInputError(
			`unknown method "${method}" (one of ${METHOD_IDS.join(', ')})`,
			'method'
		);
	if (
		ext === '.blt' &&
		(method === 'approval' || method === 'score' || method === 'threshold' || method === 'consent')
	)
		throw new VotingInputError(
			`a BLT file holds ranked ballots; method ${method} needs its own ballots (use JSON)`,
			'method'
		);

	const options: Record<string, unknown> = { ...fileOptions, ...args.options };
	if (args.seats ?? seats) options.seats = args.seats ?? seats;
	if (args.seed ?? seed) options.seed = args.seed ?? seed;
	if (args.tieBreak) options.tieBreak = args.tieBreak;

	const report = count(method as MethodId, input as never, options as never);
	process.stdout.write(JSON.stringify(report, null, 1) + '\n');
	return 0;
}

let status: number;
try {
	status = main(process.argv.slice(2));
} catch (e) {
	if (e instanceof UsageError) {
		process.stderr.write(`tally: ${e.message}\n${USAGE}\n`);
		status = 2;
	} else if (e instanceof VotingInputError) {
		process.stderr.write(`tally: ${e.message}\n`);
		status = 2;
	} else {
		process.stderr.write(`tally: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
		status = 1;
	}
}
if (process.env.TALLY_REPORT_RSS)
	process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
process.exitCode = status;
