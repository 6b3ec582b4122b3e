import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { members } from '$lib/server/db/schema';
import { command } from '$lib/server/command';
import { Invalid, NotFound } from '$lib/server/errors';
import { isTimeZone } from '$lib/server/geo/time-zones';
import { isLocale } from '$lib/server/i18n';
import { isTheme } from '$lib/domain/members/themes';
import { parseInput } from '$lib/server/validation';
import { preferencesInput, profileInput } from '$lib/schemas/accounts';
import { privacyInput } from '$lib/schemas/members';
import { can } from './policy';
import { checkProfileFacts } from './profile-rules';
import { eventAbout } from '$lib/server/events/about';

/** The member a command changes, locked for the change (an erased account is not found). */
async function lockMember(tx: Queryable, memberId: number) {
	const [row] = await tx
		.select({ id: members.id, deletedAt: members.deletedAt, lapsedAt: members.lapsedAt })
		.from(members)
		.where(and(eq(members.id, memberId), isNull(members.deletedAt)))
		.for('update');
	if (!row) throw new NotFound('error_member_not_found');
	return row;
}

export const updateProfile = command({
	input: (memberId: number, raw: unknown) => {
		const input = parseInput(profileInput, raw);
		checkProfileFacts(input);
		return { memberId, ...input };
	},
	load: (tx, _actor, input) => lockMember(tx, input.memberId),
	allow: (actor, member) => can(actor, 'edit-profile', member),
	run: async (tx, _actor, member, input) => {
		await tx
			.update(members)
			.set({
				displayName: input.displayName,
				country: input.country,
				city: input.city || null,
				languages: input.languages,
				bio: input.bio
			})
			.where(eq(members.id, member.id));
	},
	event: (_out, member, _input, actor) =>
		eventAbout('member', member.id, actor.id, { type: 'member.profile-updated' })
});

export const updatePreferences = command({
	input: (memberId: number, raw: unknown) => {
		const input = parseInput(preferencesInput, raw);
		const fields: Record<string, string> = {};
		if (!isLocale(input.locale)) fields.locale = 'error_invalid_value';
		if (!isTimeZone(input.timeZone)) fields.timeZone = 'error_time_zone_unknown';
		if (Object.keys(fields).length) throw new Invalid('error_form', fields);
		return { memberId, ...input };
	},
	load: (tx, _actor, input) => lockMember(tx, input.memberId),
	allow: (actor, member) => can(actor, 'edit-profile', member),
	run: async (tx, _actor, member, input) => {
		await tx
			.update(members)
			.set({ locale: input.locale, timeZone: input.timeZone })
			.where(eq(members.id, member.id));
	},
	event: (_out, member, input, actor) =>
		eventAbout('member', member.id, actor.id, {
			type: 'member.preferences-updated',
			data: { locale: input.locale }
		})
});

/** Where a choice the member makes from any page's header or footer is kept: their own account. */
const onOwnAccount = {
	load: (tx: Queryable, actor: Actor) => lockMember(tx, actor.id),
	allow: (actor: Actor, member: Awaited<ReturnType<typeof lockMember>>) =>
		can(actor, 'edit-profile', member)
};

/** The language switcher: only the locale, nothing else. */
export const setLocale = command({
	input: (locale: string) => {
		if (!isLocale(locale)) throw new Invalid('error_invalid_value');
		return { locale };
	},
	...onOwnAccount,
	run: async (tx, _actor, member, input) => {
		await tx.update(members).set({ locale: input.locale }).where(eq(members.id, member.id));
	},
	event: (_out, member, input, actor) =>
		eventAbout('member', member.id, actor.id, {
			type: 'member.preferences-updated',
			data: { locale: input.locale }
		})
});

/** The footer's choice of colours, made while logged in: kept on the account for every browser. */
export const setTheme = command({
	input: (theme: unknown) => {
		if (!isTheme(theme)) throw new Invalid('error_invalid_value');
		return { theme };
	},
	...onOwnAccount,
	run: async (tx, _actor, member, input) => {
		await tx.update(members).set({ theme: input.theme }).where(eq(members.id, member.id));
	},
	event: (_out, member, input, actor) =>
		eventAbout('member', member.id, actor.id, {
			type: 'member.theme-chosen',
			data: { theme: input.theme }
		})
});

/** Privacy choices and the optional self-declared demographics. */
export const updatePrivacy = command({
	input: (memberId: number, raw: unknown) => ({ memberId, ...parseInput(privacyInput, raw) }),
	load: (tx, _actor, input) => lockMember(tx, input.memberId),
	allow: (actor, member) => can(actor, 'edit-profile', member),
	run: async (tx, _actor, member, { memberId: _id, ...choices }) => {
		await tx.update(members).set(choices).where(eq(members.id, member.id));
	},
	event: (_out, member, input, actor) =>
		eventAbout('member', member.id, actor.id, {
			type: 'member.privacy-updated',
			data: { inDirectory: input.inDirectory, onMap: input.onMap, showFullName: input.showFullName }
		})
});

/** A lapsed member, logged in again, confirms they are back: active again, counted again. */
export const reactivateMember = command({
	input: () => ({}),
	load: (tx, actor) => lockMember(tx, actor.id),
	allow: (actor, member) => can(actor, 'edit-profile', member),
	check: (member) => {
		if (!member.lapsedAt) throw new Invalid('error_member_not_lapsed');
	},
	run: async (tx, _actor, member) => {
		await tx
			.update(members)
			.set({ lapsedAt: null, lapseWarnedAt: null, lastActiveAt: sql`now()` })
			.where(eq(members.id, member.id));
	},
	event: (_out, member, _input, actor) =>
		eventAbout('member', member.id, actor.id, { type: 'member.reactivated' })
});
