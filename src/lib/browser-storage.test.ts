import { describe, expect, it } from 'vitest';
import { credentialKey, draftKey, forgetDrafts } from './browser-storage';

/** A Storage over a Map, as a browser's localStorage behaves for these calls. */
function storage(entries: [string, string][]) {
	const map = new Map(entries);
	return {
		map,
		get length() {
			return map.size;
		},
		key: (i: number) => [...map.keys()][i] ?? null,
		removeItem: (key: string) => void map.delete(key)
	};
}

describe('what a browser keeps for a member', () => {
	it('is kept apart per account', () => {
		expect(draftKey(5, 'thread:1', null)).not.toBe(draftKey(6, 'thread:1', null));
		expect(draftKey(5, 'thread:1', 12)).not.toBe(draftKey(5, 'thread:1', null));
		expect(credentialKey(5, 'decision', 3)).not.toBe(credentialKey(6, 'decision', 3));
		expect(credentialKey(5, 'decision', 3)).not.toBe(credentialKey(5, 'election', 3));
	});

	it('loses every comment draft on logging out, and nothing else', () => {
		const s = storage([
			[draftKey(5, 'thread:1', null), 'mine'],
			[draftKey(6, 'post:2', 9), 'another account'],
			['plenary.comment-draft:thread:1:new', 'kept before drafts were per account'],
			[credentialKey(5, 'decision', 3), '{"token":"t"}'],
			['unrelated', 'x']
		]);
		forgetDrafts(s);
		expect([...s.map.keys()]).toEqual([credentialKey(5, 'decision', 3), 'unrelated']);
	});
});
