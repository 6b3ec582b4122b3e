import { locales } from '$lib/paraglide/runtime.js';
import { organisationName } from '$lib/server/instance/cached';
import { fromThisMachine } from '$lib/server/loopback';
import { unreadCount } from '$lib/server/notifications/queries';
import { unreadConversations } from '$lib/server/messages/queries';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { locals, url } = event;
	return {
		member: locals.member
			? {
					id: locals.member.id,
					handle: locals.member.handle,
					displayName: locals.member.displayName
				}
			: null,
		// The badge on the notification centre's link (kept live by the page, src/lib/server/live).
		notifications: locals.member
			? { memberId: locals.member.id, unread: await unreadCount(locals.db, locals.member.id) }
			: null,
		// The badge on the messages link: conversations with unread messages (one index count).
		messages: locals.member
			? {
					memberId: locals.member.id,
					unread: await unreadConversations(locals.db, locals.member.id)
				}
			: null,
		locale: locals.locale,
		theme: locals.theme,
		languageSwitchedFrom: locals.languageSwitchedFrom ?? null,
		// Each language is offered under its own name, so anyone can find theirs.
		locales: locales.map((code) => ({
			code,
			autonym: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code
		})),
		orgName: await organisationName(locals.db, locals.locale),
		// Linked only where the mailbox answers.
		devMailbox: locals.app.config.devMailbox && fromThisMachine(event),
		here: url.pathname + url.search
	};
};
