/**
 * A pure, deterministic generator of a believable demo membership.
 *
 * `generateDemoPeople(3000, 2012)` always returns the same people, byte for
 * byte: all randomness comes from a small seeded PRNG in this file (never
 * Math.random or the clock), and every choice is made in a fixed order. The
 * data (countries, cities, name pools) lives in demo-countries.ts and
 * demo-names.ts; this file only decides how to combine it.
 *
 * Shape of the membership, after IOPS (2012–2018):
 * - countries get a fixed quota proportional to their weight, with at least
 *   one member each when the run is big enough, so a 3,000-person run
 *   always covers every country instead of depending on luck;
 * - joining is front-loaded (the launch in January 2012 and the first two
 *   years), then slows down; many members are recently active, some lapsed
 *   years ago;
 * - names, languages, UI locale and bio language follow the member's city
 *   and naming culture.
 */

import {
	DEMO_COUNTRIES,
	LANGUAGE_NAMES_EN,
	type BioLanguage,
	type Continent,
	type DemoCity,
	type DemoCountry,
	type PoolMix
} from './demo-countries';
import {
	NAME_POOLS,
	RESERVED_FULL_NAMES,
	familyNameFor,
	givenNamesOf,
	type FamilyName,
	type GivenName,
	type NamePool
} from './demo-names';

export type Gender = 'f' | 'm' | 'x';
export type AgeBand = '18-24' | '25-34' | '35-44' | '45-54' | '55-64' | '65+';
export type UiLocale = 'en' | 'es' | 'ar';

export interface DemoPerson {
	/** Unique, lower-case, ASCII, on the reserved domain example.org. */
	email: string;
	/** Unique, 3–30 chars, [a-z0-9_], starts with a letter. */
	handle: string;
	/** 1–80 chars. */
	displayName: string;
	/** ISO 3166-1 alpha-2, upper case. */
	country: string;
	/** A real city of that country. */
	city: string;
	/** IANA zone of that city. */
	timeZone: string;
	continent: Continent;
	/** ISO 639-1, 1–3 of them, main first. */
	languages: string[];
	/** UI language. */
	locale: UiLocale;
	/** 0–400 chars. */
	bio: string;
	/** Self-declared; null when not given. */
	gender: Gender | null;
	ageBand: AgeBand | null;
	/** ISO timestamp. */
	joinedAt: string;
	/** ISO timestamp, after joinedAt. */
	lastActiveAt: string;
}

export const DEMO_HANDLE = 'demo';
export const DEMO_EMAIL = 'demo@example.org';

/** The demo login: always index 0, so the app can sign in as a known, fully filled-in member. */
const DEMO_PERSON: Readonly<DemoPerson> = {
	email: DEMO_EMAIL,
	handle: DEMO_HANDLE,
	displayName: 'Robin Ashdown',
	country: 'GB',
	city: 'London',
	timeZone: 'Europe/London',
	continent: 'europe',
	languages: ['en', 'es'],
	locale: 'en',
	bio:
		'Tenant organiser and part-time librarian in London. Joined in the first week after the launch and ' +
		'helped start the local chapter. This is the demo account, so feel free to look around.',
	gender: 'x',
	ageBand: '35-44',
	joinedAt: '2012-01-16T09:30:00.000Z',
	lastActiveAt: '2018-06-29T17:45:00.000Z'
};

// ─── Time window ───────────────────────────────────────────────────────────

const DAY = 86_400_000;
const LAUNCH = Date.UTC(2012, 0, 15);
/** Last moment anyone may join: the start of the last day, so there is room for activity after it. */
const JOIN_END = Date.UTC(2018, 5, 30);
/** "Now" for the demo: the end of 30 June 2018. */
const NOW = Date.UTC(2018, 5, 30, 23, 59, 59);

// ─── Seeded PRNG ───────────────────────────────────────────────────────────

/**
 * mulberry32: tiny, fast, and good enough for picking names. The seed is
 * scrambled first so nearby seeds (2012, 2013) give unrelated streams.
 */
class Rng {
	private state: number;

	constructor(seed: number) {
		let s = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
		s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
		s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
		this.state = (s ^ (s >>> 16)) >>> 0;
	}

	/** Uniform in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	}

	/** Integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[this.int(items.length)] as T;
	}

	weighted<T>(items: readonly (readonly [T, number])[]): T {
		let total = 0;
		for (const [, w] of items) total += w;
		let r = this.next() * total;
		for (const [item, w] of items) {
			r -= w;
			if (r < 0) return item;
		}
		const last = items[items.length - 1];
		if (!last) throw new Error('weighted pick from an empty list');
		return last[0];
	}

	/** Exponentially distributed with the given mean. */
	exponential(mean: number): number {
		return -mean * Math.log(1 - this.next());
	}
}

// ─── Small helpers ─────────────────────────────────────────────────────────

/** Letters NFD does not decompose into an ASCII base letter. */
const ASCII_SPECIALS: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	Æ: 'ae',
	ø: 'o',
	Ø: 'o',
	œ: 'oe',
	Œ: 'oe',
	đ: 'd',
	Đ: 'd',
	ð: 'd',
	Ð: 'd',
	þ: 'th',
	Þ: 'th',
	ł: 'l',
	Ł: 'l',
	ı: 'i'
};

function asciiFold(text: string): string {
	return text
		.replace(/[ßæÆøØœŒđĐðÐþÞłŁı]/g, (ch) => ASCII_SPECIALS[ch] ?? '')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
}

/** Names repeat a lot across 3,000 people; folding each spelling once keeps generation fast. */
const SLUG_CACHE = new Map<string, string>();

/** Lower-case ASCII letters and digits only: "O'Sullivan" → "osullivan", "van der Merwe" → "vandermerwe". */
function slug(text: string): string {
	let result = SLUG_CACHE.get(text);
	if (result === undefined) {
		result = asciiFold(text)
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '');
		SLUG_CACHE.set(text, result);
	}
	return result;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a nurse" → "nurse". */
function bare(phrase: string): string {
	return phrase.replace(/^(a|an) /, '');
}

/**
 * Splits `total` into integer quotas proportional to `weights` (largest
 * remainder method), giving every entry at least `minimum`. Ties go to the
 * earlier entry, so the result is deterministic.
 */
function allocate(total: number, weights: readonly number[], minimum: number): number[] {
	// Only guarantee the minimum when the run is big enough for it not to flatten the distribution.
	const floor = total >= 2 * minimum * weights.length ? minimum : 0;
	const rest = total - floor * weights.length;
	const sum = weights.reduce((a, b) => a + b, 0);
	const exact = weights.map((w) => (rest * w) / sum);
	const quotas = exact.map((x) => floor + Math.floor(x));
	let left = total - quotas.reduce((a, b) => a + b, 0);
	const order = exact
		.map((x, i) => ({ i, frac: x - Math.floor(x) }))
		.sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		quotas[i] = (quotas[i] ?? 0) + 1;
		left--;
	}
	return quotas;
}

// ─── Names ─────────────────────────────────────────────────────────────────

const GIVEN_CACHE = new Map<NamePool, GivenName[]>();
function givenOf(pool: NamePool): GivenName[] {
	let list = GIVEN_CACHE.get(pool);
	if (!list) {
		list = givenNamesOf(pool);
		GIVEN_CACHE.set(pool, list);
	}
	return list;
}

interface ChosenName {
	/** Latin-script display form, e.g. "María García López", "Nguyen Thi Lan". */
	readonly full: string;
	/** Arabic-script display form, when the pool has one. */
	readonly arabic: string | null;
	readonly given: string;
	readonly family: string;
	/** The gender the name reads as (x-names get one at random for inflected surnames). */
	readonly reads: 'f' | 'm';
	/** The given name's own tag. */
	readonly tag: Gender;
}

function chooseName(rng: Rng, pool: NamePool): ChosenName {
	for (let attempt = 0; ; attempt++) {
		const given = rng.pick(givenOf(pool));
		const reads: 'f' | 'm' = given.gender === 'x' ? (rng.chance(0.5) ? 'f' : 'm') : given.gender;
		const familyEntry: FamilyName = rng.pick(pool.family);
		const family = familyNameFor(familyEntry, reads);

		let second: string | null = null;
		if (pool.secondFamily !== undefined && rng.chance(pool.secondFamily)) {
			const candidate = familyNameFor(rng.pick(pool.family), reads);
			if (candidate !== family) second = candidate;
		}
		const surname = second ? `${family} ${second}` : family;

		let full: string;
		if (pool.familyFirst !== undefined && rng.chance(pool.familyFirst)) {
			const middles = pool.middle && given.gender !== 'x' ? pool.middle[given.gender] : undefined;
			const middle =
				middles && pool.middle && rng.chance(pool.middle.chance) ? rng.pick(middles) : null;
			full = middle ? `${surname} ${middle} ${given.name}` : `${surname} ${given.name}`;
		} else if (pool.connector && rng.chance(pool.connector.chance)) {
			full = `${given.name} ${pool.connector[reads]} ${surname}`;
		} else {
			full = `${given.name} ${surname}`;
		}

		// Never reproduce a well-known person from the participatory-economics world.
		if (attempt < 20 && RESERVED_FULL_NAMES.has(`${given.name} ${family}`.toLowerCase())) continue;

		const script = pool.arabicScript;
		const arabicGiven = script?.[given.name];
		const arabicFamily = script?.[family];
		const arabic = arabicGiven && arabicFamily ? `${arabicGiven} ${arabicFamily}` : null;

		return { full, arabic, given: given.name, family, reads, tag: given.gender };
	}
}

// ─── Handles and e-mail addresses ──────────────────────────────────────────

const HANDLE_BASE_MAX = 26; // leaves room for a numeric suffix within 30 chars

function uniqueHandle(given: string, family: string, taken: Set<string>): string {
	let base = `${slug(given) || 'member'}_${slug(family) || 'x'}`
		.slice(0, HANDLE_BASE_MAX)
		.replace(/_+$/, '');
	if (!/^[a-z]/.test(base)) base = `m${base}`.slice(0, HANDLE_BASE_MAX);
	let handle = base;
	for (let n = 2; taken.has(handle); n++) handle = `${base}${n}`;
	taken.add(handle);
	return handle;
}

/** People pick addresses in a handful of recognisable styles; weights are rough shares. */
type EmailStyle = (g: string, f: string, yy: string, rng: Rng) => string;
const EMAIL_STYLES: readonly (readonly [EmailStyle, number])[] = [
	[(g, f) => `${g}.${f}`, 40], // amara.okafor
	[(g, f, _yy, rng) => `${g}.${f}.${10 + rng.int(90)}`, 20], // amara.okafor.17
	[(g, f) => `${g.charAt(0)}${f}`, 12], // aokafor
	[(g, f, yy) => `${g}${f}${yy}`, 13], // amaraokafor91
	[(g, f) => `${f}.${g}`, 8], // okafor.amara
	[(g, f) => `${g}_${f}`, 7] // amara_okafor
];

function uniqueEmail(
	rng: Rng,
	given: string,
	family: string,
	birthYear: number,
	taken: Set<string>
): string {
	const g = slug(given) || 'member';
	const f = slug(family) || 'x';
	const yy = String(birthYear % 100).padStart(2, '0');
	let local = rng.weighted(EMAIL_STYLES)(g, f, yy, rng);
	local = local.slice(0, 40).replace(/[._]+$/, '');
	let candidate = local;
	for (let n = 2; taken.has(candidate); n++)
		candidate = /\d$/.test(local) ? `${local}.${n}` : `${local}${n}`;
	taken.add(candidate);
	return `${candidate}@example.org`;
}

// ─── Demographics ──────────────────────────────────────────────────────────

const AGE_BANDS: readonly (readonly [AgeBand, number])[] = [
	['18-24', 15],
	['25-34', 32],
	['35-44', 22],
	['45-54', 14],
	['55-64', 10],
	['65+', 7]
];

/** A plausible birth year for the e-mail "yy" suffix, as of 2018. */
function birthYearFor(rng: Rng, band: AgeBand | null): number {
	const ranges: Record<AgeBand, readonly [number, number]> = {
		'18-24': [18, 24],
		'25-34': [25, 34],
		'35-44': [35, 44],
		'45-54': [45, 54],
		'55-64': [55, 64],
		'65+': [65, 80]
	};
	const [lo, hi] = band ? ranges[band] : [20, 62];
	return 2018 - (lo + rng.int(hi - lo + 1));
}

function declaredGender(rng: Rng, name: ChosenName): Gender | null {
	if (rng.chance(0.25)) return null;
	// Names given to anyone are a little more often carried by non-binary people.
	if (rng.chance(name.tag === 'x' ? 0.1 : 0.03)) return 'x';
	return name.reads;
}

// ─── Languages and locale ──────────────────────────────────────────────────

/** Languages people pick up besides their own, weighted by how often activists list them. */
const EXTRA_LANGUAGES: readonly (readonly [string, number])[] = [
	['es', 5],
	['fr', 4],
	['de', 2],
	['pt', 2],
	['it', 1],
	['ar', 1]
];

/**
 * Main language: the pool's language when the city speaks it (a Québécois
 * name in Montréal speaks French), otherwise the city's main language.
 * Diaspora members often keep their heritage language; most non-English
 * speakers in an international organisation also list English.
 */
function chooseLanguages(rng: Rng, base: readonly string[], pool: NamePool): string[] {
	const first = base[0] ?? 'en';
	const heritage = pool.language;
	let main = first;
	if (heritage !== first && base.includes(heritage) && rng.chance(0.5)) main = heritage;

	const langs = [main];
	const add = (code: string): void => {
		if (langs.length < 3 && !langs.includes(code)) langs.push(code);
	};
	if (main !== first) add(first);
	if (!base.includes(heritage) && heritage !== 'en' && rng.chance(0.6)) add(heritage);
	if (main !== 'en' && rng.chance(0.6)) add('en');
	if (rng.chance(0.15)) {
		// Another language of the place is likelier than a foreign one.
		const options = [...base.map((code) => [code, 4] as const), ...EXTRA_LANGUAGES].filter(
			([code]) => !langs.includes(code)
		);
		if (options.length > 0) add(rng.weighted(options));
	}
	return langs;
}

// ─── Bios ──────────────────────────────────────────────────────────────────

type BioLang = 'en' | BioLanguage;

interface BioCtx {
	readonly rng: Rng;
	/** City name in the bio's language; null for Arabic bios when no Arabic name is known. */
	readonly city: string | null;
	readonly country: string;
	readonly joinedYear: number;
	readonly ageBand: AgeBand | null;
	readonly gender: Gender | null;
	readonly mainLanguage: string;
	readonly cause: string;
	readonly cause2: string;
	readonly years: number;
}

type Fragment = (c: BioCtx) => string | null;

interface BioKit {
	readonly causes: readonly string[];
	readonly intro: readonly Fragment[];
	readonly cause: readonly Fragment[];
	readonly found: readonly Fragment[];
	readonly want: readonly Fragment[];
	readonly personal: readonly Fragment[];
}

const OCCUPATIONS_EN: readonly string[] = [
	'a nurse',
	'a secondary-school teacher',
	'a primary-school teacher',
	'a bus driver',
	'a social worker',
	'a software developer',
	'a librarian',
	'a carpenter',
	'a care worker',
	'a graphic designer',
	'an electrician',
	'a cook',
	'a freelance journalist',
	'a translator',
	'a midwife',
	'a small-scale farmer',
	'an architect',
	'a bike mechanic',
	'a warehouse worker',
	'a family doctor',
	'a housing caseworker',
	'a sound engineer',
	'a paralegal',
	'a lecturer in urban planning',
	'a barista',
	'a call-centre worker',
	'a documentary filmmaker',
	'a public-health researcher',
	'a gardener',
	'a postal worker',
	'a hospital porter',
	'a union organiser',
	'a web designer',
	'a community radio producer',
	'a physiotherapist',
	'an adult-education tutor',
	'a bookseller',
	'a plumber',
	'a data analyst',
	'a trainee lawyer',
	'a school counsellor',
	'a shop worker'
];

const SUBJECTS_EN: readonly string[] = [
	'sociology',
	'economics',
	'history',
	'political science',
	'engineering',
	'nursing',
	'philosophy',
	'law',
	'architecture',
	'environmental science',
	'computer science',
	'geography',
	'medicine',
	'social work',
	'anthropology'
];

const THINGS_FOUNDED_EN: readonly string[] = [
	'a food co-op',
	'a bike repair co-op',
	"a tenants' union",
	'a community radio station',
	'a reading group on economics',
	'a neighbourhood assembly',
	'a worker-owned bakery',
	'a migrant solidarity network',
	'a free school',
	'a community garden'
];

const MEMBERSHIPS_EN: readonly string[] = [
	"my union's branch committee",
	"a local tenants' union",
	'a housing co-op',
	'a climate action group',
	'a migrant solidarity network',
	'a worker-owned café',
	'a community land trust',
	'a neighbourhood assembly'
];

const ENTRY_POINTS_EN: readonly string[] = [
	'student occupations',
	'the anti-war movement',
	'the Occupy camps',
	'a workplace dispute',
	'a fight to save our local library',
	"my tenants' association",
	'the World Social Forum',
	'anti-austerity protests',
	'environmental campaigns',
	'a strike at my first job'
];

const isYoung = (c: BioCtx): boolean => c.ageBand === '18-24';
const isOld = (c: BioCtx): boolean => c.ageBand === '65+';

const BIO_EN: BioKit = {
	causes: [
		'housing justice',
		'climate action',
		'labour organising',
		'worker co-ops',
		'participatory budgeting',
		'independent media',
		'popular education',
		"migrants' rights",
		'food sovereignty',
		'public transport campaigns',
		'tenant organising',
		'feminist organising',
		'anti-racist work',
		'disability rights',
		'community energy',
		'free software',
		'public healthcare',
		'LGBTQ+ rights',
		'indigenous land rights',
		'water as a commons',
		'debt resistance',
		'community radio',
		'refugee solidarity',
		'anti-eviction work',
		'solidarity economy projects'
	],
	intro: [
		(c) => (isYoung(c) ? `Studying ${c.rng.pick(SUBJECTS_EN)} in ${c.city}.` : null),
		(c) => (isYoung(c) ? `${capitalise(c.rng.pick(SUBJECTS_EN))} student in ${c.city}.` : null),
		(c) => (isOld(c) ? `Retired ${bare(c.rng.pick(OCCUPATIONS_EN))} living in ${c.city}.` : null),
		(c) =>
			isOld(c) ? `Recently retired after thirty years as ${c.rng.pick(OCCUPATIONS_EN)}.` : null,
		(c) => `${capitalise(bare(c.rng.pick(OCCUPATIONS_EN)))} in ${c.city}.`,
		(c) => `I'm ${c.rng.pick(OCCUPATIONS_EN)} in ${c.city}.`,
		(c) => `${capitalise(bare(c.rng.pick(OCCUPATIONS_EN)))} based in ${c.city}.`,
		(c) => {
			const job = c.rng.pick(OCCUPATIONS_EN);
			return job.includes('organiser')
				? null
				: `${capitalise(bare(job))} by day, organiser the rest of the time.`;
		},
		(c) => `Working as ${c.rng.pick(OCCUPATIONS_EN)} in ${c.city}.`,
		(c) =>
			`${capitalise(bare(c.rng.pick(OCCUPATIONS_EN)))} and part-time ${bare(c.rng.pick(OCCUPATIONS_EN))}.`,
		(c) => `I live in ${c.city} and work as ${c.rng.pick(OCCUPATIONS_EN)}.`,
		(c) =>
			`Living in ${c.city} for ${3 + c.rng.int(20)} years now, working as ${c.rng.pick(OCCUPATIONS_EN)}.`
	],
	cause: [
		(c) => `Involved in ${c.cause} for about ${c.years} years.`,
		(c) => `Mostly doing ${c.cause} these days.`,
		(c) => `Active in ${c.cause} and ${c.cause2}.`,
		(c) => `Organising around ${c.cause} in ${c.city}.`,
		(c) => `Most of my spare time goes into ${c.cause}.`,
		(c) => `Co-founded ${c.rng.pick(THINGS_FOUNDED_EN)} in ${c.city}.`,
		(c) => `Member of ${c.rng.pick(MEMBERSHIPS_EN)}.`,
		(c) =>
			`Got into politics through ${c.rng.pick(ENTRY_POINTS_EN)}; these days it's mostly ${c.cause}.`
	],
	found: [
		() => 'Found the organisation through a reading group on participatory economics.',
		(c) => `Joined after a local chapter meeting in ${c.city}.`,
		() => 'A friend dragged me to my first chapter meeting and I stayed.',
		() => 'Heard about it at a social forum and signed up the same week.',
		() => "Read the vision and values statement and it said what I'd been trying to say for years.",
		(c) => (c.joinedYear <= 2013 ? 'Came here via the Occupy movement.' : null),
		(c) => (c.joinedYear === 2012 ? 'Signed up in the first weeks after the launch.' : null),
		() =>
			'Came across it online after years of looking for an organisation that practises what it preaches.',
		() => 'A colleague forwarded me the founding documents.',
		() => 'Found it through a podcast about economic democracy.'
	],
	want: [
		(c) => `Here to help build a chapter in ${c.city}.`,
		(c) => `Keen to connect with people working on ${c.cause} elsewhere.`,
		() => 'Interested in how we make decisions together, and how to do it better.',
		(c) => {
			const name = LANGUAGE_NAMES_EN[c.mainLanguage];
			return c.mainLanguage !== 'en' && name
				? `Happy to help translate between ${name} and English.`
				: null;
		},
		() => 'Happy to help with the website and other tech things.',
		(c) => `I'd like to learn from other chapters about ${c.cause}.`,
		(c) => `Looking for people to start a study group on participatory economics in ${c.city}.`,
		() => 'Mostly here to listen and learn for now.',
		() => 'Hoping to bring more young people into the organisation.',
		() => 'Want to see our internal structures match our values.',
		() => 'Can facilitate meetings and happy to train others to do it.',
		() => 'Would like to help with the newsletter.',
		() => 'Looking forward to meeting members from other countries.'
	],
	personal: [
		(c) =>
			isYoung(c)
				? null
				: c.rng.pick([
						'Parent of two.',
						'Parent of a teenager.',
						'Raising a toddler and a vegetable patch.'
					]),
		(c) => (isOld(c) ? 'Grandparent of three.' : null),
		() => 'Cyclist, gardener, bad guitarist.',
		() => 'Dog person.',
		() => 'Reads too much science fiction.',
		() => 'Amateur cook, serious football fan.',
		(c) =>
			`Learning ${c.rng.pick(['Spanish', 'Portuguese', 'Arabic', 'French', 'German', 'Swahili'])}, slowly.`,
		(c) =>
			c.gender ? `Pronouns: ${{ f: 'she/her', m: 'he/him', x: 'they/them' }[c.gender]}.` : null,
		() => 'Allotment holder and compulsive composter.',
		() => 'Chess on Sundays.',
		() => 'Never without a book.',
		() => 'Ask me about community land trusts.'
	]
};

const BIO_ES: BioKit = {
	causes: [
		'vivienda digna',
		'justicia climática',
		'organización sindical',
		'cooperativismo',
		'presupuestos participativos',
		'medios libres',
		'educación popular',
		'derechos de las personas migrantes',
		'soberanía alimentaria',
		'feminismo',
		'transporte público',
		'defensa del agua',
		'derechos de los pueblos indígenas',
		'salud pública',
		'economía social y solidaria'
	],
	intro: [
		(c) =>
			isYoung(c)
				? `Estudio ${c.rng.pick(['sociología', 'economía', 'historia', 'trabajo social', 'derecho', 'ingeniería', 'medicina', 'filosofía', 'periodismo'])} en ${c.city}.`
				: null,
		(c) =>
			isOld(c) ? 'Después de muchos años dando clases, ahora tengo tiempo para militar.' : null,
		(c) => `Trabajo en un hospital público de ${c.city}.`,
		(c) => `Doy clases en una escuela pública de ${c.city}.`,
		(c) => `Trabajo en una cooperativa de trabajo en ${c.city}.`,
		(c) => `Trabajo en el transporte público de ${c.city}.`,
		(c) => `Hago periodismo independiente desde ${c.city}.`,
		(c) => `Trabajo en una biblioteca pública de ${c.city}.`,
		(c) => `Programo software libre desde ${c.city}.`,
		(c) => `Trabajo la tierra cerca de ${c.city}.`,
		(c) => `Hago radio comunitaria en ${c.city}.`,
		(c) => `Trabajo en un centro de salud de barrio en ${c.city}.`,
		(c) => `Vivo en ${c.city} y trabajo en el sector de los cuidados.`,
		(c) => `Traduzco y doy clases de inglés en ${c.city}.`
	],
	cause: [
		(c) => `Llevo ${c.years} años militando en temas de ${c.cause}.`,
		(c) => `Me muevo sobre todo en temas de ${c.cause} y ${c.cause2}.`,
		(c) => `Participo en colectivos de ${c.cause}.`,
		(c) => `Formo parte de una asamblea de barrio en ${c.city}.`,
		() => 'Colaboro con una cooperativa de consumo.',
		(c) => (c.country === 'ES' ? 'Participo en un sindicato de inquilinas.' : null)
	],
	found: [
		() => 'Conocí la organización en un grupo de lectura sobre economía participativa.',
		() => 'Una amiga me llevó a una reunión del capítulo local y me quedé.',
		() => 'Me enteré en un foro social y me sumé esa misma semana.',
		(c) =>
			c.country === 'ES' && c.joinedYear <= 2014
				? 'Llegué aquí después de las asambleas del 15M.'
				: null,
		(c) => (c.joinedYear === 2012 ? 'Me uní en las primeras semanas, en 2012.' : null),
		() => 'Leí la declaración de visión y valores y me convenció.'
	],
	want: [
		(c) => `Quiero ayudar a formar un capítulo en ${c.city}.`,
		(c) => `Me interesa conectar con gente que trabaja en ${c.cause} en otros países.`,
		() => 'Puedo ayudar con traducciones entre español e inglés.',
		() => 'Quiero aprender cómo toman decisiones otros capítulos.',
		() => 'Por ahora, sobre todo escuchar y aprender.',
		(c) => `Me gustaría armar un grupo de estudio en ${c.city}.`
	],
	personal: [
		() => 'Me gusta la bici, la huerta y la música.',
		(c) => (isYoung(c) ? null : 'Tengo dos hijos y poco tiempo libre.'),
		() => 'Fútbol los domingos, asambleas los martes.',
		() => 'Aprendiendo portugués, poco a poco.'
	]
};

const BIO_PT: BioKit = {
	causes: [
		'direito à moradia',
		'justiça climática',
		'organização sindical',
		'cooperativismo',
		'orçamento participativo',
		'comunicação popular',
		'educação popular',
		'direitos dos migrantes',
		'reforma agrária',
		'feminismo',
		'transporte público',
		'economia solidária'
	],
	intro: [
		(c) =>
			isYoung(c)
				? `Estudo ${c.rng.pick(['sociologia', 'economia', 'história', 'serviço social', 'direito', 'engenharia', 'geografia', 'jornalismo'])} em ${c.city}.`
				: null,
		(c) => `Trabalho na saúde pública em ${c.city}.`,
		(c) => `Dou aulas numa escola pública em ${c.city}.`,
		(c) => `Trabalho numa cooperativa em ${c.city}.`,
		(c) => `Faço jornalismo independente em ${c.city}.`,
		(c) => `Trabalho com educação popular em ${c.city}.`,
		(c) => `Trabalho numa biblioteca pública em ${c.city}.`,
		(c) => `Trabalho com software livre em ${c.city}.`
	],
	cause: [
		(c) => `Atuo há ${c.years} anos com ${c.cause}.`,
		(c) => `Milito sobretudo em temas de ${c.cause} e ${c.cause2}.`,
		(c) => `Participo de um coletivo que trabalha com ${c.cause}.`,
		() => 'Faço parte de uma assembleia de bairro.'
	],
	found: [
		() => 'Conheci a organização num grupo de leitura sobre economia participativa.',
		() => 'Cheguei aqui através do Fórum Social Mundial.',
		(c) =>
			c.country === 'PT'
				? 'Uma amiga levou-me a uma reunião do núcleo local.'
				: 'Uma amiga me levou a uma reunião do núcleo local.',
		(c) => (c.joinedYear === 2012 ? 'Entrei nas primeiras semanas, em 2012.' : null)
	],
	want: [
		(c) => `Quero ajudar a formar um capítulo em ${c.city}.`,
		() => 'Posso ajudar com traduções entre português e inglês.',
		() => 'Quero aprender com a experiência de outros capítulos.',
		(c) => `Gostaria de conhecer gente que trabalha com ${c.cause} em outros países.`
	],
	personal: [
		() => 'Gosto de bicicleta, de livros e de cozinhar.',
		(c) => (c.country === 'BR' ? 'Samba no fim de semana, assembleia durante a semana.' : null)
	]
};

const BIO_FR: BioKit = {
	causes: [
		'le logement',
		'la justice climatique',
		'le syndicalisme',
		'les coopératives',
		'le budget participatif',
		'les médias libres',
		"l'éducation populaire",
		'les droits des personnes migrantes',
		"l'agriculture paysanne",
		'le féminisme',
		'les transports publics'
	],
	intro: [
		(c) =>
			isYoung(c)
				? `J'étudie ${c.rng.pick(['la sociologie', "l'économie", "l'histoire", 'le droit', 'la géographie', 'la philosophie', "l'urbanisme"])} à ${c.city}.`
				: null,
		(c) => `J'enseigne dans un collège à ${c.city}.`,
		(c) => `Je travaille dans un hôpital public à ${c.city}.`,
		(c) => `Je travaille dans une coopérative à ${c.city}.`,
		(c) => `Je travaille dans le secteur associatif à ${c.city}.`,
		(c) => `Je conduis des bus à ${c.city}.`,
		(c) => `Je fais de la radio associative à ${c.city}.`,
		(c) => `Je traduis et je donne des cours de langue à ${c.city}.`
	],
	cause: [
		(c) => `Je m'implique depuis ${c.years} ans dans ${c.cause}.`,
		(c) => `Mes sujets : ${c.cause} et ${c.cause2}.`,
		(c) => `Je fais partie d'une assemblée de quartier à ${c.city}.`
	],
	found: [
		() =>
			"J'ai découvert l'organisation grâce à un groupe de lecture sur l'économie participative.",
		() => "C'est une amie qui m'a parlé de l'organisation.",
		(c) =>
			c.joinedYear === 2012
				? "J'ai rejoint l'organisation dès les premières semaines, en 2012."
				: null
	],
	want: [
		(c) => `J'aimerais aider à lancer un chapitre à ${c.city}.`,
		() => "Je peux aider pour les traductions entre le français et l'anglais.",
		() => "J'ai envie d'apprendre des autres chapitres.",
		() => "Pour l'instant, j'écoute et j'apprends."
	],
	personal: [() => 'Vélo, jardin partagé et beaucoup trop de réunions.']
};

const BIO_DE: BioKit = {
	causes: [
		'bezahlbaren Wohnraum',
		'Klimagerechtigkeit',
		'gewerkschaftliche Organisierung',
		'Genossenschaften',
		'Bürgerhaushalte',
		'freie Medien',
		'politische Bildung',
		'die Rechte von Geflüchteten',
		'solidarische Landwirtschaft',
		'feministische Politik',
		'einen kostenlosen Nahverkehr'
	],
	intro: [
		(c) =>
			isYoung(c)
				? `Ich studiere ${c.rng.pick(['Soziologie', 'Politikwissenschaft', 'Geschichte', 'Informatik', 'Stadtplanung', 'Jura'])} in ${c.city}.`
				: null,
		(c) => `Ich arbeite als Pflegekraft in ${c.city}.`,
		(c) => `Ich unterrichte an einer Gesamtschule in ${c.city}.`,
		(c) => `Ich arbeite in einem Kollektivbetrieb in ${c.city}.`,
		(c) => `Ich fahre Straßenbahn in ${c.city}.`,
		(c) => `Ich arbeite in der Sozialarbeit in ${c.city}.`,
		(c) => `Ich arbeite in der Softwareentwicklung in ${c.city}.`,
		(c) => `Ich arbeite in einer Buchhandlung in ${c.city}.`
	],
	cause: [
		(c) => `Ich engagiere mich seit ${c.years} Jahren für ${c.cause}.`,
		(c) => `Aktiv in einer Mieterinitiative in ${c.city}.`,
		() => 'Mitglied einer Food-Coop.'
	],
	found: [
		() =>
			'Auf die Organisation bin ich über einen Lesekreis zur partizipatorischen Ökonomie gestoßen.',
		() => 'Eine Freundin hat mich zu einem Treffen der Ortsgruppe mitgenommen.',
		(c) => (c.joinedYear === 2012 ? 'Dabei seit den ersten Wochen im Jahr 2012.' : null)
	],
	want: [
		(c) => `Ich möchte helfen, in ${c.city} eine Ortsgruppe aufzubauen.`,
		() => 'Ich kann bei Übersetzungen Deutsch–Englisch helfen.',
		() => 'Ich möchte von den Erfahrungen anderer Gruppen lernen.',
		() => 'Erstmal zuhören und lernen.'
	],
	personal: [() => 'Fahrrad, Garten, zu viele Plena.']
};

// Arabic first-person verbs are not gendered, so these fragments suit anyone.
const BIO_AR: BioKit = {
	causes: [
		'الحق في السكن',
		'العدالة المناخية',
		'التنظيم النقابي',
		'التعاونيات',
		'الموازنة التشاركية',
		'الإعلام المستقل',
		'التعليم الشعبي',
		'حقوق المهاجرين واللاجئين',
		'السيادة الغذائية',
		'حقوق المرأة'
	],
	intro: [
		(c) => (c.city ? `أعمل في مستشفى حكومي في ${c.city}.` : null),
		(c) => (c.city ? `أدرّس في مدرسة ثانوية في ${c.city}.` : null),
		(c) => (c.city ? `أدرس علم الاجتماع في ${c.city}.` : null),
		(c) => (c.city ? `أعمل في الصحافة المستقلة في ${c.city}.` : null),
		(c) => (c.city ? `أعمل في تعاونية زراعية قرب ${c.city}.` : null),
		() => 'أعمل في منظمة مجتمعية صغيرة.'
	],
	cause: [
		(c) => `أنشط منذ سنوات في مجال ${c.cause}.`,
		(c) => `يهمني العمل على ${c.cause} و${c.cause2}.`
	],
	found: [
		() => 'تعرفت على المنظمة من خلال مجموعة قراءة حول الاقتصاد التشاركي.',
		() => 'عرّفتني صديقة على المنظمة.'
	],
	want: [
		(c) => (c.city ? `أريد أن أساعد في تأسيس فرع في ${c.city}.` : null),
		() => 'يمكنني المساعدة في الترجمة بين العربية والإنجليزية.',
		() => 'أريد أن أتعلم من تجارب الفروع الأخرى.'
	],
	personal: [() => 'أحب القراءة وركوب الدراجة.']
};

const BIO_KITS: Readonly<Record<BioLang, BioKit>> = {
	en: BIO_EN,
	es: BIO_ES,
	pt: BIO_PT,
	fr: BIO_FR,
	de: BIO_DE,
	ar: BIO_AR
};

/** Where members usually write American English. */
const AMERICAN_SPELLING: ReadonlySet<string> = new Set([
	'US',
	'PH',
	'MX',
	'CU',
	'GT',
	'CR',
	'NI',
	'SV',
	'DO',
	'PA',
	'BR',
	'AR',
	'CL',
	'CO',
	'VE',
	'PE',
	'UY',
	'EC',
	'BO',
	'JP',
	'KR',
	'TW',
	'IL',
	'LB',
	'JO'
]);

function americanise(text: string): string {
	return text
		.replace(/rganis/g, 'rganiz')
		.replace(/([Ll])abour/g, '$1abor')
		.replace(/centre/g, 'center')
		.replace(/eighbour/g, 'eighbor')
		.replace(/practises/g, 'practices')
		.replace(/counsellor/g, 'counselor');
}

const FRANCOPHONE_LEANING: ReadonlySet<string> = new Set(['SN', 'TN', 'MA', 'LB', 'BE', 'CH']);

function chooseBioLanguage(
	rng: Rng,
	country: string,
	langs: readonly string[],
	locale: UiLocale
): BioLang {
	const main = langs[0];
	if (locale === 'es') return rng.chance(0.65) ? 'es' : 'en';
	if (main === 'ar') return rng.chance(locale === 'ar' ? 0.3 : 0.05) ? 'ar' : 'en';
	if (main === 'pt') return rng.chance(0.3) ? 'pt' : 'en';
	if (main === 'de') return rng.chance(0.25) ? 'de' : 'en';
	if (main === 'fr') return rng.chance(0.3) ? 'fr' : 'en';
	if (langs.includes('fr') && FRANCOPHONE_LEANING.has(country))
		return rng.chance(0.15) ? 'fr' : 'en';
	return 'en';
}

function pickFragment(
	ctx: BioCtx,
	fragments: readonly Fragment[],
	accept: (text: string) => boolean
): string | null {
	for (let attempt = 0; attempt < 8; attempt++) {
		const text = ctx.rng.pick(fragments)(ctx);
		if (text !== null && accept(text)) return text;
	}
	return null;
}

const BIO_MAX = 400;

function composeBio(
	rng: Rng,
	lang: BioLang,
	city: DemoCity,
	country: string,
	joinedYear: number,
	ageBand: AgeBand | null,
	gender: Gender | null,
	mainLanguage: string
): string {
	if (rng.chance(0.12)) return '';
	const kit = BIO_KITS[lang];
	const cityName =
		lang === 'en'
			? city.name
			: lang === 'ar'
				? (city.names?.ar ?? null)
				: (city.names?.[lang] ?? city.name);
	const cause = rng.pick(kit.causes);
	let cause2 = rng.pick(kit.causes);
	if (cause2 === cause)
		cause2 = kit.causes[(kit.causes.indexOf(cause) + 1) % kit.causes.length] ?? cause;
	const ctx: BioCtx = {
		rng,
		city: cityName,
		country,
		joinedYear,
		ageBand,
		gender,
		mainLanguage,
		cause,
		cause2,
		years: 2 + rng.int(14)
	};

	const sections: (readonly [readonly Fragment[], number])[] = [
		[kit.intro, 0.8],
		[kit.cause, 0.7],
		[kit.found, 0.35],
		[kit.want, 0.55],
		[kit.personal, 0.25]
	];
	// People name their city once; a second mention reads like a form letter.
	let cityMentioned = false;
	const mentionsCity = (text: string): boolean => cityName !== null && text.includes(cityName);
	const accept = (text: string): boolean => !(cityMentioned && mentionsCity(text));
	const parts: string[] = [];
	const take = (text: string | null): void => {
		if (!text) return;
		parts.push(text);
		if (mentionsCity(text)) cityMentioned = true;
	};
	for (const [fragments, p] of sections) {
		if (rng.chance(p)) take(pickFragment(ctx, fragments, accept));
	}
	if (parts.length === 0)
		take(pickFragment(ctx, kit.intro, accept) ?? pickFragment(ctx, kit.want, accept));
	let bio = parts.join(' ');
	if (lang === 'en' && AMERICAN_SPELLING.has(country)) bio = americanise(bio);
	// Sentences are short, so trimming whole sentences from the end always gets under the limit.
	while (bio.length > BIO_MAX && parts.length > 1) {
		parts.pop();
		bio = parts.join(' ');
	}
	return bio.slice(0, BIO_MAX);
}

// ─── Dates ─────────────────────────────────────────────────────────────────

/**
 * Joining is front-loaded: a rush in the three weeks after the launch, then
 * a truncated exponential decay over the whole period, which puts about two
 * thirds of members in 2012–2013.
 */
function chooseJoinedAt(rng: Rng): number {
	if (rng.chance(0.12)) return LAUNCH + rng.next() * 21 * DAY;
	const k = 3;
	const x = -Math.log(1 - rng.next() * (1 - Math.exp(-k))) / k;
	return LAUNCH + x * (JOIN_END - LAUNCH);
}

/** Some members are active right up to "now", some lapsed soon after joining, the rest anywhere in between. */
function chooseLastActiveAt(rng: Rng, joined: number): number {
	const earliest = joined + 3_600_000;
	const r = rng.next();
	const t =
		r < 0.45
			? NOW - rng.exponential(21 * DAY)
			: r < 0.7
				? joined + rng.exponential(120 * DAY)
				: earliest + rng.next() * (NOW - earliest);
	// Out of range (a very recent joiner): anywhere in the window, rather than piling up on its edges.
	return t >= earliest && t <= NOW ? t : earliest + rng.next() * (NOW - earliest);
}

const toSeconds = (ms: number): number => Math.floor(ms / 1000) * 1000;

// ─── Putting a person together ─────────────────────────────────────────────

const CITY_CHOICES = new Map<DemoCountry, readonly (readonly [DemoCity, number])[]>();
function cityFor(rng: Rng, country: DemoCountry): DemoCity {
	let choices = CITY_CHOICES.get(country);
	if (!choices) {
		choices = country.cities.map((c) => [c, c.weight] as const);
		CITY_CHOICES.set(country, choices);
	}
	return rng.weighted(choices);
}

function poolFor(rng: Rng, mix: PoolMix): NamePool {
	return NAME_POOLS[rng.weighted(mix)];
}

function makePerson(
	rng: Rng,
	country: DemoCountry,
	takenHandles: Set<string>,
	takenEmails: Set<string>
): DemoPerson {
	const city = cityFor(rng, country);
	const pool = poolFor(rng, city.pools ?? country.pools);
	const name = chooseName(rng, pool);
	const gender = declaredGender(rng, name);
	const ageBand = rng.chance(0.3) ? null : rng.weighted(AGE_BANDS);

	const baseLanguages = city.languages ?? country.languages;
	const languages = chooseLanguages(rng, baseLanguages, pool);
	const main = languages[0] ?? 'en';

	let locale: UiLocale = 'en';
	let displayName = name.full;
	if (main === 'es' || (country.languages[0] === 'es' && languages.includes('es'))) {
		locale = 'es';
	} else if (main === 'ar') {
		// About a third show their name in Arabic script; they, and a quarter of the rest, use the Arabic UI.
		const useScript = name.arabic !== null && rng.chance(1 / 3);
		if (useScript && name.arabic) displayName = name.arabic;
		if (useScript || rng.chance(0.25)) locale = 'ar';
	}
	if (displayName === name.full) {
		// A few people keep their surname off their public profile.
		const r = rng.next();
		if (r < 0.04) displayName = `${name.given} ${asciiFold(name.family).charAt(0).toUpperCase()}.`;
		else if (r < 0.06) displayName = name.given;
	}

	const birthYear = birthYearFor(rng, ageBand);
	const handle = uniqueHandle(name.given, name.family, takenHandles);
	const email = uniqueEmail(rng, name.given, name.family, birthYear, takenEmails);

	const joined = toSeconds(chooseJoinedAt(rng));
	const lastActive = toSeconds(chooseLastActiveAt(rng, joined));
	const joinedYear = new Date(joined).getUTCFullYear();

	const bioLanguage = chooseBioLanguage(rng, country.code, languages, locale);
	const bio = composeBio(rng, bioLanguage, city, country.code, joinedYear, ageBand, gender, main);

	return {
		email,
		handle,
		displayName: displayName.slice(0, 80),
		country: country.code,
		city: city.name,
		timeZone: city.timeZone,
		continent: country.continent,
		languages,
		locale,
		bio,
		gender,
		ageBand,
		joinedAt: new Date(joined).toISOString(),
		lastActiveAt: new Date(lastActive).toISOString()
	};
}

/**
 * Generates `count` demo members. The first is always the demo login
 * (handle "demo", London). Same `seed`, same people, byte for byte.
 */
export function generateDemoPeople(count = 3000, seed = 2012): DemoPerson[] {
	if (!Number.isFinite(count) || count < 1) return [];
	const total = Math.floor(count);
	const rng = new Rng(seed);

	const people: DemoPerson[] = [{ ...DEMO_PERSON, languages: [...DEMO_PERSON.languages] }];
	const takenHandles = new Set<string>([DEMO_HANDLE]);
	const takenEmails = new Set<string>([DEMO_EMAIL.split('@')[0] ?? DEMO_HANDLE]);

	// Fixed quotas, then shuffled, so every country shows up and the order still looks random.
	const quotas = allocate(
		total - 1,
		DEMO_COUNTRIES.map((c) => c.weight),
		1
	);
	const slots: DemoCountry[] = [];
	DEMO_COUNTRIES.forEach((country, i) => {
		for (let n = quotas[i] ?? 0; n > 0; n--) slots.push(country);
	});
	for (let i = slots.length - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		const a = slots[i];
		const b = slots[j];
		if (a && b) {
			slots[i] = b;
			slots[j] = a;
		}
	}

	for (const country of slots) people.push(makePerson(rng, country, takenHandles, takenEmails));
	return people;
}
