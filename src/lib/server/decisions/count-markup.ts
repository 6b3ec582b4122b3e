import ResultLead from '$lib/components/decisions/ResultLead.svelte';
import ResultSection from '$lib/components/decisions/ResultSection.svelte';
import { serverMarkup } from '$lib/server/server-markup';
import type { DecisionPage } from './decision-page';

/**
 * The count on a decision page, rendered on the server only: the result at the top (ResultLead)
 * and how it was counted, folded (ResultSection). Their charts and tables never change in the
 * browser (no state, no forms), so the page carries their markup, wrapped as page HTML (sent once,
 * see $lib/page-html), and the browser is sent neither their code, which is most of a closed
 * decision's JavaScript, nor the count's figures as data.
 */
export function countMarkup(page: DecisionPage): {
	leadHtml: string | null;
	detailsHtml: string | null;
} {
	const { decision, results, turnout, options } = page;
	const labels = Object.fromEntries(options.map((o) => [o.id, o.label]));
	const shown = results && (decision.phase === 'closed' || decision.phase === 'voting');
	return {
		leadHtml: shown ? serverMarkup(ResultLead, { decision, results, turnout, labels }) : null,
		detailsHtml:
			results || decision.phase === 'closed'
				? serverMarkup(ResultSection, {
						decision,
						results,
						url: `/decisions/${decision.id}-${decision.slug}`
					})
				: null
	};
}
