/**
 * The open ballots of a decision, page by page. The decision page shows the first few; this list
 * holds them all, a hundred a page, so neither page grows with the electorate (an organisation-wide
 * vote may have 100,000 ballots, which would make a page of megabytes).
 */
import type { Queryable } from '$lib/server/db/client';
import { pastTheLastPage } from '$lib/server/paging';
import { openBallotsVisible } from '$lib/domain/decisions/presentation';
import { loadDecision } from './context';
import { decisionOptionList } from './header';
import type { Viewer } from './reading';
import { currentBallotCount, openBallots } from './results';

/** How many open ballots the decision page itself shows. */
export const OPEN_BALLOTS_SHOWN = 20;
export const BALLOTS_PER_PAGE = 100;

/** One page of a decision's open ballots (`page` from 1); none while they may not be seen. */
export async function decisionBallotsPage(db: Queryable, viewer: Viewer, id: number, page: number) {
	const { decision: d } = await loadDecision(db, viewer, id);
	const decision = { id, title: d.title, slug: d.slug, secret: d.secret };
	const visible = openBallotsVisible(d);
	const total = visible ? await currentBallotCount(db, id) : 0;
	const pages = Math.max(1, Math.ceil(total / BALLOTS_PER_PAGE));
	if (page > pages) pastTheLastPage();
	const offset = (page - 1) * BALLOTS_PER_PAGE;
	const [ballots, options] = await Promise.all([
		visible ? openBallots(db, viewer, d, { limit: BALLOTS_PER_PAGE, offset }) : [],
		decisionOptionList(db, id)
	]);
	return { decision, visible, ballots, options, total, page, pages, first: offset + 1 };
}
