import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReceivedMail } from '../../smtp-sink';
import { E2E } from './env';

/** Wait for the newest mail to an address that the real SMTP server received. */
export async function waitForMail(
	to: string,
	subject?: RegExp,
	timeoutMs = 20_000
): Promise<ReceivedMail> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (existsSync(E2E.mailFolder)) {
			const mails = readdirSync(E2E.mailFolder)
				.filter((f) => f.endsWith('.json'))
				.sort()
				.reverse()
				.map((f) => JSON.parse(readFileSync(join(E2E.mailFolder, f), 'utf8')) as ReceivedMail);
			const hit = mails.find(
				(m) => m.to.includes(to.toLowerCase()) && (!subject || subject.test(m.subject))
			);
			if (hit) return hit;
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`no mail to ${to} arrived`);
}

export { linkIn } from '../../smtp-sink';
