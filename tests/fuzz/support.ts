/**
 * What the route fuzz test needs besides fast-check: the routes of src/routes as callable targets,
 * a request event like SvelteKit's, the server hook's own guards, an outcome read the way
 * SvelteKit reads it (status of a Response, an ActionFailure, a thrown error or redirect), and a
 * count of committed row changes to tell that a refused request changed nothing.
 */
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { guardRequestBody } from '$lib/server/http';
import { translate } from '$lib/server/i18n';
import type { Actor } from '$lib/domain/members/actor';

type Handler = (event: RequestEvent) => unknown;
export type Target = {
	/** e.g. "POST /posts/[ref]?/comment" */
	name: string;
	routeId: string;
	method: 'GET' | 'POST';
	/** Form action name, for page actions. */
	action?: string;
	run: Handler;
};

type RouteModule = {
	load?: Handler;
	actions?: Record<string, Handler>;
	GET?: Handler;
	POST?: Handler;
};

/** Every load, form action and endpoint under src/routes, except the development-only ones. */
export function routeTargets(modules: Record<string, RouteModule>): Target[] {
	const targets: Target[] = [];
	for (const [file, mod] of Object.entries(modules)) {
		const routeId = file.replace(/^\/src\/routes/, '').replace(/\/\+[a-z.]+\.ts$/, '') || '/';
		if (routeId.startsWith('/dev')) continue;
		if (mod.load)
			targets.push({ name: `GET ${routeId} (load)`, routeId, method: 'GET', run: mod.load });
		for (const [action, run] of Object.entries(mod.actions ?? {}))
			targets.push({ name: `POST ${routeId}?/${action}`, routeId, method: 'POST', action, run });
		if (mod.GET) targets.push({ name: `GET ${routeId}`, routeId, method: 'GET', run: mod.GET });
		if (mod.POST) targets.push({ name: `POST ${routeId}`, routeId, method: 'POST', run: mod.POST });
	}
	return targets.sort((a, b) => a.name.localeCompare(b.name));
}

/** The concrete path of a route with its parameters filled in (each encoded as a browser would). */
export function pathOf(routeId: string, params: Record<string, string>): string {
	return routeId.replace(/\[(\w+)\]/g, (_, name) =>
		encodeURIComponent((params[name] ?? '').toWellFormed())
	);
}

export function paramNames(routeId: string): string[] {
	return [...routeId.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
}

function cookieJar(): RequestEvent['cookies'] {
	const jar = new Map<string, string>();
	return {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: (name: string, value: string) => `${name}=${value}`
	} as unknown as RequestEvent['cookies'];
}

export type Outcome = { status: number; error?: unknown };

/**
 * Call a target the way SvelteKit and the server hook would, and read the status SvelteKit would
 * answer: a NUL in the address is refused by the hook; a body is read through the hook's guard.
 */
export async function call(
	target: Target,
	request: Request,
	params: Record<string, string>,
	locals: { db: Db; actor: Actor; app: unknown; member: unknown }
): Promise<Outcome> {
	const url = new URL(request.url);
	if (/%00/.test(url.pathname + url.search)) return { status: 400 };
	if (!process.env.FUZZ_NO_GUARD) guardRequestBody(request);
	const headers: Record<string, string> = {};
	const event = {
		request,
		url,
		params,
		route: { id: target.routeId },
		locals: { ...locals, locale: 'en', sessionToken: 'fuzz' },
		cookies: cookieJar(),
		setHeaders: (h: Record<string, string>) => Object.assign(headers, h),
		getClientAddress: () => '203.0.113.9',
		parent: async () => ({}),
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		fetch,
		isDataRequest: false,
		isSubRequest: false,
		platform: undefined
	} as unknown as RequestEvent;
	try {
		const out = await target.run(event);
		if (out instanceof Response) return { status: out.status };
		const failure = out as { status?: unknown; data?: unknown } | undefined;
		if (failure && typeof failure.status === 'number' && 'data' in failure)
			return { status: failure.status };
		return { status: 200 };
	} catch (e) {
		if (isRedirect(e)) {
			// A Location that breaks the header would be a 500 when SvelteKit builds the answer.
			try {
				new Headers({ location: e.location });
			} catch (bad) {
				return { status: 500, error: bad };
			}
			return { status: e.status };
		}
		if (isHttpError(e)) return { status: e.status };
		// SvelteKit answers a form post whose content type is not a form with 415 itself.
		return { status: 500, error: e };
	}
}

/** SvelteKit's own answer to a form action posted with a body that is not a form. */
export function refusedByKit(target: Target, request: Request): Outcome | null {
	if (!target.action) return null;
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	const form = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
	return form.includes(type) ? null : { status: 415 };
}

/**
 * Row changes that committed, counted by a trigger on every table: a change rolled back (a
 * refused command) rolls its count back too. Sessions and log-in throttles change on their own.
 */
export async function installWriteCounter(db: Db): Promise<void> {
	await db.execute(sql`
		create table fuzz_writes (n bigint not null);
		insert into fuzz_writes values (0);
		create function fuzz_count_write() returns trigger language plpgsql as $$
		begin update fuzz_writes set n = n + 1; return null; end $$;
		do $$ declare t text; begin
			for t in select tablename from pg_tables where schemaname = 'public'
				and tablename not in ('fuzz_writes', 'sessions', 'auth_throttle', 'scheduled_jobs',
					'__drizzle_migrations')
			loop
				execute format('create trigger fuzz_count after insert or update or delete on %I
					for each row execute function fuzz_count_write()', t);
			end loop;
		end $$;`);
}

export async function writesSoFar(db: Db): Promise<number> {
	const { rows } = await db.execute<{ n: string }>(sql`select n from fuzz_writes`);
	return Number(rows[0].n);
}

export const badCharacters = () => translate('error_bad_characters');
