/**
 * The authorisation world's part for the mutual aid board: the author's open offer in Recife, one
 * they have marked fulfilled (off the board: theirs alone), and one each for the lines that mark
 * fulfilled and withdraw (the author's own row changes it, so later rows meet it off the board).
 */
import type { Actor } from '$lib/domain/members/actor';
import type { Db } from '$lib/server/db/client';
import { fulfilAid, postAid } from '$lib/server/aid/commands';

export async function aidFixtures(db: Db, author: Actor, homeId: number) {
	const post = (title: string) =>
		postAid(db, author, {
			kind: 'offer',
			category: 'tools',
			chapterId: String(homeId),
			language: 'en',
			title,
			body: 'Ask me.',
			expiresOn: ''
		});
	const open = await post('Ladder to lend');
	const done = await post('Drill to lend');
	await fulfilAid(db, author, done.id);
	const toFulfil = await post('Tent to lend');
	const toWithdraw = await post('Boots to lend');
	const ref = (url: string) => url.slice('/aid/'.length);
	return {
		'aid:open': ref(open.url),
		'aid:fulfilled': ref(done.url),
		'aid:fulfil': ref(toFulfil.url),
		'aid:withdraw': ref(toWithdraw.url)
	};
}
