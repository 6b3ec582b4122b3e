/**
 * Calls the app's real route handlers in-process, the way SvelteKit dispatches a request after the
 * server hook: the hook's work (a session cookie → `locals.member` and the one `Actor`) is done
 * with the same functions (`validateSession`, `loadActor`); then a page's server loads run from
 * the root layout down, a form action or an endpoint runs alone, and what they throw or return is
 * read as SvelteKit turns it into an HTTP status.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/members/actor';
import type { SessionMember } from '$lib/server/accounts/sessions';
import type { App } from '$lib/server/app';

export const ROUTES_DIR = path.resolve('src/routes');

type Module = Record<string, unknown>;
type Handler = (event: unknown) => unknown;

/** One thing a request can reach: a page's load, one of its form actions, or an endpoint's method. */
export type Entry = {
	/** `GET /decisions/[ref]`, `POST /decisions/[ref]?/submit`, `POST /flag` (a default action). */
	key: string;
	route: string;
	file: string;
	kind: 'load' | 'action' | 'endpoint';
	name: string;
};

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/** `src/routes/decisions/[ref]/+page.server.ts` → `/decisions/[ref]`; groups `(x)` drop out. */
function routeOf(file: string): string {
	const rel = path.relative(ROUTES_DIR, path.dirname(file)).split(path.sep);
	const parts = rel.filter((p) => p && !/^\(.*\)$/.test(p));
	return '/' + parts.join('/');
}

const modules = new Map<string, Module>();
async function load(file: string): Promise<Module> {
	if (!modules.has(file)) modules.set(file, await import(/* @vite-ignore */ file));
	return modules.get(file)!;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Every entry under src/routes, read from the files themselves (so a new one cannot hide). */
export async function routeEntries(): Promise<Entry[]> {
	const entries: Entry[] = [];
	for (const file of walk(ROUTES_DIR).sort()) {
		const base = path.basename(file);
		if (base !== '+page.server.ts' && base !== '+server.ts') continue;
		const route = routeOf(file);
		const mod = await load(file);
		if (base === '+server.ts') {
			for (const m of METHODS)
				if (typeof mod[m] === 'function')
					entries.push({ key: `${m} ${route}`, route, file, kind: 'endpoint', name: m });
			continue;
		}
		if (typeof mod.load === 'function')
			entries.push({ key: `GET ${route}`, route, file, kind: 'load', name: 'load' });
		for (const name of Object.keys((mod.actions as Module | undefined) ?? {}))
			entries.push({
				key: name === 'default' ? `POST ${route}` : `POST ${route}?/${name}`,
				route,
				file,
				kind: 'action',
				name
			});
	}
	return entries;
}

/** The layouts above a page, root first, as SvelteKit runs their server loads. */
function layoutsAbove(file: string): string[] {
	const out: string[] = [];
	let dir = path.dirname(file);
	for (;;) {
		const layout = path.join(dir, '+layout.server.ts');
		try {
			if (statSync(layout).isFile()) out.unshift(layout);
		} catch {
			// no layout here
		}
		if (dir === ROUTES_DIR) break;
		dir = path.dirname(dir);
	}
	return out;
}

export type Who = {
	actor: Actor | null;
	member: SessionMember | null;
	token: string | null;
};

export type Call = {
	entry: Entry;
	who: Who;
	params: Record<string, string>;
	form?: Record<string, string | string[]>;
	query?: string;
};

/** What SvelteKit answers for a thrown value: its status, or 500 for an unexpected error. */
function statusOfThrown(err: unknown): number {
	if (isHttpError(err)) return err.status;
	if (isRedirect(err)) return err.status;
	console.error(err);
	return 500;
}

function cookieJar(token: string | null) {
	const jar = new Map<string, string>();
	if (token) jar.set('plenary_session', token);
	return {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	};
}

/** Run one entry as one request and answer its HTTP status. */
export async function request(app: App, call: Call): Promise<number> {
	const { entry, who, params, form, query } = call;
	const pathname = entry.route.replace(/\[\.{0,3}([^\]]+)\]/g, (_m, name: string) =>
		encodeURIComponent(params[name.split('=')[0]] ?? '')
	);
	const search = entry.kind === 'action' && entry.name !== 'default' ? `?/${entry.name}` : '';
	const url = new URL(`http://localhost${pathname}${search || (query ? `?${query}` : '')}`);
	const method = entry.kind === 'load' ? 'GET' : entry.kind === 'action' ? 'POST' : entry.name;
	let body: FormData | undefined;
	if (method !== 'GET') {
		body = new FormData();
		for (const [k, v] of Object.entries(form ?? {}))
			for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
	}
	const headers = new Headers({ origin: 'http://localhost', 'accept-language': 'en' });
	let parentData: Record<string, unknown> = {};
	const event = {
		locals: {
			app,
			db: app.db,
			member: who.member,
			actor: who.actor,
			sessionToken: who.token,
			locale: 'en'
		},
		params,
		url,
		route: { id: entry.route },
		request: new Request(url, { method, body, headers }),
		cookies: cookieJar(who.token),
		getClientAddress: () => '203.0.113.7',
		setHeaders: () => {},
		fetch: globalThis.fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		parent: async () => parentData
	};
	try {
		const mod = await load(entry.file);
		if (entry.kind === 'endpoint') {
			const res = (await (mod[entry.name] as Handler)(event)) as Response;
			return res.status;
		}
		if (entry.kind === 'action') {
			const actions = mod.actions as Record<string, Handler>;
			const out = await actions[entry.name](event);
			return isActionFailure(out) ? out.status : 200;
		}
		for (const layout of layoutsAbove(entry.file)) {
			const lmod = await load(layout);
			if (typeof lmod.load === 'function')
				parentData = { ...parentData, ...((await (lmod.load as Handler)(event)) as object) };
		}
		await (mod.load as Handler)(event);
		return 200;
	} catch (err) {
		return statusOfThrown(err);
	}
}
