/**
 * `npm run bench:recount`: does a big public recount slow other requests down? Latency of a small
 * page while big recounts run, as a ratio of the same page's latency with nothing else running.
 *
 * Measured twice in one run, in an in-process node:http server (a tiny page and a recount
 * endpoint): counting on the request thread (as /tally did) and on the worker pool (as it does
 * now). With BENCH_URL (a running app, e.g. `npm start`), the real /tally and a small page of it
 * are measured too. BENCH_RECOUNTS big recounts run at once (default 2); BENCH_BALLOTS sets their
 * size (default 40,000 approval ballots, 30 candidates, 4 seats, exact PAV: seconds each).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runTally } from '../src/lib/server/tally/run';
import { recount, tallyPool } from '../src/lib/server/workers/tally';

const RECOUNTS = Number(process.env.BENCH_RECOUNTS ?? 2);
const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 40_000);
/** The app refuses bodies over BODY_SIZE_LIMIT (adapter-node's default: 512 kB). */
const APP_BALLOTS = Number(process.env.BENCH_APP_BALLOTS ?? 12_000);
const CANDIDATES = 30;
const SEATS = 4;

/**
 * The slowest kind of file the limits allow: exact proportional approval voting (PAV) examines
 * every committee (30 candidates, 4 seats: 27,405 of them) for every distinct ballot.
 */
function bigCase(ballotCount: number): string {
	let seed = 12345;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const candidates = Array.from({ length: CANDIDATES }, (_, i) => `c${i + 1}`);
	const ballots = Array.from({ length: ballotCount }, () => ({
		approve: candidates.filter(() => next() < 0.2),
		count: 1
	}));
	return JSON.stringify({
		method: 'approval',
		seats: SEATS,
		candidates,
		ballots,
		options: { rule: 'pav' }
	});
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

async function timeGet(url: string): Promise<number> {
	const start = performance.now();
	const res = await fetch(url);
	await res.arrayBuffer();
	if (!res.ok) throw new Error(`${url}: ${res.status}`);
	return performance.now() - start;
}

/** Latencies of the small page: alone, then while the big recounts run. */
async function measure(small: string, startRecount: () => Promise<unknown>) {
	for (let i = 0; i < 5; i++) await timeGet(small);
	const alone: number[] = [];
	for (let i = 0; i < 30; i++) alone.push(await timeGet(small));
	const during: number[] = [];
	let running = true;
	const recounts = Promise.all(Array.from({ length: RECOUNTS }, startRecount)).finally(
		() => (running = false)
	);
	// Let the recounts start before the first request.
	await new Promise((r) => setTimeout(r, 50));
	while (running) during.push(await timeGet(small));
	await recounts;
	return { alone, during };
}

function report(name: string, m: { alone: number[]; during: number[] }) {
	const ratio = median(m.during) / median(m.alone);
	console.log(
		`${name.padEnd(28)} alone: median ${median(m.alone).toFixed(1)} ms, p95 ${p95(m.alone).toFixed(1)} ms | ` +
			`during ${RECOUNTS} recounts: median ${median(m.during).toFixed(1)} ms, p95 ${p95(m.during).toFixed(1)} ms, ` +
			`max ${Math.max(...m.during).toFixed(1)} ms (${m.during.length} requests) | ratio of medians ${ratio.toFixed(1)}×`
	);
}

async function inProcess(onWorker: boolean, bytes: Uint8Array) {
	const server: Server = createServer(async (req, res) => {
		if (req.url === '/recount') {
			const values = {};
			const out = onWorker ? await recount(values, bytes) : runTally(values, bytes);
			res.end(JSON.stringify(out.report.winners));
		} else res.end('<!doctype html><p>small page</p>');
	});
	// A blocked event loop must not also close idle connections under the client.
	server.keepAliveTimeout = 120_000;
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	try {
		return await measure(`${base}/small`, () => fetch(`${base}/recount`).then((r) => r.text()));
	} finally {
		server.close();
	}
}

async function againstApp(url: string, file: string) {
	const post = async () => {
		const form = new FormData();
		form.set('method', 'auto');
		form.set('file', new File([file], 'bench.json'));
		const res = await fetch(`${url}/tally`, {
			method: 'POST',
			body: form,
			headers: { origin: url, 'x-sveltekit-action': 'true' }
		});
		const body = await res.text();
		if (!body.includes('"success"')) throw new Error(`recount refused: ${body.slice(0, 200)}`);
	};
	return measure(`${url}/login`, post);
}

const file = bigCase(BALLOTS);
const bytes = new TextEncoder().encode(file);
console.log(
	`${RECOUNTS} recounts of ${BALLOTS} ballots, ${CANDIDATES} candidates, ${SEATS} seats, ${(bytes.length / 1e6).toFixed(1)} MB, exact PAV`
);
const started = performance.now();
runTally({}, bytes);
console.log(`one recount alone: ${((performance.now() - started) / 1000).toFixed(2)} s`);
report('on the request thread', await inProcess(false, bytes));
report('on the worker pool', await inProcess(true, bytes));
if (process.env.BENCH_URL) {
	const appFile = bigCase(APP_BALLOTS);
	console.log(`the app: ${APP_BALLOTS} ballots, ${(appFile.length / 1e3).toFixed(0)} kB`);
	report(`app ${process.env.BENCH_URL}`, await againstApp(process.env.BENCH_URL, appFile));
}
await tallyPool().close();
