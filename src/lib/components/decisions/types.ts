/** The shapes the decision page's sections receive (the server's own types, never re-declared). */
import type { DecisionPage } from '$lib/server/decisions/decision-page';

export type PageDecision = DecisionPage['decision'];
export type PageRights = DecisionPage['me']['may'];
/** The page's data as the browser has it: the count comes as markup, not figures (count-markup.ts). */
export type ShownDecisionPage = Omit<DecisionPage, 'results'> & { hasResults: boolean };
/** Formats a time in the member's locale and time zone ('' for none). */
export type When = (at: Date | string | null) => string;
