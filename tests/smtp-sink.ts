import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
	to: string[];
	subject: string;
	text: string;
	receivedAt: number;
	/** Raw header values by lower-case name (List-Unsubscribe, Message-ID, …). */
	headers: Record<string, string>;
};

/**
 * A real SMTP server for tests: it accepts every message over the SMTP protocol, parses it, and
 * keeps it in memory and (when a folder is given) as JSON files other processes can read.
 */
export async function startSmtpSink(
	options: {
		port?: number;
		folder?: string;
		/** Wait this long before accepting each mail (a slow server, for crash tests). */
		delayMs?: number;
	} = {}
) {
	const received: ReceivedMail[] = [];
	if (options.folder) mkdirSync(options.folder, { recursive: true });
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream)
				.then((mail) => {
					const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
						a.value.map((v) => (v.address ?? '').toLowerCase())
					);
					const entry = {
						to,
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						receivedAt: Date.now(),
						headers: Object.fromEntries(
							mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])
						)
					};
					if (options.delayMs) return delay(options.delayMs).then(() => entry);
					return entry;
				})
				.then((entry) => {
					received.push(entry);
					if (options.folder) {
						// Written aside, then renamed: a reader polling the folder never sees half a file.
						const file = join(options.folder, `${entry.receivedAt}-${received.length}.json`);
						writeFileSync(`${file}.part`, JSON.stringify(entry));
						renameSync(`${file}.part`, file);
					}
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		port,
		received,
		url: `smtp://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Pull the first link to the given path out of a mail's text. */
export function linkIn(text: string, path: string): string {
	const match = text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`));
	if (!match) throw new Error(`no ${path} link in mail:\n${text}`);
	return match[0];
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
