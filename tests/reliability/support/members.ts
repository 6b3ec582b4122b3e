import { DEMO_EMAIL, generateDemoPeople } from '../../../src/lib/server/seed/demo-people';
import { DEMO_PASSWORD } from './http';

/** A signed-in member, talking to the server as the pages' script does (JSON form actions). */
export type Member = { email: string; cookie: string };

export type ActionAnswer = { acknowledged: boolean; type?: string };

/** The demo members most recently active first: the likeliest to hold every right. */
export function demoEmails(): string[] {
	const others = generateDemoPeople()
		.filter((p) => p.email !== DEMO_EMAIL)
		.sort((a, b) => b.lastActiveAt.localeCompare(a.lastActiveAt))
		.map((p) => p.email);
	return [DEMO_EMAIL, ...others];
}

/** POST a form action; acknowledged means the server said it was done (2xx, not a failure). */
export async function action(
	baseUrl: string,
	path: string,
	cookie: string | null,
	form: Record<string, string>
): Promise<ActionAnswer & { response: Response }> {
	const response = await fetch(`${baseUrl}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: baseUrl,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(form).toString()
	});
	const text = await response.text();
	let type: string | undefined;
	try {
		type = (JSON.parse(text) as { type?: string }).type;
	} catch {
		type = undefined;
	}
	const acknowledged = response.ok && (type === 'success' || type === 'redirect');
	return { acknowledged, type, response };
}

export async function logIn(baseUrl: string, email: string): Promise<Member | null> {
	const answer = await action(baseUrl, '/login', null, { email, password: DEMO_PASSWORD });
	const session = answer.response.headers
		.getSetCookie()
		.find((c) => c.startsWith('plenary_session='));
	return answer.acknowledged && session ? { email, cookie: session.split(';')[0] } : null;
}
