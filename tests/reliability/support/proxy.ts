import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';

export type Proxy = { url: string; close: () => Promise<void> };

/** Headers about one connection, not the message: never passed on (RFC 9110, 7.6.1). */
const HOP_BY_HOP = [
	'connection',
	'keep-alive',
	'proxy-connection',
	'transfer-encoding',
	'te',
	'trailer',
	'upgrade'
];

function passOn(headers: IncomingHttpHeaders): IncomingHttpHeaders {
	const out = { ...headers };
	for (const name of HOP_BY_HOP) delete out[name];
	return out;
}

/**
 * A small round-robin HTTP proxy, as a load balancer in front of several app processes: each
 * request goes to the next upstream in turn, the Host header is kept (the app serves the public
 * address), bodies stream both ways as they come (so a server-sent events stream passes message by
 * message), and a client that goes away closes its upstream request too. Each answer says which
 * upstream gave it (`x-upstream`: its index), so a test can tell the nodes apart.
 */
export function startProxy(upstreams: string[], port = 0): Promise<Proxy> {
	let next = 0;
	const sockets = new Set<Socket>();
	const server = createServer((req, res) => {
		const index = next++ % upstreams.length;
		const target = new URL(req.url ?? '/', upstreams[index]);
		const forwardedFor = req.headers['x-forwarded-for'];
		const out = request(
			target,
			{
				method: req.method,
				headers: {
					...passOn(req.headers),
					'x-forwarded-for': [forwardedFor, req.socket.remoteAddress].filter(Boolean).join(', '),
					'x-forwarded-proto': 'http'
				}
			},
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.statusMessage, {
					...passOn(answer.headers),
					'x-upstream': String(index)
				});
				// Headers at once: an event stream's client waits for them before its first message.
				res.flushHeaders();
				answer.pipe(res);
			}
		);
		out.on('error', () => {
			if (!res.headersSent) res.writeHead(502);
			res.end();
		});
		// A client gone before the end (a closed event stream): end the upstream request too.
		res.on('close', () => {
			if (!res.writableFinished) out.destroy();
		});
		req.pipe(out);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const bound = typeof address === 'object' && address ? address.port : port;
			resolve({
				url: `http://127.0.0.1:${bound}`,
				close: () =>
					new Promise<void>((done) => {
						// Open streams would keep the server from closing: end them.
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					})
			});
		});
	});
}
