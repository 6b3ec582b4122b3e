import { m } from '$lib/paraglide/messages.js';

/** A role's name in the reader's language (one list of names for every page: $lib/roles). */
export { roleName as roleLabel } from '$lib/roles';

const PHASES: Record<string, () => string> = {
	nominations: m.election_phase_nominations,
	voting: m.election_phase_voting,
	closed: m.election_phase_closed
};
export const phaseLabel = (phase: string) => PHASES[phase]?.() ?? phase;

const METHODS: Record<string, () => string> = {
	meek: m.election_method_meek,
	scottish: m.election_method_scottish,
	gregory: m.election_method_gregory,
	irv: m.election_method_irv,
	'yes-no': m.election_method_yes_no
};
export const methodLabel = (method: string) => METHODS[method]?.() ?? method;

const GENDERS: Record<string, () => string> = {
	f: m.privacy_gender_f,
	m: m.privacy_gender_m,
	x: m.privacy_gender_x
};
export const genderLabel = (value: string) => GENDERS[value]?.() ?? value;
