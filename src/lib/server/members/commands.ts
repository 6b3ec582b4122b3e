import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { members } from '$lib/server/db/schema';
import { Forbidden, Invalid } from '$lib/server/errors';
import { appendEvent } from '$lib/server/events/append';
import { isTimeZone } from '$lib/server/geo/time-zones';
import { isLocale } from '$lib/server/i18n';
import { parseInput } from '$lib/server/validation';
import { preferencesInput, profileInput } from '$lib/schemas/accounts';
import { privacyInput } from '$lib/schemas/members';
import { can, type Actor } from './policy';
import { checkProfileFacts } from './profile-rules';

export async function updateProfile(db: Db, actor: Actor, memberId: number, raw: unknown) {
	if (!can(actor, 'edit-profile', { id: memberId })) throw new Forbidden('error_forbidden');
	const input = parseInput(profileInput, raw);
	checkProfileFacts(input);
	await db.transaction(async (tx) => {
		await tx
			.update(members)
			.set({
				displayName: input.displayName,
				country: input.country,
				city: input.city || null,
				languages: input.languages,
				bio: input.bio
			})
			.where(and(eq(members.id, memberId), isNull(members.deletedAt)));
		await appendEvent(tx, {
			type: 'member.profile-updated',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: memberId
		});
	});
}

export async function updatePreferences(db: Db, actor: Actor, memberId: number, raw: unknown) {
	if (!can(actor, 'edit-profile', { id: memberId })) throw new Forbidden('error_forbidden');
	const input = parseInput(preferencesInput, raw);
	const fields: Record<string, string> = {};
	if (!isLocale(input.locale)) fields.locale = 'error_invalid_value';
	if (!isTimeZone(input.timeZone)) fields.timeZone = 'error_time_zone_unknown';
	if (Object.keys(fields).length) throw new Invalid('error_form', fields);
	await db.transaction(async (tx) => {
		await tx
			.update(members)
			.set({ locale: input.locale, timeZone: input.timeZone })
			.where(eq(members.id, memberId));
		await appendEvent(tx, {
			type: 'member.preferences-updated',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: memberId,
			data: { locale: input.locale }
		});
	});
}

/** The language switcher: only the locale, nothing else. */
export async function setLocale(db: Db, actor: Actor, locale: string) {
	if (!isLocale(locale)) throw new Invalid('error_invalid_value');
	await db.transaction(async (tx) => {
		await tx.update(members).set({ locale }).where(eq(members.id, actor.id));
		await appendEvent(tx, {
			type: 'member.preferences-updated',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: actor.id,
			data: { locale }
		});
	});
}

/** Privacy choices and the optional self-declared demographics. */
export async function updatePrivacy(db: Db, actor: Actor, memberId: number, raw: unknown) {
	if (!can(actor, 'edit-profile', { id: memberId })) throw new Forbidden('error_forbidden');
	const input = parseInput(privacyInput, raw);
	await db.transaction(async (tx) => {
		await tx
			.update(members)
			.set(input)
			.where(and(eq(members.id, memberId), isNull(members.deletedAt)));
		await appendEvent(tx, {
			type: 'member.privacy-updated',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: memberId,
			data: { inDirectory: input.inDirectory, onMap: input.onMap, showFullName: input.showFullName }
		});
	});
}

/** A lapsed member, logged in again, confirms they are back: active again, counted again. */
export async function reactivateMember(db: Db, actor: Actor) {
	if (!can(actor, 'edit-profile', { id: actor.id })) throw new Forbidden('error_forbidden');
	return db.transaction(async (tx) => {
		const [row] = await tx
			.update(members)
			.set({ lapsedAt: null, lapseWarnedAt: null, lastActiveAt: sql`now()` })
			.where(and(eq(members.id, actor.id), isNotNull(members.lapsedAt), isNull(members.deletedAt)))
			.returning({ id: members.id });
		if (!row) throw new Invalid('error_member_not_lapsed');
		await appendEvent(tx, {
			type: 'member.reactivated',
			actorId: actor.id,
			subjectType: 'member',
			subjectId: actor.id
		});
	});
}
