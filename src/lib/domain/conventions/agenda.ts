/**
 * The convention and its agenda as a state machine, as data. A convention is prepared (its agenda
 * drafted), opened, its agenda adopted by vote, then the chair opens the items one by one, in
 * order, closes each, and finally closes the session. Every move names what it needs; a move that
 * does not fit the state answers with the reason, as a message key.
 */
import type { ConventionPhase, ItemStatus } from './types';

export type AgendaState = {
	phase: ConventionPhase;
	adopted: boolean;
	items: readonly { id: number; position: number; status: ItemStatus }[];
};

export type AgendaMove =
	| { type: 'edit' }
	| { type: 'open-session' }
	| { type: 'adopt' }
	| { type: 'open-item' }
	| { type: 'close-item' }
	| { type: 'close-session' };

export type MoveResult = { ok: true; itemId?: number } | { ok: false; reason: string };

const refuse = (reason: string): MoveResult => ({ ok: false, reason });

export function openItem(state: AgendaState) {
	return state.items.find((i) => i.status === 'open') ?? null;
}

/** The next item to open: the first pending one by position. */
export function nextItem(state: AgendaState) {
	return (
		[...state.items]
			.filter((i) => i.status === 'pending')
			.sort((a, b) => a.position - b.position)[0] ?? null
	);
}

export function checkMove(state: AgendaState, move: AgendaMove): MoveResult {
	switch (move.type) {
		case 'edit':
			// The organisers shape the agenda before the session; from its opening it is the
			// delegates' to adopt as it stands (or to reject, and the organisers prepare anew).
			if (state.phase !== 'preparing') return refuse('convention_error_not_preparing');
			return { ok: true };
		case 'open-session':
			if (state.phase !== 'preparing') return refuse('convention_error_not_preparing');
			if (state.items.length === 0) return refuse('convention_error_agenda_empty');
			return { ok: true };
		case 'adopt':
			if (state.phase !== 'in-session') return refuse('convention_error_not_in_session');
			if (state.adopted) return refuse('convention_error_agenda_adopted');
			return { ok: true };
		case 'open-item': {
			if (state.phase !== 'in-session') return refuse('convention_error_not_in_session');
			if (!state.adopted) return refuse('convention_error_agenda_not_adopted');
			if (openItem(state)) return refuse('convention_error_item_open');
			const next = nextItem(state);
			if (!next) return refuse('convention_error_agenda_done');
			return { ok: true, itemId: next.id };
		}
		case 'close-item': {
			if (state.phase !== 'in-session') return refuse('convention_error_not_in_session');
			const open = openItem(state);
			if (!open) return refuse('convention_error_no_item_open');
			return { ok: true, itemId: open.id };
		}
		case 'close-session':
			if (state.phase !== 'in-session') return refuse('convention_error_not_in_session');
			if (openItem(state)) return refuse('convention_error_item_open');
			return { ok: true };
	}
}

/** Who chairs the item opened at this turn: the rotation, round and round. */
export function chairFor<T>(rotation: readonly T[], turn: number): T | null {
	if (!rotation.length) return null;
	return rotation[((turn % rotation.length) + rotation.length) % rotation.length];
}
