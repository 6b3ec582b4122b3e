import { describe, expect, it } from 'vitest';
import { fromThisMachine, isLoopbackAddress, isLoopbackHost } from './loopback';

describe('loopback', () => {
	it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('%s is this machine', (a) => {
		expect(isLoopbackAddress(a)).toBe(true);
	});
	it.each(['10.0.0.1', '192.168.1.2', '::ffff:10.0.0.1', '128.0.0.1', '1270.0.0.1', ''])(
		'%s is not',
		(a) => {
			expect(isLoopbackAddress(a)).toBe(false);
		}
	);
	it('reads host names, bracketed IPv6 included', () => {
		expect(isLoopbackHost('localhost')).toBe(true);
		expect(isLoopbackHost('app.localhost')).toBe(true);
		expect(isLoopbackHost('[::1]')).toBe(true);
		expect(isLoopbackHost('plenary.example.org')).toBe(false);
		expect(isLoopbackHost('localhost.example.org')).toBe(false);
	});
	it('needs both the loopback name and a loopback client', () => {
		const at = (host: string, client: string) =>
			fromThisMachine({ url: new URL(`http://${host}/`), getClientAddress: () => client });
		expect(at('localhost:5173', '127.0.0.1')).toBe(true);
		// A reverse proxy on the same host: the client looks local, the name does not.
		expect(at('plenary.example.org', '127.0.0.1')).toBe(false);
		expect(at('localhost', '203.0.113.9')).toBe(false);
	});
});
