import { describe, expect, it } from 'vitest';
import { chairFor, checkMove, type AgendaMove, type AgendaState } from './agenda';

const items = (...statuses: AgendaState['items'][number]['status'][]) =>
	statuses.map((status, i) => ({ id: 10 + i, position: i + 1, status }));

const state = (over: Partial<AgendaState> = {}): AgendaState => ({
	phase: 'in-session',
	adopted: true,
	items: items('pending', 'pending'),
	...over
});

describe('the agenda state machine', () => {
	const cases: [string, AgendaState, AgendaMove['type'], string | number | true][] = [
		[
			'the organisers edit a draft agenda',
			state({ phase: 'preparing', adopted: false }),
			'edit',
			true
		],
		['nor in session', state({ adopted: false }), 'edit', 'convention_error_not_preparing'],
		[
			'nor once closed',
			state({ phase: 'closed', adopted: false }),
			'edit',
			'convention_error_not_preparing'
		],
		[
			'the session opens with an agenda',
			state({ phase: 'preparing', adopted: false }),
			'open-session',
			true
		],
		[
			'not without one',
			state({ phase: 'preparing', adopted: false, items: [] }),
			'open-session',
			'convention_error_agenda_empty'
		],
		['not twice', state(), 'open-session', 'convention_error_not_preparing'],
		['the agenda is adopted in session', state({ adopted: false }), 'adopt', true],
		[
			'not before the session',
			state({ phase: 'preparing', adopted: false }),
			'adopt',
			'convention_error_not_in_session'
		],
		['not twice', state(), 'adopt', 'convention_error_agenda_adopted'],
		[
			'no item before the agenda is adopted',
			state({ adopted: false }),
			'open-item',
			'convention_error_agenda_not_adopted'
		],
		['the first pending item opens', state(), 'open-item', 10],
		['items run in order', state({ items: items('done', 'pending', 'pending') }), 'open-item', 11],
		[
			'one item at a time',
			state({ items: items('open', 'pending') }),
			'open-item',
			'convention_error_item_open'
		],
		[
			'nothing left to open',
			state({ items: items('done', 'done') }),
			'open-item',
			'convention_error_agenda_done'
		],
		['the open item closes', state({ items: items('done', 'open') }), 'close-item', 11],
		['nothing open, nothing to close', state(), 'close-item', 'convention_error_no_item_open'],
		[
			'the session closes between items',
			state({ items: items('done', 'done') }),
			'close-session',
			true
		],
		[
			'not during one',
			state({ items: items('open') }),
			'close-session',
			'convention_error_item_open'
		],
		[
			'a closed session stays closed',
			state({ phase: 'closed' }),
			'close-session',
			'convention_error_not_in_session'
		]
	];
	it.each(cases)('%s', (_name, s, type, expected) => {
		const result = checkMove(s, { type } as AgendaMove);
		if (expected === true) expect(result.ok).toBe(true);
		else if (typeof expected === 'number') expect(result).toEqual({ ok: true, itemId: expected });
		else expect(result).toEqual({ ok: false, reason: expected });
	});

	it('the chair rotates through the list, round and round', () => {
		expect([0, 1, 2, 3, 4].map((t) => chairFor(['a', 'b', 'c'], t))).toEqual([
			'a',
			'b',
			'c',
			'a',
			'b'
		]);
		expect(chairFor([], 0)).toBeNull();
	});
});
