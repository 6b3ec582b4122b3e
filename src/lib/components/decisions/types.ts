/** The shapes the decision page's sections receive (the server's own types, never re-declared). */
import type { DecisionPage } from '$lib/server/decisions/decision-page';

export type PageDecision = DecisionPage['decision'];
export type PageRights = DecisionPage['me']['may'];
/**
 * The page's data as the browser has it: the count and the parts that never change come as markup,
 * without the data only they show (count-markup.ts, page-markup.ts).
 */
export type ShownDecisionPage = Omit<
	DecisionPage,
	'results' | 'authors' | 'related' | 'groups' | 'openBallots'
> & { hasResults: boolean };
/** Formats a time in the member's locale and time zone ('' for none). */
export type When = (at: Date | string | null) => string;
