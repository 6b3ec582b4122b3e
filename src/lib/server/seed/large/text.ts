import { SeededRandom } from '$lib/domain/tally/seeded-random';

/**
 * Plausible English for posts, threads, comments and proposals, assembled from a few phrase lists
 * by the seeded generator: enough variety for the search index and the pages' layout to behave as
 * they would on real writing, and cheap enough for millions of rows.
 */
const SUBJECTS = [
	'the chapter',
	'our local group',
	'the national chapter',
	'the housing campaign',
	'the childcare rota',
	'the tenants union',
	'the food cooperative',
	'the newsletter team',
	'the outreach committee',
	'the translation group',
	'the convention working group',
	'the solidarity fund',
	'the reading circle',
	'the climate assembly',
	'the workplace council'
];
const VERBS = [
	'should rotate',
	'could share',
	'needs to balance',
	'has agreed to document',
	'wants to review',
	'will propose',
	'might postpone',
	'should publish',
	'can organise',
	'keeps discussing'
];
const OBJECTS = [
	'the facilitation roles',
	'the monthly budget',
	'the meeting minutes',
	'a summer school',
	'the onboarding guide',
	'the shared calendar',
	'a neighbourhood survey',
	'the mandate for delegates',
	'the dissent procedure',
	'the translation of the mission',
	'a fundraising plan',
	'the agenda for the assembly'
];
const ENDINGS = [
	'before the next assembly.',
	'so that newcomers can take part.',
	'with a report back to every member.',
	'and keep the minority view on record.',
	'in proportion to who is affected.',
	'without anyone holding it permanently.',
	'once the vote has closed.',
	'after a proper discussion.'
];
const TAGS = ['housing', 'labour', 'climate', 'education', 'health', 'media', 'strategy', 'care'];

export class Writer {
	readonly rng: SeededRandom;

	constructor(seed: string) {
		this.rng = new SeededRandom(seed);
	}

	pick<T>(items: readonly T[]): T {
		return items[this.rng.below(items.length)];
	}

	sentence(): string {
		const s = `${this.pick(SUBJECTS)} ${this.pick(VERBS)} ${this.pick(OBJECTS)} ${this.pick(ENDINGS)}`;
		return s.charAt(0).toUpperCase() + s.slice(1);
	}

	paragraph(sentences: number): string {
		return Array.from({ length: sentences }, () => this.sentence()).join(' ');
	}

	/** Markdown with `paragraphs` paragraphs of three to five sentences. */
	body(paragraphs: number): string {
		return Array.from({ length: paragraphs }, () => this.paragraph(3 + this.rng.below(3))).join(
			'\n\n'
		);
	}

	title(): string {
		const s = `${this.pick(SUBJECTS)} ${this.pick(VERBS)} ${this.pick(OBJECTS)}`;
		return s.charAt(0).toUpperCase() + s.slice(1);
	}

	tags(): string[] {
		const a = this.pick(TAGS);
		const b = this.pick(TAGS);
		return a === b ? [a] : [a, b];
	}
}

/** A whole number in [0, max) for any max (`below` stops at 2³²; times in ms go past it). */
export const upTo = (rng: SeededRandom, max: number) =>
	Math.floor((rng.nextUint32() / 0x100000000) * max);
