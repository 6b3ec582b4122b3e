import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Every request this server makes to another one goes through here, because the URLs come from
 * strangers (an actor document, a key id, a WebFinger answer): without a check, a signed request
 * could make us fetch our own database port or a cloud metadata address. The check is made on
 * the address the connection is actually opened to (in the socket's lookup), so a name that
 * resolves to a public address once and a private one the next time gains nothing.
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.0.0.0', 24],
	['192.168.0.0', 16],
	['198.18.0.0', 15],
	['224.0.0.0', 4],
	['240.0.0.0', 4]
] as const)
	PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
	['::', 128],
	['::1', 128],
	['fc00::', 7],
	['fe80::', 10],
	['ff00::', 8]
] as const)
	PRIVATE.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
	const family = isIP(address);
	if (family === 4) return PRIVATE.check(address, 'ipv4');
	if (family === 6) return PRIVATE.check(address, 'ipv6');
	return true;
}

export class FetchRefused extends Error {}

export type SafeFetchOptions = {
	allowPrivateNetworks: boolean;
	method?: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: string;
	/** The whole exchange, connection to last byte. */
	timeoutMs?: number;
	maxBytes?: number;
};

export type SafeResponse = { status: number; headers: IncomingHttpHeaders; text: string };

function guardedLookup(allowPrivate: boolean): LookupFunction {
	return (hostname, options, callback) => {
		dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
			if (err) return callback(err, '', 4);
			const list = addresses as unknown as LookupAddress[];
			const usable = allowPrivate ? list : list.filter((a) => !isPrivateAddress(a.address));
			if (!usable.length)
				return callback(new FetchRefused(`${hostname} resolves to a private address`), '', 4);
			if ((options as { all?: boolean }).all) return callback(null, usable as never, 4);
			callback(null, usable[0].address, usable[0].family);
		});
	};
}

/** One HTTP exchange with another server: no redirects followed, a deadline, a size cap. */
export function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeResponse> {
	let target: URL;
	try {
		target = new URL(url);
	} catch {
		return Promise.reject(new FetchRefused('not a URL'));
	}
	// Plain http only where private networks are allowed too: two test instances on one machine.
	const schemes = options.allowPrivateNetworks ? ['https:', 'http:'] : ['https:'];
	if (!schemes.includes(target.protocol) || target.username || target.password)
		return Promise.reject(new FetchRefused(`refused URL ${target.protocol}//${target.host}`));
	const literal = target.hostname.replace(/^\[|\]$/g, '');
	if (isIP(literal) && !options.allowPrivateNetworks && isPrivateAddress(literal))
		return Promise.reject(new FetchRefused(`${literal} is a private address`));
	const maxBytes = options.maxBytes ?? 1_000_000;
	const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
	return new Promise((resolve, reject) => {
		const req = send(
			target,
			{
				method: options.method ?? 'GET',
				headers: { 'user-agent': 'Plenary (ActivityPub)', ...options.headers },
				lookup: guardedLookup(options.allowPrivateNetworks),
				timeout: options.timeoutMs ?? 10_000
			},
			(res) => {
				let size = 0;
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size > maxBytes) {
						req.destroy(new FetchRefused(`answer larger than ${maxBytes} bytes`));
						return;
					}
					chunks.push(chunk);
				});
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						text: Buffer.concat(chunks).toString('utf8')
					})
				);
				res.on('error', reject);
			}
		);
		const deadline = setTimeout(
			() => req.destroy(new FetchRefused('no answer in time')),
			options.timeoutMs ?? 10_000
		);
		req.on('close', () => clearTimeout(deadline));
		req.on('timeout', () => req.destroy(new FetchRefused('no answer in time')));
		req.on('error', reject);
		if (options.body !== undefined) req.write(options.body);
		req.end();
	});
}
