/**
 * How a moderation jury reads a flagged private message and hides it (moderation/subjects.ts). The
 * jury sees the flagged message alone, never the rest of the conversation; its participants are
 * kept off the jury. A hidden message shows its participants that a jury hid it.
 */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { conversationMessages, conversationParticipants } from '$lib/server/db/schema';
import { registerModerationSubject } from '$lib/server/moderation/subjects';
import { translate } from '$lib/server/i18n';

registerModerationSubject('message', {
	async load(tx: Tx, id: number) {
		const [message] = await tx
			.select({
				authorId: conversationMessages.authorId,
				body: conversationMessages.body,
				conversationId: conversationMessages.conversationId
			})
			.from(conversationMessages)
			.where(eq(conversationMessages.id, id));
		if (!message) return null;
		const people = await tx
			.select({ id: conversationParticipants.memberId })
			.from(conversationParticipants)
			.where(eq(conversationParticipants.conversationId, message.conversationId));
		return {
			authorId: Number(message.authorId),
			body: message.body,
			title: translate('message_moderation_title'),
			url: null,
			participantIds: people.map((p) => Number(p.id))
		};
	},
	async setHidden(tx: Tx, id: number, hidden: boolean) {
		await tx
			.update(conversationMessages)
			.set({ hiddenAt: hidden ? sql`coalesce(${conversationMessages.hiddenAt}, now())` : null })
			.where(eq(conversationMessages.id, id));
	}
});
