/**
 * How big the large organisation is. `full` is the organisation the speed targets are set for
 * (issue 17: PostgreSQL); `small` is about a twentieth, the default on the embedded database;
 * `results` the full membership with only the big decision's ballots; `tiny` about a
 * two-thousandth, for tests. Ballots are an upper bound: a decision gets at most one
 * counted ballot per member of its scope (see decisions.ts).
 */
export type Preset = {
	members: number;
	chapters: number;
	posts: number;
	threads: number;
	comments: number;
	decisions: number;
	ballots: number;
	/** Ballot rows of the one closed, organisation-wide decision the results benchmark reads. */
	bigDecisionBallots: number;
};

export const PRESETS = {
	full: {
		members: 100_000,
		chapters: 2_000,
		posts: 200_000,
		threads: 20_000,
		comments: 2_000_000,
		decisions: 20_000,
		ballots: 5_000_000,
		bigDecisionBallots: 1_000_000
	},
	small: {
		members: 5_000,
		chapters: 100,
		posts: 10_000,
		threads: 1_000,
		comments: 100_000,
		decisions: 1_000,
		ballots: 250_000,
		bigDecisionBallots: 50_000
	},
	/**
	 * The full organisation's members and chapters with its one 1,000,000-ballot decision and
	 * little else: what the results benchmark reads, built in a minute or two instead of fourteen.
	 */
	results: {
		members: 100_000,
		chapters: 2_000,
		posts: 100,
		threads: 10,
		comments: 1_000,
		decisions: 20,
		ballots: 1_100_000,
		bigDecisionBallots: 1_000_000
	},
	tiny: {
		members: 50,
		chapters: 12,
		posts: 100,
		threads: 10,
		comments: 1_000,
		decisions: 20,
		ballots: 2_500,
		bigDecisionBallots: 500
	}
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;

export function isPresetName(name: string): name is PresetName {
	return Object.hasOwn(PRESETS, name);
}
