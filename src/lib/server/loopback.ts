/**
 * Is this address or host name this machine? The development mailbox shows every mail the site
 * would have sent, sign-in links included, so it answers only to a browser on the same machine
 * that addressed the site by a loopback name: behind a reverse proxy on the same host the client
 * address is loopback too, but the host name is the public one.
 */
export function isLoopbackAddress(address: string): boolean {
	const a = address.replace(/^::ffff:/i, '');
	return a === '::1' || /^127(\.\d{1,3}){3}$/.test(a);
}

export function isLoopbackHost(hostname: string): boolean {
	const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return h === 'localhost' || h.endsWith('.localhost') || isLoopbackAddress(h);
}

/** Both at once: a browser on this machine that addressed the site by a loopback name. */
export function fromThisMachine(event: { url: URL; getClientAddress(): string }): boolean {
	return isLoopbackHost(event.url.hostname) && isLoopbackAddress(event.getClientAddress());
}
