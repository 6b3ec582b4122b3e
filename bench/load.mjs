// A load under autocannon in a process of its own (bench/serve.ts): a fixed number of requests
// (`amount`) or a time (`duration`), each with the next session cookie of `cookies` in turn, and,
// with `fresh`, each at an address of its own (`?fresh=N`) so that no kept copy can answer it and
// every answer is rendered. Prints autocannon's result as JSON.
import { createRequire } from 'node:module';
import autocannon from 'autocannon';

// autocannon 9 appends every answer's body to a string (`req.body += chunk`), for callbacks this
// load never uses, so its own cost grew with the size of the answer: on a kept thread page (8.5 KB
// of brotli, decoded as UTF-8 for nothing) it spent three quarters of its time in
// `Buffer.toString`, a whole core at about 8,000 answers a second while the app used a third of
// one, and the page's rate measured the load generator. Bodies are counted (autocannon counts
// bytes apart) and dropped; the bare baseline goes through the same load (docs/performance.md).
const Queue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js');
if (typeof Queue.prototype.addBody !== 'function')
	throw new Error('autocannon no longer keeps bodies as bench/load.mjs expects: look again');
Queue.prototype.addBody = () => {};

const options = JSON.parse(process.argv[2]);
const { url, path, body, cookies = [], amount, duration, connections, headers } = options;
const method = options.method ?? 'POST';
let next = 0;
let fresh = 0;
// A request that changes from one to the next is built each time by a function; a fixed one is
// built once by autocannon, as its command line does, so that the bare baseline is measured as the
// command line would measure it.
const varies = options.fresh || cookies.length > 0;
// With a fixed amount, when the first request went and the last answer came. autocannon ends such
// a run at its next once-a-second tick, so the run's own length (and a clock around this process)
// is rounded up to a whole second: 9,798 ballots answered in 2.9 s counted as 3.2 s, 3.1 s as
// 4.2 s, and the measured rate fell into steps whatever the code did (docs/performance.md).
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
			...(varies && {
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
			})
		}
	]
});
// Only a fixed amount is timed by its answers (and only when its requests vary, so `first` is
// known: every such load here does); a load for a time is measured by autocannon's own samples.
if (amount && varies) run.on('response', () => (last = performance.now()));
const result = await run;
process.stdout.write(
	JSON.stringify(amount && first ? { ...result, answeringMs: last - first } : result)
);
