// @ts-nocheck
import { locales } from '$lib/paraglide/runtime.js';
import { organisationName } from '$lib/server/instance/cached';
import type { LayoutServerLoad } from './$types';

export const load = async ({ locals, url }: Parameters<LayoutServerLoad>[0]) => {
	return {
		member: locals.member
			? { handle: locals.member.handle, displayName: locals.member.displayName }
			: null,
		locale: locals.locale,
		// Each language is offered under its own name, so anyone can find theirs.
		locales: locales.map((code) => ({
			code,
			autonym: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
		})),
		orgName: await organisationName(locals.db, locals.locale),
		devMailbox: locals.app.config.devMailbox,
		here: url.pathname + url.search
	};
};
