/**
 * The command-line front, run as a separate process: exit status 0 with a
 * JSON report, or 2 with a message naming the line or field.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyBundle } from '../../../../scripts/tally-bundle.mjs';

const projectRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const shared = path.resolve(projectRoot, 'fixtures');
// What `npm run tally` runs, under plain node: the bundle it starts is built (or found fresh) first.
const command = path.join(projectRoot, 'scripts/tally.mjs');
let dir: string;

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'tally-cli-'));
	await tallyBundle();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tally(...args: string[]) {
	const r = spawnSync(process.execPath, [command, ...args], {
		encoding: 'utf8',
		maxBuffer: 64 << 20
	});
	return {
		status: r.status,
		stdout: r.stdout,
		stderr: r.stderr,
		report: r.status === 0 ? JSON.parse(r.stdout) : undefined
	};
}
function file(name: string, content: string) {
	const p = path.join(dir, name);
	writeFileSync(p, content);
	return p;
}

describe('tally CLI', () => {
	it('counts a vote-case file with the method and seats it names', () => {
		const r = tally(path.join(shared, 'vote-cases/stv-scottish-dumbarton-2017.json'));
		expect(r.status).toBe(0);
		expect(r.report).toMatchObject({
			method: 'stv-scottish',
			seats: 4,
			quota: '1313.00000',
			winners: ['David_MCBRIDE_Lab', 'Karen_CONAGHAN_SNP', 'Iain_MCLAREN_SNP', 'Brian_WALKER_Con']
		});
		expect(r.report.rounds).toHaveLength(5);
	});

	it('counts BLT with --method, --seats and --seed (echoed)', () => {
		const r = tally(
			path.join(shared, 'tally-profiles/P3.blt'),
			'--method',
			'stv-scottish',
			'--seats',
			'3',
			'--seed',
			'abc'
		);
		expect(r.status).toBe(0);
		expect(r.report).toMatchObject({
			method: 'stv-scottish',
			seats: 3,
			seed: 'abc',
			totalBallots: 20000
		});
		expect(r.report.winners).toHaveLength(3);
		const blt = file('small.blt', '3 1\n4 1 2 0\n3 2 0\n2 3 2 0\n0\n"A"\n"B"\n"C"\n"t"\n');
		expect(tally(blt, '--method', 'irv').report.winners).toEqual(['B']);
		expect(tally(blt, '--method', 'schulze', '--option', 'strength=margin').report.strength).toBe(
			'margin'
		);
	});

	const refused: [string, () => string[], RegExp][] = [
		['no file', () => [], /no file given/],
		['an unknown flag', () => ['x.json', '--fast'], /unknown option --fast/],
		['a missing file', () => [path.join(dir, 'nope.json')], /cannot read file/],
		['an empty file', () => [file('empty.blt', '')], /empty file/],
		['an unknown extension', () => [file('x.txt', 'hi')], /unknown file type/],
		[
			'malformed JSON',
			() => [file('bad.json', '{\n "method": "irv",\n "ballots": [\n')],
			/line 4 column 1: invalid JSON/
		],
		[
			'an unknown method',
			() => [path.join(shared, 'vote-cases/irv-burlington2009.json'), '--method', 'plurality'],
			/unknown method "plurality"/
		],
		[
			'a bad seats flag',
			() => [path.join(shared, 'vote-cases/irv-burlington2009.json'), '--seats', '-1'],
			/--seats must be a positive whole number/
		],
		[
			'more seats than candidates',
			() => [
				path.join(shared, 'vote-cases/irv-burlington2009.json'),
				'--method',
				'stv-meek',
				'--seats',
				'9'
			],
			/seats: 9 seats but only 6/
		],
		[
			'an unknown candidate',
			() => [
				file(
					'u.json',
					'{"method":"irv","candidates":["A"],"ballots":[{"count":1,"ranking":[["B"]]}]}'
				)
			],
			/ballots\[0\]\.ranking\[0\]\[0\]: unknown candidate "B"/
		],
		[
			'a fractional BLT weight',
			() => [file('f.blt', '2 1\n1.5 1 0\n0\n"a"\n"b"\n')],
			/line 2: fractional ballot weight/
		],
		[
			'approval on BLT',
			() => [file('a.blt', '2 1\n1 1 0\n0\n"a"\n"b"\n'), '--method', 'approval'],
			/BLT file holds ranked ballots/
		]
	];
	for (const [what, args, message] of refused)
		it(`refuses ${what} with status 2`, () => {
			const r = tally(...args());
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(message);
			expect(r.stdout).toBe('');
		});

	it('refuses a 200 MB file before reading it', () => {
		const big = path.join(dir, 'huge.blt');
		writeFileSync(big, '');
		truncateSync(big, 200 * 1024 * 1024); // sparse: costs no disk and no time
		// The message comes from the size check, which runs before the file is opened.
		const r = tally(big, '--max-bytes', String(100 * 1024 * 1024));
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/209715200 bytes, more than the limit of 104857600/);
		// The default limit (256 MiB) lets it through to the parser, which refuses the first line of NUL bytes.
		const r2 = tally(big, '--max-bytes', String(300 * 1024 * 1024));
		expect(r2.status).toBe(2);
		expect(r2.stderr).toMatch(/line 1: line longer than/);
	});

	it('prints peak memory when asked (for the bench)', () => {
		const r = spawnSync(
			process.execPath,
			[command, path.join(shared, 'vote-cases/schulze-debian-dpl2020.json')],
			{
				encoding: 'utf8',
				env: { ...process.env, TALLY_REPORT_RSS: '1' }
			}
		);
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/^maxRSS=\d+$/m);
	});
});
