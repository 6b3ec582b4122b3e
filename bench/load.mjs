// A load under autocannon in a process of its own (bench/serve.ts): a fixed number of requests
// (`amount`) or a time (`duration`), each with the next session cookie of `cookies` in turn, and,
// with `fresh`, each at an address of its own (`?fresh=N`) so that no kept copy can answer it and
// every answer is rendered. Prints autocannon's result as JSON.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
const { url, path, body, cookies = [], amount, duration, connections, headers } = options;
const method = options.method ?? 'POST';
let next = 0;
let fresh = 0;
// When the first request went and the last answer came. autocannon ends a run with a fixed amount
// at its next once-a-second tick, so the run's own length (and a clock around this process) is
// rounded up to a whole second: 9,798 ballots answered in 2.3 s counted as 3 s, and the measured
// rate fell into steps whatever the code did (docs/performance.md).
let first = 0;
let last = 0;
const run = autocannon({
	url,
	connections,
	// autocannon refuses a duration given as undefined: name only the limit that was asked for.
	...(amount ? { amount } : { duration }),
	requests: [
		{
			method,
			path,
			body,
			headers,
			setupRequest: (request) => {
				first ||= performance.now();
				return {
					...request,
					path: options.fresh
						? `${path}${path.includes('?') ? '&' : '?'}fresh=${fresh++}`
						: request.path,
					headers: cookies.length
						? { ...request.headers, cookie: cookies[next++ % cookies.length] }
						: request.headers
				};
			}
		}
	]
});
run.on('response', () => (last = performance.now()));
const result = await run;
process.stdout.write(JSON.stringify({ ...result, answeringMs: last - first }));
