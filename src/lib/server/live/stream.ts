/**
 * One server-sent events stream per open page: a comment line at once (so proxies and the
 * browser see the stream start), each message as `data: {"topic":…,"data":…}`, and a comment
 * every 25 seconds so idle connections are not cut. Streams end when the page goes, and all of
 * them at once when the process is asked to stop, so a graceful shutdown does not wait on them.
 */
import { listen } from './bus';

const HEARTBEAT_MS = 25_000;
const encoder = new TextEncoder();
const open = new Set<() => void>();
let watchingShutdown = false;

function closeAll() {
	for (const close of [...open]) close();
}

export function liveStream(topics: readonly string[]): Response {
	if (!watchingShutdown) {
		watchingShutdown = true;
		process.once('SIGTERM', closeAll);
		process.once('SIGINT', closeAll);
	}
	let close = () => {};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			let done = false;
			const send = (text: string) => {
				if (done) return;
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					close();
				}
			};
			const stops = topics.map((topic) =>
				listen(topic, (t, data) => send(`data: ${JSON.stringify({ topic: t, data })}\n\n`))
			);
			const beat = setInterval(() => send(': ping\n\n'), HEARTBEAT_MS);
			beat.unref();
			close = () => {
				if (done) return;
				done = true;
				clearInterval(beat);
				for (const stop of stops) stop();
				open.delete(close);
				try {
					controller.close();
				} catch {
					// Already closed by the client going away.
				}
			};
			open.add(close);
			send('retry: 3000\n: live\n\n');
		},
		cancel() {
			close();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-transform',
			'x-accel-buffering': 'no'
		}
	});
}
