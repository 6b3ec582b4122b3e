/**
 * The first run: an installation started without the demo (`PLENARY_DEMO_SEED=never`) has no
 * members, and every page leads to /setup until someone gives it a name, its first forums and
 * its first operator account. Once there is a member, /setup is gone (404) for good.
 */
import { count, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Queryable } from '$lib/server/db/client';
import { forumCategories, members } from '$lib/server/db/schema';
import type { Locale } from '$lib/paraglide/runtime.js';
import { displayName, email, handle, password } from '$lib/schemas/accounts';
import { command } from '$lib/server/command';
import { Invalid, NotFound } from '$lib/server/errors';
import { eventAbout } from '$lib/server/events/about';
import { translate } from '$lib/server/i18n';
import { parseInput } from '$lib/server/validation';
import { hashPassword } from '$lib/server/accounts/passwords';
import { createSession } from '$lib/server/accounts/sessions';
import { placeNewMember } from '$lib/server/chapters/placement';
import { isCountryCode } from '$lib/server/geo/countries';
import { applyChange, lockSettings, oneSetting } from './values';
import { forgetOnReset } from '$lib/server/process-state';

/** The forums a new organisation may start with (names in the language of the first run). */
export const DEFAULT_FORUMS = [
	{ slug: 'general', name: 'setup_forum_general', description: 'setup_forum_general_text' },
	{
		slug: 'introductions',
		name: 'setup_forum_introductions',
		description: 'setup_forum_introductions_text'
	},
	{ slug: 'vision', name: 'setup_forum_vision', description: 'setup_forum_vision_text' },
	{ slug: 'organising', name: 'setup_forum_organising', description: 'setup_forum_organising_text' }
] as const;

const FORUM_SLUGS = DEFAULT_FORUMS.map((f) => f.slug) as [string, ...string[]];

const optionalText = (max: number) =>
	z.string().trim().max(max, { error: 'setting_error_too_long' }).default('');

export const setupInput = z.object({
	orgName: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.max(100, { error: 'setting_error_too_long' }),
	tagline: optionalText(200),
	mission: optionalText(4000),
	forums: z.array(z.enum(FORUM_SLUGS, { error: 'error_invalid_value' })).max(FORUM_SLUGS.length),
	email,
	password,
	handle,
	displayName,
	country: z
		.string({ error: 'error_required' })
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, { error: 'error_country_unknown' })
});

// Once the instance has a member it never needs setting up again: remembered for the process.
let setUp = false;
forgetOnReset(() => (setUp = false));

/** Does this installation still need its first run? (One cheap query until it has a member.) */
export async function needsSetup(db: Queryable): Promise<boolean> {
	if (setUp) return false;
	// One row tells: no count of a large members table on a process's first request.
	const any = await db.select({ id: members.id }).from(members).limit(1);
	if (any.length) setUp = true;
	return !setUp;
}

/** Paths that answer while the first run is pending (the setup form and the language switch). */
export function allowedBeforeSetup(pathname: string): boolean {
	return pathname === '/setup' || pathname === '/language';
}

const firstRun = command({
	anonymous: true,
	input: (input: z.output<typeof setupInput>, passwordHash: string, locale: Locale) => ({
		...input,
		passwordHash,
		locale
	}),
	load: async (tx) => {
		// Two first runs at once: the second waits, then finds a member and answers 404.
		await lockSettings(tx);
		const [{ n }] = await tx.select({ n: count() }).from(members);
		if (n > 0) throw new NotFound('error_page_not_found');
		return null;
	},
	allow: () => true,
	run: async (tx, _actor, _s, input) => {
		const [member] = await tx
			.insert(members)
			.values({
				email: input.email,
				passwordHash: input.passwordHash,
				handle: input.handle,
				displayName: input.displayName,
				country: input.country,
				locale: input.locale,
				// The operator's own address: there may be no mail server yet to confirm it with.
				emailVerifiedAt: sql`now()`,
				tier: 'member',
				isOperator: true
			})
			.returning({ id: members.id, country: members.country, city: members.city });
		const placing: Parameters<typeof placeNewMember>[2] = [];
		await placeNewMember(tx, member, placing);
		const texts = {
			'org.name': input.orgName,
			'org.tagline': input.tagline,
			'org.mission': input.mission
		};
		for (const [key, text] of Object.entries(texts)) {
			if (!text) continue;
			const setting = (await oneSetting(tx, key))!;
			await applyChange(tx, setting, { [input.locale]: text }, { memberId: member.id });
		}
		const chosen = DEFAULT_FORUMS.filter((f) => input.forums.includes(f.slug));
		if (chosen.length)
			await tx.insert(forumCategories).values(
				chosen.map((f, i) => ({
					slug: f.slug,
					name: translate(f.name, {}, input.locale),
					description: translate(f.description, {}, input.locale),
					position: i + 1
				}))
			);
		return { memberId: member.id, placing };
	},
	event: ({ memberId, placing }) => [
		eventAbout('member', memberId, memberId, { type: 'instance.set-up' }),
		...placing
	]
});

/** Set the instance up and log the first operator in; answers their session. */
export async function runFirstRun(db: Db, raw: unknown, locale: Locale, userAgent: string) {
	if (!(await needsSetup(db))) throw new NotFound('error_page_not_found');
	const input = parseInput(setupInput, raw);
	if (!isCountryCode(input.country))
		throw new Invalid('error_form', { country: 'error_country_unknown' });
	const { memberId } = await firstRun(db, null, input, await hashPassword(input.password), locale);
	setUp = true;
	return createSession(db, memberId, userAgent);
}

/** The server hook's answer while the first run is pending: to /setup, for every other path. */
export async function firstRunRedirect(db: Queryable, url: URL): Promise<Response | null> {
	if (setUp || allowedBeforeSetup(url.pathname) || !(await needsSetup(db))) return null;
	return new Response(null, { status: 303, headers: { location: '/setup' } });
}

/** For tests that start again from an empty database in the same process. */
export function forgetSetUpForTests() {
	setUp = false;
}
