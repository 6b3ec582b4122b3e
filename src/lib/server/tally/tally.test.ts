/** The public recount: reading BLT and case JSON, the limits, and the translated refusals. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeBlt, type WigmReport } from '$lib/domain/tally';
import { Invalid } from '$lib/server/errors';
import { runTally, tallyAction, TallyRefused, TALLY_LIMITS } from './index';

const root = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
const caseText = (name: string) =>
	readFileSync(path.resolve(root, 'fixtures/vote-cases', `${name}.json`), 'utf8');
const dumbarton = JSON.parse(caseText('stv-scottish-dumbarton-2017'));
const dumbartonBlt = writeBlt({ ...dumbarton, title: 'Dumbarton 2017' });
const bytes = (s: string) => new TextEncoder().encode(s);

/** The refusal runTally throws, as [field, key, status]. */
function refusal(run: () => unknown): [string, string, number] {
	try {
		run();
	} catch (e) {
		if (e instanceof TallyRefused) return [e.field, e.fieldKey, e.status];
		if (e instanceof Invalid) {
			const [field, key] = Object.entries(e.fields)[0];
			return [field, key, e.status];
		}
		throw e;
	}
	throw new Error('not refused');
}

describe('runTally', () => {
	it('counts an uploaded BLT by Scottish STV: the official winners and quota', () => {
		const out = runTally({ method: 'stv-scottish' }, bytes(dumbartonBlt));
		const report = out.report as WigmReport;
		expect([...report.winners].sort()).toEqual([...dumbarton.expected.winners].sort());
		expect(report.quota).toBe('1313.00000');
		expect(report.totalBallots).toBe(6562);
		expect(out).toMatchObject({ format: 'blt', title: 'Dumbarton 2017', candidates: 7 });
		expect(out.labels.Brian_WALKER_Con).toBe('Brian_WALKER_Con');
	});

	it('reads pasted text (Windows line ends too) and counts a BLT by Meek unless told', () => {
		const out = runTally({ text: dumbartonBlt.replace(/\n/g, '\r\n') }, null);
		expect(out.report.method).toBe('stv-meek');
		expect(out.report.seats).toBe(4);
	});

	it('takes method, seats and seed from a case JSON file, and the form over the file', () => {
		const approval = caseText('approval-abcbook-ex1');
		const fromFile = runTally({}, bytes(approval));
		expect(fromFile).toMatchObject({ format: 'json', report: { method: 'approval', seats: 4 } });
		const chosen = runTally(
			{ seats: '1', seed: 'x', tieBreak: 'candidate-order' },
			bytes(approval)
		);
		expect(chosen.report).toMatchObject({ seats: 1, seed: 'x', tieBreak: 'candidate-order' });
		expect(chosen.report.winners).toEqual(['a']);
	});

	it('counts a single-winner method on a several-seat file with one seat', () => {
		const out = runTally({ method: 'schulze' }, bytes(dumbartonBlt));
		expect(out.report.seats).toBe(1);
		expect(refusal(() => runTally({ method: 'irv', seats: '2' }, bytes(dumbartonBlt)))).toEqual([
			'seats',
			'tally_error_single_winner',
			400
		]);
	});

	it('refuses bad files with the field, a message key and a 4xx status', () => {
		const cases: [
			string,
			Record<string, unknown>,
			string | Uint8Array,
			[string, string, number]
		][] = [
			['nothing', {}, '', ['file', 'tally_error_empty', 400]],
			['not a BLT', {}, 'hello world\n', ['file', 'tally_error_not_blt', 400]],
			['bad JSON', {}, '{"ballots": [', ['file', 'tally_error_not_json', 400]],
			[
				'not UTF-8 JSON',
				{},
				new Uint8Array([0x7b, 0xff, 0xfe]),
				['file', 'tally_error_not_utf8', 400]
			],
			[
				'a JSON file without a method',
				{},
				'{"candidates": ["a"], "ballots": []}',
				['method', 'tally_error_method_missing', 400]
			],
			[
				'ballots the method cannot count',
				{},
				'{"method": "irv", "candidates": ["a", "b"], "ballots": [{"count": 1, "ranking": [["z"]]}]}',
				['file', 'tally_error_count', 400]
			],
			[
				'an approval count of a BLT',
				{ method: 'approval' },
				dumbartonBlt,
				['method', 'tally_error_method_needs_json', 400]
			],
			[
				'an unknown method',
				{ method: 'dictator' },
				dumbartonBlt,
				['method', 'tally_error_method', 400]
			],
			['no seats', { seats: '0' }, dumbartonBlt, ['seats', 'tally_error_seats', 400]],
			['too many seats', { seats: '61' }, dumbartonBlt, ['seats', 'tally_error_seats', 400]],
			[
				'seats that are no number',
				{ seats: 'four' },
				dumbartonBlt,
				['seats', 'tally_error_seats', 400]
			],
			[
				'more seats than candidates',
				{ seats: '8' },
				dumbartonBlt,
				['seats', 'tally_error_seats_candidates', 400]
			],
			['a long seed', { seed: 'x'.repeat(101) }, dumbartonBlt, ['seed', 'tally_error_seed', 400]],
			[
				'Meek asked for 100 decimals',
				{},
				'{"method": "stv-meek", "candidates": ["a", "b"], "options": {"decimals": 100}, "ballots": [{"count": 1, "ranking": [["a"]]}]}',
				['file', 'tally_error_option', 400]
			]
		];
		for (const [what, form, file, expected] of cases)
			expect(
				refusal(() => runTally(form, typeof file === 'string' ? bytes(file) : file)),
				what
			).toEqual(expected);
	});

	it('names the line of a broken BLT in the detail', () => {
		try {
			runTally({}, bytes('2 1\n1 1 2 0\n3 1 -2 0\n0\n"A"\n"B"\n'));
			expect.unreachable();
		} catch (e) {
			expect((e as TallyRefused).params.detail).toMatch(/^line 3: /);
		}
	});

	it('enforces the size, ballot and candidate limits', () => {
		const limits = { ...TALLY_LIMITS, maxBytes: 1000, maxBallots: 10, maxCandidates: 5 };
		expect(refusal(() => runTally({}, new Uint8Array(1001).fill(0x20), limits))).toEqual([
			'file',
			'tally_error_too_large',
			413
		]);
		expect(refusal(() => runTally({ text: 'x'.repeat(1001) }, null, limits))[1]).toBe(
			'tally_error_too_large'
		);
		// 11 different ballots: pairs of different candidates.
		const many = [
			'6 1',
			...Array.from(
				{ length: 11 },
				(_, i) => `1 ${1 + (i % 6)} ${1 + ((i + 1 + Math.floor(i / 6)) % 6)} 0`
			)
		];
		const sixNames = ['0', ...['A', 'B', 'C', 'D', 'E', 'F'].map((n) => `"${n}"`)];
		expect(
			refusal(() =>
				runTally({}, bytes([...many, ...sixNames].join('\n')), { ...limits, maxCandidates: 6 })
			)
		).toEqual(['file', 'tally_error_too_many_ballots', 400]);
		expect(
			refusal(() => runTally({}, bytes(['6 1', '1 1 0', ...sixNames].join('\n')), limits))
		).toEqual(['file', 'tally_error_too_many_candidates', 400]);
		// The real limits: 8 MB and 60 candidates.
		expect(TALLY_LIMITS.maxBytes).toBe(8 * 1024 * 1024);
		const names = (n: number) => Array.from({ length: n }, (_, i) => `"C${i + 1}"`);
		expect(
			refusal(() => runTally({}, bytes(['61 1', '1 61 0', '0', ...names(61)].join('\n'))))
		).toEqual(['file', 'tally_error_too_many_candidates', 400]);
		expect(
			runTally({}, bytes(['60 1', '1 60 0', '0', ...names(60)].join('\n'))).report.winners
		).toEqual(['C60']);
	});
});

describe('tallyAction', () => {
	const post = (fields: Record<string, string>, file?: string) => {
		const form = new FormData();
		for (const [k, v] of Object.entries(fields)) form.set(k, v);
		if (file !== undefined) form.set('file', new File([file], 'ballots.blt'));
		return new Request('http://localhost/tally', { method: 'POST', body: form });
	};

	it('answers an upload with the outcome', async () => {
		const res = await tallyAction(
			post({ method: 'stv-scottish', seats: '', seed: '' }, dumbartonBlt)
		);
		expect('outcome' in res && res.outcome.report.winners).toContain('Iain_MCLAREN_SNP');
	});

	it('answers a bad file with a translated 400, the field message and the detail', async () => {
		const res = await tallyAction(post({ method: 'auto', seed: 'kept' }, 'not a ballot file'));
		expect('status' in res && res.status).toBe(400);
		const data = (
			res as {
				data: { message: string; fields: Record<string, string>; values: Record<string, unknown> };
			}
		).data;
		expect(data.message).toBe('The ballots could not be counted. Please check the marked fields.');
		expect(data.fields.file).toMatch(
			/^This is not a BLT ballot file we can read\. \(Details: line 1: /
		);
		expect(data.values.seed).toBe('kept');
	});

	it('answers a body over the server limit with a translated 413', async () => {
		const tooBig = {
			formData: () => Promise.reject(Object.assign(new Error('too large'), { status: 413 }))
		} as unknown as Request;
		const res = await tallyAction(tooBig);
		expect('status' in res && res.status).toBe(413);
		expect((res as { data: { fields: Record<string, string> } }).data.fields.file).toBe(
			'This file is too large: at most 8 MB.'
		);
	});

	it('answers a request that is no form with a 400', async () => {
		const res = await tallyAction(
			new Request('http://localhost/tally', {
				method: 'POST',
				body: 'x',
				headers: { 'content-type': 'text/plain' }
			})
		);
		expect('status' in res && res.status).toBe(400);
	});
});
