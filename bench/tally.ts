/**
 * Times the whole tally process on the shared ranked profiles.
 *
 *   npm run bench:tally [-- --runs N]
 *
 * Each run is the command `npm run tally` runs, `node scripts/tally.mjs`,
 * with its bundle built beforehand (scripts/tally-bundle.mjs), so npm's own
 * start-up is left out, as the peers were timed; `npm run tally` on the
 * small file is timed once more with npm, for what a person waits. For each row: median wall time over the runs, peak RSS
 * of the child (reported by the CLI itself with TALLY_REPORT_RSS=1), the
 * speed-up against the peer's published time, and the target (3× faster
 * than the peer, memory under 300 MB). A bare `node -e 0` is timed in the
 * same run as a baseline, since machines here are noisy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tallyBundle } from '../scripts/tally-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const profiles = resolve(root, 'fixtures/tally-profiles');

interface Row {
	profile: string;
	method: string;
	peer: string;
	/** Peer wall time in seconds (the lower published figure). */
	peerSeconds: number;
	peerMemory?: string;
	/** Target wall time in seconds. */
	target: number;
}

const ROWS: Row[] = [
	{
		profile: 'P1',
		method: 'schulze',
		peer: 'votes 3.0',
		peerSeconds: 1.5,
		peerMemory: '250 MB',
		target: 0.5
	},
	{
		profile: 'P1',
		method: 'ranked-pairs',
		peer: 'votes 3.0',
		peerSeconds: 1.6,
		peerMemory: '253 MB',
		target: 0.5
	},
	{
		profile: 'P1',
		method: 'irv',
		peer: 'votes 3.0',
		peerSeconds: 47,
		peerMemory: '2.6 GB',
		target: 1.0
	},
	{
		profile: 'P2',
		method: 'stv-meek',
		peer: 'droop',
		peerSeconds: 38,
		peerMemory: '48 MB',
		target: 5.0
	},
	{
		profile: 'P2',
		method: 'stv-scottish',
		peer: 'droop',
		peerSeconds: 2.0,
		peerMemory: '43 MB',
		target: 0.7
	},
	{
		profile: 'P3',
		method: 'stv-meek',
		peer: 'droop',
		peerSeconds: 4.0,
		peerMemory: '22 MB',
		target: 4.0 / 3
	},
	{
		profile: 'P3',
		method: 'stv-scottish',
		peer: 'droop',
		peerSeconds: 0.44,
		peerMemory: '21 MB',
		target: 0.44 / 3
	}
];

const MEMORY_LIMIT_MB = 300;

/** A small real election (Debian's 2020 leader vote, 339 ballots): start-up is all that counts. */
const SMALL = {
	file: resolve(root, 'fixtures/vote-cases/schulze-debian-dpl2020.json'),
	target: 0.15
};

function argRuns(): number {
	const i = process.argv.indexOf('--runs');
	const n = i >= 0 ? Number(process.argv[i + 1]) : 3;
	return Number.isInteger(n) && n > 0 ? n : 3;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function timeRun(args: string[]): {
	seconds: number;
	rssMb: number;
	status: number | null;
	stderr: string;
} {
	const t0 = process.hrtime.bigint();
	const r = spawnSync(process.execPath, args, {
		env: { ...process.env, TALLY_REPORT_RSS: '1' },
		maxBuffer: 512 * 1024 * 1024,
		encoding: 'utf8'
	});
	const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
	const m = /maxRSS=(\d+)/.exec(r.stderr ?? '');
	return {
		seconds,
		rssMb: m ? Number(m[1]) / 1024 : NaN,
		status: r.status,
		stderr: r.stderr ?? ''
	};
}

async function main() {
	if (!existsSync(profiles)) {
		console.log(`bench:tally: ${profiles} not found, nothing to time (skipped).`);
		return;
	}
	const runs = argRuns();
	await tallyBundle();
	const command = join(root, 'scripts/tally.mjs');
	{
		const base = Array.from({ length: Math.max(runs, 5) }, () => timeRun(['-e', '0']).seconds);
		const baseline = median(base);
		console.log(
			`node ${process.version}, ${runs} run(s) per row, median wall time; baseline \`node -e 0\`: ${(baseline * 1000).toFixed(0)} ms\n`
		);
		const header = [
			'profile',
			'method',
			'time s',
			'minus baseline',
			'peak MB',
			'peer',
			'peer s',
			'speed-up',
			'target s',
			'ok'
		];
		const table: string[][] = [];
		let failures = 0;
		const small = median(
			Array.from({ length: runs }, () => timeRun([command, SMALL.file]).seconds)
		);
		if (small > SMALL.target) failures++;
		table.push([
			'small',
			'schulze',
			small.toFixed(3),
			(small - baseline).toFixed(3),
			'',
			'—',
			'',
			'',
			SMALL.target.toFixed(3),
			small <= SMALL.target ? 'yes' : 'NO'
		]);
		for (const row of ROWS) {
			const file = join(profiles, `${row.profile}.blt`);
			if (!existsSync(file)) {
				table.push([row.profile, row.method, 'missing', '', '', row.peer, '', '', '', '']);
				continue;
			}
			const results = Array.from({ length: runs }, () =>
				timeRun([command, file, '--method', row.method])
			);
			const bad = results.find((r) => r.status !== 0);
			if (bad) {
				console.error(`${row.profile} ${row.method} failed (status ${bad.status}):\n${bad.stderr}`);
				failures++;
				continue;
			}
			const t = median(results.map((r) => r.seconds));
			const mem = Math.max(...results.map((r) => r.rssMb));
			const ok = t <= row.target && mem < MEMORY_LIMIT_MB;
			if (!ok) failures++;
			table.push([
				row.profile,
				row.method,
				t.toFixed(3),
				(t - baseline).toFixed(3),
				mem.toFixed(0),
				`${row.peer} (${row.peerMemory ?? '?'})`,
				row.peerSeconds.toFixed(2),
				`${(row.peerSeconds / t).toFixed(1)}×`,
				row.target.toFixed(3),
				ok ? 'yes' : 'NO'
			]);
		}
		const widths = header.map((h, i) =>
			Math.max(h.length, ...table.map((r) => (r[i] ?? '').length))
		);
		const fmt = (r: string[]) =>
			r.map((c, i) => (i < 2 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
		console.log(fmt(header));
		console.log(widths.map((w) => '-'.repeat(w)).join('  '));
		for (const r of table) console.log(fmt(r));
		console.log(
			`\ntargets: at least 3× faster than the peer and under ${MEMORY_LIMIT_MB} MB; ${failures ? `${failures} row(s) missed` : 'all met'}.`
		);
		const viaNpm = Array.from({ length: runs }, () => {
			const t0 = process.hrtime.bigint();
			spawnSync('npm', ['run', '--silent', 'tally', '--', SMALL.file], { cwd: root });
			return Number(process.hrtime.bigint() - t0) / 1e9;
		});
		console.log(
			`\`npm run tally\` on the small file, npm included: ${median(viaNpm).toFixed(3)} s.`
		);
	}
}

await main();
