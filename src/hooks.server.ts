import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import {
	getTextDirection,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '$lib/paraglide/runtime.js';
import { app } from '$lib/server/app';
import { ConfigError } from '$lib/server/config';
import { EmbeddedDatabaseError } from '$lib/server/db/embedded';
import {
	clearSessionCookie,
	MAX_SESSION_COOKIE,
	SESSION_COOKIE,
	setSessionCookie,
	validateSession
} from '$lib/server/accounts/sessions';
import { isLocale, localeFromAcceptLanguage, translate } from '$lib/server/i18n';
import { LOCALE_COOKIE, rememberLocale } from '$lib/server/locale-cookie';
import { colorSchemeOf, THEME_COOKIE, themeOf } from '$lib/server/theme-cookie';
import { isTheme } from '$lib/domain/members/themes';
import { guardRequestBody } from '$lib/server/http';
import { firstRunRedirect } from '$lib/server/instance/first-run';
import { refusedCrossSite } from '$lib/server/csrf';
import { compressAnswer } from '$lib/server/answer-compression';
import { holdsEncodedNul, isApiPath } from '$lib/server/api/paths';
import { activityRedirect, negotiable } from '$lib/server/federation/negotiate';
import {
	isMemberKey,
	keepPage,
	keptPage,
	pageGeneration,
	pagesChanged
} from '$lib/server/page-cache';
import { answerKept, pageKeyOf, visitorLocaleOf } from '$lib/server/kept-answer';
import { renderInTurn, takesTurns } from '$lib/server/in-turn';
import { setSecurityHeaders } from '$lib/server/security-headers';
import { unexpectedError } from '$lib/server/unexpected';
import { ballotDoor } from '$lib/server/decisions/ballot-door';
import { transport } from './hooks';

// Start the database, migrations and demo data before the first request is served.
export const init: ServerInit = async () => {
	try {
		const started = await app();
		process.once('sveltekit:shutdown', () => void started.close());
	} catch (err) {
		// A setup problem the operator can fix: say what it is, without a stack trace.
		if (err instanceof ConfigError || err instanceof EmbeddedDatabaseError) {
			console.error(err.message);
			process.exit(1);
		}
		throw err;
	}
};

// Paraglide reads the request's locale from here during server rendering.
const localeStorage = new AsyncLocalStorage<{
	locale?: Locale;
	origin?: string;
	messageCalls?: Set<string>;
}>();
overwriteServerAsyncLocalStorage(localeStorage);

// The server's first listener (scripts/serve.mjs) answers visitors' kept pages through this, and
// lets the ballot door take the ballots the decision page's script posts.
Object.assign(globalThis, {
	[Symbol.for('plenary.answerKept')]: answerKept,
	[Symbol.for('plenary.ballotDoor')]: ballotDoor({
		app,
		inLocale: (locale, origin, answer) =>
			localeStorage.run({ locale, origin, messageCalls: new Set() }, answer),
		encoders: Object.fromEntries(Object.entries(transport).map(([name, t]) => [name, t.encode]))
	})
});

export const handle: Handle = async ({ event, resolve }) => {
	// Cross-site form posts are refused here, as SvelteKit would, but for RFC 8058's one-click
	// unsubscribe (src/lib/server/csrf.ts).
	// Said before any session is read, so in the language the browser asks for.
	const browserLocale = () =>
		localeFromAcceptLanguage(event.request.headers.get('accept-language')) || 'en';
	const crossSite = refusedCrossSite(event.request, event.url, () =>
		translate('error_cross_site', {}, browserLocale())
	);
	if (crossSite) return crossSite;
	// A NUL character can reach no page or query we have: answer 400 before anything reads it (the
	// API answers it as problem details, as all its errors).
	if (holdsEncodedNul(event.url) && !isApiPath(event.url.pathname)) {
		return new Response(translate('error_bad_characters', {}, browserLocale()), {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	// An ActivityPub client asking a member's, a post's or a chapter's page for its JSON is sent to
	// the document (federation/negotiate.ts); decided before the page cache, which keys on the URL.
	const activity = activityRedirect(event.request, event.url);
	if (activity) return activity;
	// The colours this browser chose (the page carries them): part of a kept page's key, like the
	// language, so one visitor's choice never reaches another.
	let theme = themeOf(event.cookies.get(THEME_COOKIE));
	event.locals.theme = theme;
	// A page already rendered for this visitor's kind, or for this member's session, since the last
	// change anywhere: answered from memory (page-cache.ts).
	const pageKey = pageKeyOf(event.request, event.url, (name) => event.cookies.get(name));
	const kept = pageKey && keptPage(pageKey, event.request.headers.get('accept-encoding'));
	if (kept) return kept;
	const generation = pageGeneration();
	// A malformed body, or a NUL in any value of it, is a translated 4xx whoever reads it.
	guardRequestBody(event.request);
	const plenary = await app();
	event.locals.app = plenary;
	event.locals.db = plenary.db;
	// A new installation without the demo: every page leads to its first run until it is done.
	const setup = await firstRunRedirect(plenary.db, event.url);
	if (setup) return setup;
	event.locals.member = null;
	event.locals.actor = null;
	event.locals.sessionToken = null;

	const token = event.cookies.get(SESSION_COOKIE);
	let sessionEnds = 0;
	if (token) {
		const session =
			token.length <= MAX_SESSION_COOKIE ? await validateSession(plenary.db, token) : null;
		if (session) {
			sessionEnds = session.expiresAt.getTime();
			event.locals.member = session.member;
			// Colours chosen while logged in follow the member to every browser.
			if (isTheme(session.member.theme)) theme = event.locals.theme = session.member.theme;
			// The one actor every policy sees: built here, once, never by hand in a route.
			event.locals.actor = session.actor;
			event.locals.sessionToken = token;
			// Sent again only when the expiry moved: an answer that sets no cookie can be kept.
			if (session.renewed) setSessionCookie(event.cookies, event.url, token, session.expiresAt);
		} else {
			clearSessionCookie(event.cookies, event.url);
		}
	}

	// The member's own setting, then the visitor's switcher choice, then the browser's languages.
	const visitor = visitorLocale(event);
	const saved = isLocale(event.locals.member?.locale) ? event.locals.member.locale : null;
	const locale: Locale = saved ?? visitor;
	event.locals.locale = locale;
	// Logged in, the account's language wins over the one this browser was reading in: say so, once
	// on this browser (the page offers to keep the other), and remember the account's from now on.
	if (
		saved &&
		saved !== visitor &&
		event.request.method === 'GET' &&
		!isApiPath(event.url.pathname)
	) {
		event.locals.languageSwitchedFrom = visitor;
		rememberLocale(event.cookies, event.url, saved);
	}

	return localeStorage.run(
		{ locale, origin: event.url.origin, messageCalls: new Set() },
		async () => {
			const render = () =>
				resolve(event, {
					transformPageChunk: ({ html }) =>
						html
							.replace('%plenary.lang%', locale)
							.replace('%plenary.dir%', getTextDirection(locale))
							.replace('%plenary.theme%', theme)
							.replace('%plenary.color-scheme%', colorSchemeOf(theme))
				});
			// A few renders at a time, so a burst cannot hold all its pages in memory (in-turn.ts).
			const response = await (takesTurns(event.request, event.isSubRequest)
				? renderInTurn(render)
				: render());
			setSecurityHeaders(response.headers, event.url);
			if (negotiable(event.url)) response.headers.append('Vary', 'Accept');
			if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
				plenary.dispatcher.kick();
				pagesChanged();
			}
			// A member's key is kept only from a render for its valid session, a visitor's only without.
			const keepAs =
				pageKey && isMemberKey(pageKey) === (event.locals.member !== null) ? pageKey : null;
			return compressAnswer(
				event.request,
				keepAs ? await keepPage(keepAs, response, generation, sessionEnds || undefined) : response
			);
		}
	);
};

/** The visitor's switcher choice, then the browser's languages. */
function visitorLocale(event: Parameters<Handle>[0]['event']): Locale {
	return visitorLocaleOf(
		event.cookies.get(LOCALE_COOKIE),
		event.request.headers.get('accept-language')
	);
}

/** Unexpected errors: logged with an id, and the visitor sees only a translated message and the id. */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status === 404) return { message: translate('error_page_not_found') };
	if (status < 500) return { message };
	return unexpectedError(error);
};
