/**
 * Who may do what with private messages. Pure: the commands and queries call it with what they
 * loaded. A conversation exists only for its participants: no mandate, tier or operator right
 * opens one to anybody else. Tested as a table in messages.test.ts.
 */
import type { Actor } from '$lib/domain/members/actor';

export type { Actor };

/** A conversation as the actor stands to it. */
export type ConversationSubject = {
	/** The actor takes part in it. */
	participant: boolean;
	/** A block stands between the actor and another participant (either way). */
	blocked: boolean;
};

export type MessageSubjects = {
	/** Start a conversation (the recipients are checked by the command). */
	start: { blocked: boolean };
	read: ConversationSubject;
	send: ConversationSubject;
	/** Block or unblock another member. */
	block: { memberId: number };
};
export type MessageAction = keyof MessageSubjects;

/** Writing to others takes a confirmed address and a member who has not lapsed. */
function mayWrite(actor: Actor | null): actor is Actor {
	return !!actor && actor.confirmed && !actor.lapsed;
}

export function can<A extends MessageAction>(
	actor: Actor | null,
	action: A,
	subject: MessageSubjects[A]
): boolean {
	const s = subject as MessageSubjects[MessageAction];
	switch (action) {
		case 'start':
			return mayWrite(actor) && !(s as MessageSubjects['start']).blocked;
		case 'read':
			// A lapsed member still reads what was written to them.
			return !!actor && (s as ConversationSubject).participant;
		case 'send': {
			const c = s as ConversationSubject;
			return mayWrite(actor) && c.participant && !c.blocked;
		}
		case 'block':
			return !!actor && (s as MessageSubjects['block']).memberId !== actor.id;
	}
	return false;
}
