import { m } from '$lib/paraglide/messages.js';

/**
 * Translated names of a ballot's answers. Apart from the other labels (labels.ts), which bring
 * some forty messages in six languages each: the ballot form and a ballot's choice need only these.
 */
const CHOICES: Record<string, () => string> = {
	yes: m.ballot_yes,
	no: m.ballot_no,
	abstain: m.ballot_abstain,
	agree: m.ballot_agree,
	disagree: m.ballot_disagree,
	block: m.ballot_block
};

export const choiceLabel = (x: string) => CHOICES[x]?.() || x;
