import { commentFormFor } from '$lib/components/writing/comment-form';
import type { PageLoad } from './$types';

/**
 * The page's parts that only some viewers see are fetched only by them, so a visitor reading an
 * open decision does not download a draft's panels, the outcome and dissent of a closed
 * decision, a ballot it cannot cast (or, once closed, did not), the declared stakes of a decision
 * not weighted by them, or the comment form. The server renders every part as before; in the
 * browser this load runs before hydration, so each part is there when the page needs it. (The
 * count and the parts that never change are rendered on the server only: count-markup.ts,
 * page-markup.ts.)
 */
export const load: PageLoad = async ({ data }) => {
	const d = data.decision;
	const { me } = data;
	const closed = d.phase === 'closed';
	const [drafting, ended, stakes, section, ballot, unlinkable, CommentForm] = await Promise.all([
		d.phase === 'draft' && (me.isAuthor || me.isInvited) ? import('./drafting-parts') : null,
		closed ? import('./closed-parts') : null,
		d.weighting === 'stake' && d.phase !== 'draft'
			? import('$lib/components/decisions/StakeSection.svelte')
			: null,
		d.phase === 'voting' || (closed && me.ballot)
			? import('$lib/components/decisions/BallotSection.svelte')
			: null,
		me.may.vote ? import('$lib/components/decisions/BallotForm.svelte') : null,
		me.may.vote && d.unlinkable && !me.ballot
			? import('$lib/components/unlinkable/UnlinkableBallot.svelte')
			: null,
		commentFormFor(data.discussion)
	]);
	return {
		...data,
		CommentForm,
		parts: {
			DraftPanel: drafting?.DraftPanel ?? null,
			InvitationPanel: drafting?.InvitationPanel ?? null,
			OutcomeSection: ended?.OutcomeSection ?? null,
			MinorityReports: ended?.MinorityReports ?? null,
			Petitions: ended?.Petitions ?? null,
			StakeSection: stakes?.default ?? null,
			BallotSection: section?.default ?? null,
			BallotForm: ballot?.default ?? null,
			UnlinkableBallot: unlinkable?.default ?? null
		}
	};
};
