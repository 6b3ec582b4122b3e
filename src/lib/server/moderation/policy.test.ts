import { describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/members/actor';
import { DEFAULT_TIER_RIGHTS } from '$lib/domain/members/tiers';
import { can, type CaseSubject } from './policy';

const actor = (id: number, extra: Partial<Actor> = {}): Actor => ({
	id,
	tier: 'member',
	lapsed: false,
	confirmed: true,
	chapters: [],
	chapterIds: [],
	mandates: [],
	tierRights: new Set(DEFAULT_TIER_RIGHTS.member),
	...extra
});
const juror = actor(2);
const author = actor(1);
const stranger = actor(3);
const lapsed = actor(2, { lapsed: true, tierRights: new Set() });
const friend = actor(4, { tier: 'friend', tierRights: new Set(DEFAULT_TIER_RIGHTS.friend) });
const seatedFor = (a: Actor | null): CaseSubject => ({ authorId: 1, seated: a?.id === 2 });

describe('moderation policy', () => {
	it.each([
		['a juror of the current jury may vote', juror, 'vote', true],
		['a member not on the jury may not vote', stranger, 'vote', false],
		['the author may not vote', author, 'vote', false],
		['a juror who lapsed since the draw may not vote', lapsed, 'vote', false],
		['a visitor may not vote', null, 'vote', false],
		['a juror may read the flagged item', juror, 'read-item', true],
		['the author may read the flagged item', author, 'read-item', true],
		['a member not on the jury may not read it', stranger, 'read-item', false],
		['a visitor may not read it', null, 'read-item', false],
		['the author may appeal', author, 'appeal', true],
		['a juror may not appeal', juror, 'appeal', false],
		['another member may not appeal', stranger, 'appeal', false],
		['a member may choose whether to serve', stranger, 'set-duty', true],
		['a friend, who does not vote, is never drawn', friend, 'set-duty', false]
	] as const)('%s', (_sentence, who, action, expected) => {
		const subject = action === 'set-duty' ? null : seatedFor(who);
		expect(can(who, action, subject as never)).toBe(expected);
	});
});
