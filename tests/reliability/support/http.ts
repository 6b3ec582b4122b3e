import { request } from 'node:http';

export const DEMO_PASSWORD = 'plenary-demo-2012';

/**
 * A log-in whose body arrives in two parts, the second only when `finish()` is called: a request
 * the server is in the middle of when it is told to stop. `started` resolves once the server has
 * taken the request (it answers "100 Continue" to the headers).
 */
export function slowLogIn(baseUrl: string, email: string) {
	const body = new URLSearchParams({ email, password: DEMO_PASSWORD }).toString();
	const half = Math.floor(body.length / 2);
	let finish!: () => void;
	let started!: () => void;
	const inFlight = new Promise<void>((resolve) => (started = resolve));
	const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
		const req = request(
			`${baseUrl}/login`,
			{
				method: 'POST',
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body),
					origin: baseUrl,
					// As the page's script sends it: the answer is JSON, with status 200.
					accept: 'application/json',
					'x-sveltekit-action': 'true',
					expect: '100-continue'
				}
			},
			(res) => {
				let text = '';
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
			}
		);
		req.on('error', reject);
		req.once('continue', () => {
			req.write(body.slice(0, half));
			started();
		});
		finish = () => req.end(body.slice(half));
	});
	return { started: inFlight, response, finish: () => finish() };
}

/** Does the server still take new connections? */
export async function accepting(baseUrl: string): Promise<boolean> {
	try {
		await fetch(baseUrl, { signal: AbortSignal.timeout(5000) });
		return true;
	} catch {
		return false;
	}
}
