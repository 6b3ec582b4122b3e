/**
 * The conventions' fixtures for the matrix: Recife's charter, added and opened to amendment by the
 * member, and a Recife convention called by the author (who chairs it), in session with its
 * agenda not yet adopted. The author's proposals are few: the matrix counts them against a limit.
 */
import type { Db } from '$lib/server/db/client';
import type { Actor } from '$lib/domain/members/actor';
import { addDocument, openAmendments } from '$lib/server/conventions/documents';
import { addItem, callConvention, openSession } from '$lib/server/conventions/commands';

export async function conventionFixtures(db: Db, author: Actor, member: Actor, homeId: number) {
	const doc = await addDocument(db, member, {
		title: 'Recife charter',
		scope: `chapter:${homeId}`,
		body: '## Aims\nWe meet.'
	});
	await openAmendments(db, member, doc.id);
	const convention = await callConvention(
		db,
		author,
		{ title: 'Recife assembly', scope: `chapter:${homeId}`, startsAt: '2027-01-10T10:00' },
		'UTC'
	);
	await addItem(db, author, convention.id, { kind: 'other', title: 'Welcome', minutes: '10' });
	await openSession(db, author, convention.id);
	return {
		'document:charter': doc.slug,
		'convention-id:session': String(convention.id)
	};
}
