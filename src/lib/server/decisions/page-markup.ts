import DecisionHeader from '$lib/components/decisions/DecisionHeader.svelte';
import DecisionRules from '$lib/components/decisions/DecisionRules.svelte';
import OpenBallotList from '$lib/components/decisions/OpenBallotList.svelte';
import Timeline from '$lib/components/decisions/Timeline.svelte';
import { formatDateTime } from '$lib/components/writing/dates';
import { serverMarkup } from '$lib/server/server-markup';
import type { DecisionPage } from './decision-page';

/**
 * The parts of a decision page that never change in the browser (no state, no forms), rendered on
 * the server only, as its count is (count-markup.ts): the header, the timeline, the rules and the
 * first open ballots. The page carries their markup, wrapped as page HTML (sent once, see
 * $lib/page-html); the browser is sent neither their code and messages nor the data only they
 * show (the authors, related decisions, affected groups and open ballots).
 */
export function decisionMarkup(
	page: Pick<
		DecisionPage,
		'decision' | 'authors' | 'related' | 'groups' | 'options' | 'openBallots'
	>,
	locale: string,
	timeZone: string | undefined
): {
	headerHtml: string;
	timelineHtml: string;
	rulesHtml: string;
	openBallotsHtml: string | null;
} {
	const { decision, options, openBallots } = page;
	const when = (at: Date | string | null) => (at ? formatDateTime(at, locale, timeZone) : '');
	const labels = Object.fromEntries(options.map((o) => [o.id, o.label]));
	return {
		headerHtml: serverMarkup(DecisionHeader, {
			decision,
			authors: page.authors,
			related: page.related
		}),
		timelineHtml: serverMarkup(Timeline, { decision, when }),
		rulesHtml: serverMarkup(DecisionRules, { decision, groups: page.groups, options, when }),
		openBallotsHtml: openBallots.first.length
			? serverMarkup(OpenBallotList, {
					ballots: openBallots,
					labels,
					href: `/decisions/${decision.id}-${decision.slug}/ballots`,
					locale
				})
			: null
	};
}
