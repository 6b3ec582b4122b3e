import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './user-agent';

describe('describeUserAgent', () => {
	it.each([
		[
			'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
			{ browser: 'Firefox', system: 'Linux' }
		],
		[
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
			{ browser: 'Edge', system: 'Windows' }
		],
		[
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
			{ browser: 'Safari', system: 'iOS' }
		],
		[
			'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
			{ browser: 'Chrome', system: 'Android' }
		]
	])('%s', (ua, expected) => {
		expect(describeUserAgent(ua)).toEqual(expected);
	});

	it('gives nothing for what it does not recognise', () => {
		expect(describeUserAgent('')).toBeNull();
		expect(describeUserAgent('test')).toBeNull();
	});
});
