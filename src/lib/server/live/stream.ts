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

/** One message is encoded once for all the streams it goes to (thousands on a busy thread). */
let last: { topic: string; data: unknown; bytes: Uint8Array } | null = null;
function frame(topic: string, data: unknown): Uint8Array {
	if (last?.topic !== topic || last.data !== data)
		last = { topic, data, bytes: encoder.encode(`data: ${JSON.stringify({ topic, data })}\n\n`) };
	return last.bytes;
}

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
			const sendBytes = (bytes: Uint8Array) => {
				if (done) return;
				try {
					controller.enqueue(bytes);
				} catch {
					close();
				}
			};
			const send = (text: string) => sendBytes(encoder.encode(text));
			const stops = topics.map((topic) => listen(topic, (t, data) => sendBytes(frame(t, data))));
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
