import { describe, expect, it } from 'vitest';
import { can, type MemberAction } from './policy';

const ana = { id: 1, tier: 'member' };
const ben = { id: 2, tier: 'friend' };
const anaProfile = { id: 1 };
const deleted = { id: 3, deletedAt: new Date() };

describe('member policy', () => {
	it.each<[string, typeof ana | null, MemberAction, { id: number; deletedAt?: Date }, boolean]>([
		['a visitor sees a profile', null, 'view-profile', anaProfile, true],
		['nobody sees an erased profile', ana, 'view-profile', deleted, false],
		['a member edits their own profile', ana, 'edit-profile', anaProfile, true],
		['a member cannot edit another profile', ben, 'edit-profile', anaProfile, false],
		['a visitor cannot edit a profile', null, 'edit-profile', anaProfile, false],
		['only the member sees private details', ana, 'view-private-details', anaProfile, true],
		['another member does not see private details', ben, 'view-private-details', anaProfile, false],
		['a visitor does not see private details', null, 'view-private-details', anaProfile, false],
		['a member deletes their own account', ana, 'delete-account', anaProfile, true],
		['a member cannot delete another account', ben, 'delete-account', anaProfile, false]
	])('%s', (_name, actor, action, subject, expected) => {
		expect(can(actor, action, subject)).toBe(expected);
	});
});
