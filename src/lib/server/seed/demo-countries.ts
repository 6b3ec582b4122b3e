/**
 * Where the demo membership lives.
 *
 * 76 countries, shaped after IOPS (2012–2018): strongest in the US, UK,
 * Canada and Australia, solid in Western Europe, India, Latin America and a
 * few African and Middle-Eastern countries, and a long tail of countries
 * with a handful of members each. The weights are "expected members in a
 * 3,000-person run", so they read as head counts; the generator normalises
 * them, so they need not add up exactly.
 *
 * Cities are real, with the IANA zone that actually covers them (the
 * canonical zone, not a backward-compatible alias) and a weight that skews
 * each country toward its big cities. A city can override the country's
 * languages and name pools where that matters (Montréal, Barcelona, Kolkata,
 * Nazareth…), and can carry its name in the language of a non-English bio
 * ("Ciudad de México", "الدار البيضاء") so those bios read naturally.
 */

import type { NamePoolId } from './demo-names';

export type Continent =
	'africa' | 'asia' | 'europe' | 'north-america' | 'south-america' | 'oceania';

/** Languages the bios are written in besides English; cities may carry their name in these. */
export type BioLanguage = 'es' | 'pt' | 'fr' | 'de' | 'ar';

/** Name pools and their relative weights. */
export type PoolMix = readonly (readonly [pool: NamePoolId, weight: number])[];

export interface DemoCity {
	readonly name: string;
	/** IANA zone of the city (canonical name). */
	readonly timeZone: string;
	/** Relative share of the country's members living here. */
	readonly weight: number;
	/** ISO 639-1 codes, main first; overrides the country's list. */
	readonly languages?: readonly string[];
	/** Overrides the country's name pools. */
	readonly pools?: PoolMix;
	/** The city's name in the languages bios may be written in, when it differs from `name`. */
	readonly names?: Readonly<Partial<Record<BioLanguage, string>>>;
}

export interface DemoCountry {
	/** ISO 3166-1 alpha-2, upper case. */
	readonly code: string;
	readonly continent: Continent;
	/** Expected members in a 3,000-person run. */
	readonly weight: number;
	/** ISO 639-1 codes commonly spoken, main first. */
	readonly languages: readonly string[];
	readonly pools: PoolMix;
	readonly cities: readonly DemoCity[];
}

type CityExtra = Omit<DemoCity, 'name' | 'timeZone' | 'weight'>;
type CityRow = readonly [name: string, timeZone: string, weight: number, extra?: CityExtra];

function country(
	code: string,
	continent: Continent,
	weight: number,
	languages: readonly string[],
	pools: PoolMix,
	cities: readonly CityRow[]
): DemoCountry {
	return {
		code,
		continent,
		weight,
		languages,
		pools,
		cities: cities.map(([name, timeZone, cityWeight, extra]) => ({
			name,
			timeZone,
			weight: cityWeight,
			...extra
		}))
	};
}

// One country per block and one city per line, so Prettier leaves the table alone.
// prettier-ignore
export const DEMO_COUNTRIES: readonly DemoCountry[] = [
	// ─── North America, Central America and the Caribbean ──────────────────
	country('US', 'north-america', 540, ['en', 'es'],
		[['anglo', 72], ['latin-american', 11], ['chinese', 3], ['hindi', 3], ['korean', 2], ['filipino', 2], ['hebrew', 2], ['irish', 2], ['italian', 2], ['vietnamese', 1], ['arabic', 1], ['persian', 1], ['yoruba', 1]],
		[
			['New York', 'America/New_York', 20, { names: { es: 'Nueva York' } }],
			['Chicago', 'America/Chicago', 10],
			['Los Angeles', 'America/Los_Angeles', 9, {
				names: { es: 'Los Ángeles' },
				pools: [['anglo', 52], ['latin-american', 32], ['korean', 4], ['chinese', 4], ['filipino', 3], ['persian', 2], ['hebrew', 2], ['vietnamese', 1]]
			}],
			['San Francisco', 'America/Los_Angeles', 8],
			['Boston', 'America/New_York', 7],
			['Seattle', 'America/Los_Angeles', 6],
			['Portland', 'America/Los_Angeles', 5],
			['Philadelphia', 'America/New_York', 5, { names: { es: 'Filadelfia' } }],
			['Minneapolis', 'America/Chicago', 4],
			['Austin', 'America/Chicago', 4, { pools: [['anglo', 65], ['latin-american', 28], ['hindi', 4], ['chinese', 3]] }],
			['Detroit', 'America/Detroit', 3],
			['Denver', 'America/Denver', 3]
		]),
	country('CA', 'north-america', 190, ['en', 'fr'],
		[['anglo', 66], ['quebecois', 12], ['chinese', 5], ['hindi', 5], ['irish', 2], ['filipino', 2], ['arabic', 2], ['italian', 2], ['ukrainian', 2], ['persian', 1], ['maghrebi', 1]],
		[
			['Toronto', 'America/Toronto', 30],
			['Montreal', 'America/Toronto', 18, {
				names: { fr: 'Montréal', es: 'Montreal' },
				languages: ['fr', 'en'],
				pools: [['quebecois', 62], ['anglo', 20], ['maghrebi', 6], ['arabic', 4], ['italian', 3], ['latin-american', 3], ['chinese', 2]]
			}],
			['Vancouver', 'America/Vancouver', 18],
			['Ottawa', 'America/Toronto', 8],
			['Winnipeg', 'America/Winnipeg', 6],
			['Halifax', 'America/Halifax', 5],
			['Calgary', 'America/Edmonton', 5],
			['Edmonton', 'America/Edmonton', 4],
			['Victoria', 'America/Vancouver', 4],
			['Quebec City', 'America/Toronto', 4, {
				names: { fr: 'Québec', es: 'Quebec' },
				languages: ['fr', 'en'],
				pools: [['quebecois', 90], ['anglo', 6], ['maghrebi', 4]]
			}],
			['Regina', 'America/Regina', 2],
			["St. John's", 'America/St_Johns', 2]
		]),
	country('MX', 'north-america', 80, ['es'], [['latin-american', 100]], [
		['Mexico City', 'America/Mexico_City', 40, { names: { es: 'Ciudad de México' } }],
		['Guadalajara', 'America/Mexico_City', 12],
		['Monterrey', 'America/Monterrey', 8],
		['Oaxaca', 'America/Mexico_City', 8],
		['Puebla', 'America/Mexico_City', 6],
		['San Cristóbal de las Casas', 'America/Mexico_City', 5],
		['Tijuana', 'America/Tijuana', 5],
		['Mérida', 'America/Merida', 4],
		['Querétaro', 'America/Mexico_City', 4],
		['Hermosillo', 'America/Hermosillo', 2]
	]),
	country('CU', 'north-america', 6, ['es'], [['latin-american', 100]], [
		['Havana', 'America/Havana', 60, { names: { es: 'La Habana' } }],
		['Santiago de Cuba', 'America/Havana', 20],
		['Camagüey', 'America/Havana', 10],
		['Cienfuegos', 'America/Havana', 10]
	]),
	country('GT', 'north-america', 6, ['es'], [['latin-american', 100]], [
		['Guatemala City', 'America/Guatemala', 60, { names: { es: 'Ciudad de Guatemala' } }],
		['Quetzaltenango', 'America/Guatemala', 25],
		['Antigua Guatemala', 'America/Guatemala', 15]
	]),
	country('CR', 'north-america', 10, ['es'], [['latin-american', 100]], [
		['San José', 'America/Costa_Rica', 60],
		['Heredia', 'America/Costa_Rica', 15],
		['Alajuela', 'America/Costa_Rica', 15],
		['Cartago', 'America/Costa_Rica', 10]
	]),
	country('NI', 'north-america', 6, ['es'], [['latin-american', 100]], [
		['Managua', 'America/Managua', 60],
		['León', 'America/Managua', 25],
		['Granada', 'America/Managua', 15]
	]),
	country('SV', 'north-america', 5, ['es'], [['latin-american', 100]], [
		['San Salvador', 'America/El_Salvador', 70],
		['Santa Ana', 'America/El_Salvador', 20],
		['San Miguel', 'America/El_Salvador', 10]
	]),
	country('DO', 'north-america', 5, ['es'], [['latin-american', 100]], [
		['Santo Domingo', 'America/Santo_Domingo', 65],
		['Santiago de los Caballeros', 'America/Santo_Domingo', 25],
		['Puerto Plata', 'America/Santo_Domingo', 10]
	]),
	country('PA', 'north-america', 4, ['es', 'en'], [['latin-american', 100]], [
		['Panama City', 'America/Panama', 75, { names: { es: 'Ciudad de Panamá' } }],
		['Colón', 'America/Panama', 15],
		['David', 'America/Panama', 10]
	]),

	// ─── South America ─────────────────────────────────────────────────────
	country('BR', 'south-america', 85, ['pt'], [['brazilian', 95], ['japanese', 2], ['italian', 2], ['arabic', 1]], [
		['São Paulo', 'America/Sao_Paulo', 30],
		['Rio de Janeiro', 'America/Sao_Paulo', 20],
		['Porto Alegre', 'America/Sao_Paulo', 12],
		['Belo Horizonte', 'America/Sao_Paulo', 8],
		['Salvador', 'America/Bahia', 7],
		['Recife', 'America/Recife', 6],
		['Brasília', 'America/Sao_Paulo', 6],
		['Curitiba', 'America/Sao_Paulo', 5],
		['Fortaleza', 'America/Fortaleza', 4],
		['Florianópolis', 'America/Sao_Paulo', 4],
		['Belém', 'America/Belem', 3],
		['Manaus', 'America/Manaus', 2]
	]),
	country('AR', 'south-america', 80, ['es'], [['latin-american', 92], ['italian', 6], ['hebrew', 2]], [
		['Buenos Aires', 'America/Argentina/Buenos_Aires', 50],
		['Córdoba', 'America/Argentina/Cordoba', 12],
		['Rosario', 'America/Argentina/Cordoba', 10],
		['La Plata', 'America/Argentina/Buenos_Aires', 7],
		['Mendoza', 'America/Argentina/Mendoza', 6],
		['Mar del Plata', 'America/Argentina/Buenos_Aires', 4],
		['San Miguel de Tucumán', 'America/Argentina/Tucuman', 4],
		['Neuquén', 'America/Argentina/Salta', 3],
		['Salta', 'America/Argentina/Salta', 3],
		['San Carlos de Bariloche', 'America/Argentina/Salta', 2]
	]),
	country('CL', 'south-america', 30, ['es'], [['latin-american', 100]], [
		['Santiago', 'America/Santiago', 55],
		['Valparaíso', 'America/Santiago', 15],
		['Concepción', 'America/Santiago', 12],
		['Temuco', 'America/Santiago', 8],
		['Valdivia', 'America/Santiago', 5],
		['Antofagasta', 'America/Santiago', 5],
		['Punta Arenas', 'America/Punta_Arenas', 3]
	]),
	country('CO', 'south-america', 30, ['es'], [['latin-american', 100]], [
		['Bogotá', 'America/Bogota', 45],
		['Medellín', 'America/Bogota', 20],
		['Cali', 'America/Bogota', 15],
		['Barranquilla', 'America/Bogota', 8],
		['Bucaramanga', 'America/Bogota', 6],
		['Cartagena', 'America/Bogota', 6]
	]),
	country('VE', 'south-america', 20, ['es'], [['latin-american', 100]], [
		['Caracas', 'America/Caracas', 55],
		['Maracaibo', 'America/Caracas', 15],
		['Valencia', 'America/Caracas', 12],
		['Mérida', 'America/Caracas', 10],
		['Barquisimeto', 'America/Caracas', 8]
	]),
	country('PE', 'south-america', 15, ['es', 'qu'], [['latin-american', 70], ['andean', 30]], [
		['Lima', 'America/Lima', 55],
		['Cusco', 'America/Lima', 15, { pools: [['andean', 60], ['latin-american', 40]] }],
		['Arequipa', 'America/Lima', 15],
		['Trujillo', 'America/Lima', 8],
		['Puno', 'America/Lima', 7, { languages: ['es', 'qu', 'ay'], pools: [['andean', 70], ['latin-american', 30]] }]
	]),
	country('UY', 'south-america', 15, ['es'], [['latin-american', 90], ['italian', 10]], [
		['Montevideo', 'America/Montevideo', 80],
		['Salto', 'America/Montevideo', 8],
		['Paysandú', 'America/Montevideo', 6],
		['Maldonado', 'America/Montevideo', 6]
	]),
	country('EC', 'south-america', 12, ['es', 'qu'], [['latin-american', 80], ['andean', 20]], [
		['Quito', 'America/Guayaquil', 50],
		['Guayaquil', 'America/Guayaquil', 30],
		['Cuenca', 'America/Guayaquil', 15],
		['Otavalo', 'America/Guayaquil', 5, { pools: [['andean', 70], ['latin-american', 30]] }]
	]),
	country('BO', 'south-america', 8, ['es', 'qu', 'ay'], [['latin-american', 55], ['andean', 45]], [
		['La Paz', 'America/La_Paz', 40],
		['Cochabamba', 'America/La_Paz', 25],
		['El Alto', 'America/La_Paz', 15, { languages: ['es', 'ay'], pools: [['andean', 80], ['latin-american', 20]] }],
		['Santa Cruz de la Sierra', 'America/La_Paz', 15, { pools: [['latin-american', 85], ['andean', 15]] }],
		['Sucre', 'America/La_Paz', 5]
	]),

	// ─── Europe ────────────────────────────────────────────────────────────
	country('GB', 'europe', 310, ['en'],
		[['anglo', 76], ['irish', 3], ['hindi', 4], ['urdu', 4], ['bangladeshi', 2], ['yoruba', 2], ['igbo', 1], ['polish', 2], ['greek', 1], ['turkish', 1], ['arabic', 1], ['chinese-southern', 1], ['italian', 1], ['spanish', 1]],
		[
			['London', 'Europe/London', 40, { names: { es: 'Londres', fr: 'Londres', pt: 'Londres', ar: 'لندن' } }],
			['Manchester', 'Europe/London', 10],
			['Glasgow', 'Europe/London', 8],
			['Bristol', 'Europe/London', 8],
			['Leeds', 'Europe/London', 6],
			['Edinburgh', 'Europe/London', 6],
			['Birmingham', 'Europe/London', 6],
			['Brighton', 'Europe/London', 5],
			['Sheffield', 'Europe/London', 5],
			['Cardiff', 'Europe/London', 4, { languages: ['en', 'cy'] }],
			['Newcastle upon Tyne', 'Europe/London', 4],
			['Belfast', 'Europe/London', 3, { pools: [['anglo', 55], ['irish', 45]], languages: ['en', 'ga'] }]
		]),
	country('IE', 'europe', 55, ['en', 'ga'], [['irish', 75], ['anglo', 15], ['polish', 5], ['yoruba', 2], ['hindi', 2], ['brazilian', 1]], [
		['Dublin', 'Europe/Dublin', 50],
		['Cork', 'Europe/Dublin', 15],
		['Galway', 'Europe/Dublin', 12],
		['Limerick', 'Europe/Dublin', 8],
		['Waterford', 'Europe/Dublin', 5],
		['Sligo', 'Europe/Dublin', 3]
	]),
	country('DE', 'europe', 105, ['de'],
		[['german', 84], ['turkish', 6], ['polish', 2], ['arabic', 2], ['kurdish', 2], ['persian', 1], ['greek', 1], ['italian', 1], ['croatian', 1]],
		[
			['Berlin', 'Europe/Berlin', 35],
			['Hamburg', 'Europe/Berlin', 12],
			['Leipzig', 'Europe/Berlin', 10],
			['Munich', 'Europe/Berlin', 9, { names: { de: 'München', es: 'Múnich' } }],
			['Cologne', 'Europe/Berlin', 8, { names: { de: 'Köln', es: 'Colonia' } }],
			['Frankfurt', 'Europe/Berlin', 7],
			['Freiburg', 'Europe/Berlin', 5],
			['Dresden', 'Europe/Berlin', 4],
			['Bremen', 'Europe/Berlin', 4],
			['Stuttgart', 'Europe/Berlin', 4],
			['Göttingen', 'Europe/Berlin', 3],
			['Nuremberg', 'Europe/Berlin', 3, { names: { de: 'Nürnberg', es: 'Núremberg' } }]
		]),
	country('ES', 'europe', 115, ['es'], [['spanish', 90], ['latin-american', 6], ['maghrebi', 2], ['romanian', 2]], [
		['Madrid', 'Europe/Madrid', 30],
		['Barcelona', 'Europe/Madrid', 25, { languages: ['ca', 'es'] }],
		['Valencia', 'Europe/Madrid', 8, { languages: ['es', 'ca'] }],
		['Seville', 'Europe/Madrid', 7, { names: { es: 'Sevilla' } }],
		['Bilbao', 'Europe/Madrid', 6, { languages: ['es', 'eu'] }],
		['Zaragoza', 'Europe/Madrid', 5],
		['Granada', 'Europe/Madrid', 5],
		['Málaga', 'Europe/Madrid', 4],
		['A Coruña', 'Europe/Madrid', 3, { languages: ['es', 'gl'] }],
		['Las Palmas de Gran Canaria', 'Atlantic/Canary', 3],
		['Santiago de Compostela', 'Europe/Madrid', 2, { languages: ['gl', 'es'] }],
		['Palma', 'Europe/Madrid', 2, { languages: ['es', 'ca'] }]
	]),
	country('SE', 'europe', 70, ['sv'], [['swedish', 82], ['persian', 4], ['arabic', 3], ['kurdish', 3], ['finnish', 2], ['latin-american', 2], ['serbian', 2], ['turkish', 2]], [
		['Stockholm', 'Europe/Stockholm', 40],
		['Gothenburg', 'Europe/Stockholm', 18, { names: { de: 'Göteborg', es: 'Gotemburgo' } }],
		['Malmö', 'Europe/Stockholm', 15],
		['Uppsala', 'Europe/Stockholm', 10],
		['Lund', 'Europe/Stockholm', 6],
		['Umeå', 'Europe/Stockholm', 5],
		['Örebro', 'Europe/Stockholm', 3],
		['Linköping', 'Europe/Stockholm', 3]
	]),
	country('NL', 'europe', 50, ['nl'], [['dutch', 85], ['turkish', 4], ['maghrebi', 4], ['indonesian', 2], ['anglo', 2], ['german', 2], ['polish', 1]], [
		['Amsterdam', 'Europe/Amsterdam', 40],
		['Rotterdam', 'Europe/Amsterdam', 15],
		['Utrecht', 'Europe/Amsterdam', 15],
		['The Hague', 'Europe/Amsterdam', 10, { names: { de: 'Den Haag', fr: 'La Haye', es: 'La Haya' } }],
		['Nijmegen', 'Europe/Amsterdam', 8],
		['Groningen', 'Europe/Amsterdam', 7],
		['Leiden', 'Europe/Amsterdam', 5]
	]),
	country('GR', 'europe', 60, ['el'], [['greek', 100]], [
		['Athens', 'Europe/Athens', 55, { names: { es: 'Atenas', fr: 'Athènes', de: 'Athen' } }],
		['Thessaloniki', 'Europe/Athens', 25],
		['Patras', 'Europe/Athens', 8],
		['Heraklion', 'Europe/Athens', 6],
		['Volos', 'Europe/Athens', 4],
		['Ioannina', 'Europe/Athens', 3]
	]),
	country('FR', 'europe', 40, ['fr'], [['french', 84], ['maghrebi', 8], ['senegalese', 2], ['portuguese', 2], ['vietnamese', 1], ['italian', 1], ['spanish', 1], ['turkish', 1]], [
		['Paris', 'Europe/Paris', 40],
		['Lyon', 'Europe/Paris', 12],
		['Marseille', 'Europe/Paris', 12],
		['Toulouse', 'Europe/Paris', 10],
		['Nantes', 'Europe/Paris', 7],
		['Bordeaux', 'Europe/Paris', 6],
		['Lille', 'Europe/Paris', 6],
		['Grenoble', 'Europe/Paris', 5],
		['Montpellier', 'Europe/Paris', 5],
		['Rennes', 'Europe/Paris', 4],
		['Strasbourg', 'Europe/Paris', 4, { names: { de: 'Straßburg' } }]
	]),
	country('IT', 'europe', 40, ['it'], [['italian', 100]], [
		['Rome', 'Europe/Rome', 25, { names: { es: 'Roma', pt: 'Roma', de: 'Rom' } }],
		['Milan', 'Europe/Rome', 20, { names: { es: 'Milán', pt: 'Milão', fr: 'Milan', de: 'Mailand' } }],
		['Bologna', 'Europe/Rome', 15],
		['Naples', 'Europe/Rome', 12, { names: { es: 'Nápoles', de: 'Neapel' } }],
		['Turin', 'Europe/Rome', 10, { names: { es: 'Turín' } }],
		['Florence', 'Europe/Rome', 8, { names: { es: 'Florencia', de: 'Florenz' } }],
		['Palermo', 'Europe/Rome', 5],
		['Padua', 'Europe/Rome', 4],
		['Genoa', 'Europe/Rome', 4, { names: { es: 'Génova', fr: 'Gênes', de: 'Genua' } }]
	]),
	country('PT', 'europe', 25, ['pt'], [['portuguese', 90], ['brazilian', 8], ['senegalese', 2]], [
		['Lisbon', 'Europe/Lisbon', 50, { names: { pt: 'Lisboa', es: 'Lisboa', fr: 'Lisbonne', de: 'Lissabon' } }],
		['Porto', 'Europe/Lisbon', 25, { names: { es: 'Oporto' } }],
		['Coimbra', 'Europe/Lisbon', 10],
		['Braga', 'Europe/Lisbon', 5],
		['Faro', 'Europe/Lisbon', 4],
		['Funchal', 'Atlantic/Madeira', 3],
		['Ponta Delgada', 'Atlantic/Azores', 3]
	]),
	country('NO', 'europe', 25, ['no'], [['dano-norwegian', 90], ['swedish', 3], ['persian', 2], ['polish', 2], ['tamil', 2], ['kurdish', 1]], [
		['Oslo', 'Europe/Oslo', 50],
		['Bergen', 'Europe/Oslo', 20],
		['Trondheim', 'Europe/Oslo', 15],
		['Stavanger', 'Europe/Oslo', 8],
		['Tromsø', 'Europe/Oslo', 7]
	]),
	country('DK', 'europe', 25, ['da'], [['dano-norwegian', 92], ['turkish', 3], ['arabic', 2], ['swedish', 2], ['persian', 1]], [
		['Copenhagen', 'Europe/Copenhagen', 55, { names: { de: 'Kopenhagen', es: 'Copenhague', fr: 'Copenhague' } }],
		['Aarhus', 'Europe/Copenhagen', 25],
		['Odense', 'Europe/Copenhagen', 10],
		['Aalborg', 'Europe/Copenhagen', 10]
	]),
	country('FI', 'europe', 15, ['fi', 'sv'], [['finnish', 92], ['swedish', 8]], [
		['Helsinki', 'Europe/Helsinki', 55],
		['Tampere', 'Europe/Helsinki', 20],
		['Turku', 'Europe/Helsinki', 15],
		['Oulu', 'Europe/Helsinki', 10]
	]),
	country('BE', 'europe', 20, ['nl', 'fr'], [['dutch', 48], ['french', 36], ['maghrebi', 8], ['turkish', 4], ['italian', 4]], [
		['Brussels', 'Europe/Brussels', 45, {
			names: { fr: 'Bruxelles', es: 'Bruselas', de: 'Brüssel', pt: 'Bruxelas' },
			languages: ['fr', 'nl'],
			pools: [['french', 48], ['dutch', 25], ['maghrebi', 15], ['turkish', 5], ['italian', 4], ['portuguese', 3]]
		}],
		['Antwerp', 'Europe/Brussels', 20, { names: { fr: 'Anvers', de: 'Antwerpen', es: 'Amberes' } }],
		['Ghent', 'Europe/Brussels', 20, { names: { fr: 'Gand', de: 'Gent', es: 'Gante' } }],
		['Liège', 'Europe/Brussels', 10, { languages: ['fr'], pools: [['french', 85], ['italian', 10], ['maghrebi', 5]] }],
		['Leuven', 'Europe/Brussels', 5, { names: { fr: 'Louvain' } }]
	]),
	country('AT', 'europe', 20, ['de'], [['german', 88], ['turkish', 4], ['serbian', 3], ['croatian', 3], ['polish', 2]], [
		['Vienna', 'Europe/Vienna', 60, { names: { de: 'Wien', es: 'Viena', fr: 'Vienne', pt: 'Viena' } }],
		['Graz', 'Europe/Vienna', 15],
		['Linz', 'Europe/Vienna', 10],
		['Innsbruck', 'Europe/Vienna', 8],
		['Salzburg', 'Europe/Vienna', 7, { names: { es: 'Salzburgo' } }]
	]),
	country('CH', 'europe', 20, ['de', 'fr', 'it'], [['german', 80], ['italian', 7], ['croatian', 4], ['portuguese', 3], ['turkish', 3], ['french', 3]], [
		['Zurich', 'Europe/Zurich', 30, { names: { de: 'Zürich', es: 'Zúrich' } }],
		['Geneva', 'Europe/Zurich', 20, {
			names: { fr: 'Genève', de: 'Genf', es: 'Ginebra', pt: 'Genebra' },
			languages: ['fr', 'en'],
			pools: [['french', 80], ['portuguese', 6], ['italian', 5], ['german', 5], ['maghrebi', 4]]
		}],
		['Bern', 'Europe/Zurich', 12, { names: { fr: 'Berne', es: 'Berna' } }],
		['Basel', 'Europe/Zurich', 12, { names: { fr: 'Bâle', es: 'Basilea' } }],
		['Lausanne', 'Europe/Zurich', 12, { languages: ['fr'], pools: [['french', 85], ['portuguese', 6], ['italian', 5], ['german', 4]] }],
		['Lugano', 'Europe/Zurich', 5, { languages: ['it', 'de'], pools: [['italian', 90], ['german', 10]] }]
	]),
	country('PL', 'europe', 20, ['pl'], [['polish', 100]], [
		['Warsaw', 'Europe/Warsaw', 40, { names: { de: 'Warschau', es: 'Varsovia', fr: 'Varsovie' } }],
		['Kraków', 'Europe/Warsaw', 20, { names: { de: 'Krakau', es: 'Cracovia', fr: 'Cracovie' } }],
		['Wrocław', 'Europe/Warsaw', 12],
		['Poznań', 'Europe/Warsaw', 10],
		['Gdańsk', 'Europe/Warsaw', 10],
		['Łódź', 'Europe/Warsaw', 8]
	]),
	country('HU', 'europe', 12, ['hu'], [['hungarian', 100]], [
		['Budapest', 'Europe/Budapest', 70],
		['Debrecen', 'Europe/Budapest', 10],
		['Szeged', 'Europe/Budapest', 10],
		['Pécs', 'Europe/Budapest', 10]
	]),
	country('CZ', 'europe', 10, ['cs'], [['czech', 100]], [
		['Prague', 'Europe/Prague', 65, { names: { de: 'Prag', es: 'Praga', pt: 'Praga' } }],
		['Brno', 'Europe/Prague', 25],
		['Olomouc', 'Europe/Prague', 10]
	]),
	country('HR', 'europe', 12, ['hr'], [['croatian', 100]], [
		['Zagreb', 'Europe/Zagreb', 60],
		['Split', 'Europe/Zagreb', 20],
		['Rijeka', 'Europe/Zagreb', 12],
		['Osijek', 'Europe/Zagreb', 8]
	]),
	country('RS', 'europe', 10, ['sr'], [['serbian', 100]], [
		['Belgrade', 'Europe/Belgrade', 70, { names: { de: 'Belgrad', es: 'Belgrado' } }],
		['Novi Sad', 'Europe/Belgrade', 20],
		['Niš', 'Europe/Belgrade', 10]
	]),
	country('RO', 'europe', 8, ['ro'], [['romanian', 100]], [
		['Bucharest', 'Europe/Bucharest', 55, { names: { de: 'Bukarest', es: 'Bucarest' } }],
		['Cluj-Napoca', 'Europe/Bucharest', 25],
		['Iași', 'Europe/Bucharest', 10],
		['Timișoara', 'Europe/Bucharest', 10]
	]),
	country('IS', 'europe', 5, ['is'], [['icelandic', 100]], [
		['Reykjavík', 'Atlantic/Reykjavik', 80],
		['Akureyri', 'Atlantic/Reykjavik', 12],
		['Hafnarfjörður', 'Atlantic/Reykjavik', 8]
	]),
	country('UA', 'europe', 8, ['uk', 'ru'], [['ukrainian', 100]], [
		['Kyiv', 'Europe/Kyiv', 50, { names: { de: 'Kyjiw', es: 'Kiev' } }],
		['Lviv', 'Europe/Kyiv', 20],
		['Kharkiv', 'Europe/Kyiv', 15, { languages: ['uk', 'ru'] }],
		['Odesa', 'Europe/Kyiv', 15]
	]),

	// ─── Asia ──────────────────────────────────────────────────────────────
	country('IN', 'asia', 100, ['hi', 'en'], [['hindi', 100]], [
		['Delhi', 'Asia/Kolkata', 22],
		['Mumbai', 'Asia/Kolkata', 18, { languages: ['mr', 'hi', 'en'] }],
		['Bengaluru', 'Asia/Kolkata', 15, { languages: ['kn', 'en', 'hi'], pools: [['hindi', 55], ['tamil', 35], ['bengali', 10]] }],
		['Kolkata', 'Asia/Kolkata', 14, { languages: ['bn', 'en', 'hi'], pools: [['bengali', 85], ['hindi', 15]] }],
		['Chennai', 'Asia/Kolkata', 10, { languages: ['ta', 'en'], pools: [['tamil', 88], ['hindi', 12]] }],
		['Hyderabad', 'Asia/Kolkata', 7, { languages: ['te', 'ur', 'en'], pools: [['hindi', 60], ['urdu', 30], ['tamil', 10]] }],
		['Pune', 'Asia/Kolkata', 6, { languages: ['mr', 'en', 'hi'] }],
		['Jaipur', 'Asia/Kolkata', 3],
		['Lucknow', 'Asia/Kolkata', 3, { languages: ['hi', 'ur', 'en'], pools: [['hindi', 75], ['urdu', 25]] }],
		['Ahmedabad', 'Asia/Kolkata', 2, { languages: ['gu', 'hi', 'en'] }]
	]),
	country('PH', 'asia', 35, ['tl', 'en'], [['filipino', 100]], [
		['Manila', 'Asia/Manila', 35],
		['Quezon City', 'Asia/Manila', 25],
		['Cebu City', 'Asia/Manila', 15, { languages: ['en', 'tl'] }],
		['Davao City', 'Asia/Manila', 10, { languages: ['en', 'tl'] }],
		['Baguio', 'Asia/Manila', 8],
		['Iloilo City', 'Asia/Manila', 7, { languages: ['en', 'tl'] }]
	]),
	country('TR', 'asia', 45, ['tr'], [['turkish', 85], ['kurdish', 15]], [
		['Istanbul', 'Europe/Istanbul', 50, { names: { es: 'Estambul', pt: 'Istambul', ar: 'إسطنبول' } }],
		['Ankara', 'Europe/Istanbul', 18],
		['Izmir', 'Europe/Istanbul', 14, { names: { de: 'İzmir' } }],
		['Diyarbakır', 'Europe/Istanbul', 8, { languages: ['ku', 'tr'], pools: [['kurdish', 75], ['turkish', 25]] }],
		['Eskişehir', 'Europe/Istanbul', 4],
		['Antalya', 'Europe/Istanbul', 3],
		['Mersin', 'Europe/Istanbul', 3]
	]),
	country('JP', 'asia', 15, ['ja'], [['japanese', 100]], [
		['Tokyo', 'Asia/Tokyo', 50, { names: { es: 'Tokio', de: 'Tokio', pt: 'Tóquio' } }],
		['Osaka', 'Asia/Tokyo', 18],
		['Kyoto', 'Asia/Tokyo', 12],
		['Fukuoka', 'Asia/Tokyo', 7],
		['Sapporo', 'Asia/Tokyo', 6],
		['Nagoya', 'Asia/Tokyo', 5],
		['Naha', 'Asia/Tokyo', 2]
	]),
	country('KR', 'asia', 15, ['ko'], [['korean', 100]], [
		['Seoul', 'Asia/Seoul', 55, { names: { es: 'Seúl' } }],
		['Busan', 'Asia/Seoul', 15],
		['Incheon', 'Asia/Seoul', 8],
		['Gwangju', 'Asia/Seoul', 8],
		['Daegu', 'Asia/Seoul', 6],
		['Daejeon', 'Asia/Seoul', 5],
		['Jeonju', 'Asia/Seoul', 3]
	]),
	country('TW', 'asia', 8, ['zh'], [['taiwanese', 100]], [
		['Taipei', 'Asia/Taipei', 55, { names: { es: 'Taipéi' } }],
		['Kaohsiung', 'Asia/Taipei', 15],
		['Taichung', 'Asia/Taipei', 15],
		['Tainan', 'Asia/Taipei', 10],
		['Hsinchu', 'Asia/Taipei', 5]
	]),
	country('ID', 'asia', 12, ['id'], [['indonesian', 100]], [
		['Jakarta', 'Asia/Jakarta', 40, { names: { es: 'Yakarta' } }],
		['Yogyakarta', 'Asia/Jakarta', 20],
		['Bandung', 'Asia/Jakarta', 15],
		['Surabaya', 'Asia/Jakarta', 12],
		['Denpasar', 'Asia/Makassar', 8],
		['Makassar', 'Asia/Makassar', 5],
		['Medan', 'Asia/Jakarta', 5]
	]),
	country('MY', 'asia', 10, ['ms', 'en', 'zh', 'ta'], [['malay', 50], ['chinese-southern', 35], ['tamil', 15]], [
		['Kuala Lumpur', 'Asia/Kuala_Lumpur', 55],
		['George Town', 'Asia/Kuala_Lumpur', 20, { pools: [['chinese-southern', 55], ['malay', 30], ['tamil', 15]] }],
		['Johor Bahru', 'Asia/Kuala_Lumpur', 10],
		['Kota Kinabalu', 'Asia/Kuching', 8],
		['Kuching', 'Asia/Kuching', 7]
	]),
	country('TH', 'asia', 8, ['th', 'en'], [['thai', 100]], [
		['Bangkok', 'Asia/Bangkok', 65],
		['Chiang Mai', 'Asia/Bangkok', 25],
		['Khon Kaen', 'Asia/Bangkok', 10]
	]),
	// tzdata's zone.tab lists Asia/Ho_Chi_Minh as Vietnam's zone; Hanoi keeps the same offset.
	country('VN', 'asia', 6, ['vi'], [['vietnamese', 100]], [
		['Hanoi', 'Asia/Ho_Chi_Minh', 45, { names: { es: 'Hanói', pt: 'Hanói' } }],
		['Ho Chi Minh City', 'Asia/Ho_Chi_Minh', 40, { names: { es: 'Ciudad Ho Chi Minh' } }],
		['Da Nang', 'Asia/Ho_Chi_Minh', 10],
		['Huế', 'Asia/Ho_Chi_Minh', 5]
	]),
	country('PK', 'asia', 15, ['ur', 'en'], [['urdu', 100]], [
		['Karachi', 'Asia/Karachi', 35, { languages: ['ur', 'sd', 'en'] }],
		['Lahore', 'Asia/Karachi', 35, { languages: ['pa', 'ur', 'en'] }],
		['Islamabad', 'Asia/Karachi', 20],
		['Peshawar', 'Asia/Karachi', 5, { languages: ['ps', 'ur', 'en'] }],
		['Faisalabad', 'Asia/Karachi', 5, { languages: ['pa', 'ur', 'en'] }]
	]),
	country('BD', 'asia', 12, ['bn', 'en'], [['bangladeshi', 92], ['bengali', 8]], [
		['Dhaka', 'Asia/Dhaka', 65],
		['Chittagong', 'Asia/Dhaka', 20],
		['Sylhet', 'Asia/Dhaka', 8],
		['Khulna', 'Asia/Dhaka', 7]
	]),
	country('NP', 'asia', 10, ['ne', 'en'], [['nepali', 100]], [
		['Kathmandu', 'Asia/Kathmandu', 65, { names: { es: 'Katmandú' } }],
		['Pokhara', 'Asia/Kathmandu', 15],
		['Lalitpur', 'Asia/Kathmandu', 12],
		['Biratnagar', 'Asia/Kathmandu', 8]
	]),
	country('LK', 'asia', 6, ['si', 'ta', 'en'], [['sinhala', 75], ['tamil', 25]], [
		['Colombo', 'Asia/Colombo', 55],
		['Kandy', 'Asia/Colombo', 20],
		['Jaffna', 'Asia/Colombo', 15, { languages: ['ta', 'en'], pools: [['tamil', 95], ['sinhala', 5]] }],
		['Galle', 'Asia/Colombo', 10]
	]),
	country('IL', 'asia', 15, ['he', 'en', 'ar'], [['hebrew', 85], ['arabic', 15]], [
		['Tel Aviv', 'Asia/Jerusalem', 45, { names: { ar: 'تل أبيب' } }],
		['Jerusalem', 'Asia/Jerusalem', 25, { names: { ar: 'القدس', es: 'Jerusalén', fr: 'Jérusalem' } }],
		['Haifa', 'Asia/Jerusalem', 20, { names: { ar: 'حيفا' }, pools: [['hebrew', 70], ['arabic', 30]] }],
		['Nazareth', 'Asia/Jerusalem', 5, { names: { ar: 'الناصرة' }, languages: ['ar', 'he', 'en'], pools: [['arabic', 100]] }],
		["Be'er Sheva", 'Asia/Jerusalem', 5, { names: { ar: 'بئر السبع' } }]
	]),
	// The West Bank keeps Asia/Hebron; the Gaza Strip has its own zone.
	country('PS', 'asia', 12, ['ar', 'en'], [['arabic', 100]], [
		['Ramallah', 'Asia/Hebron', 35, { names: { ar: 'رام الله' } }],
		['Gaza', 'Asia/Gaza', 25, { names: { ar: 'غزة' } }],
		['Nablus', 'Asia/Hebron', 12, { names: { ar: 'نابلس' } }],
		['Bethlehem', 'Asia/Hebron', 12, { names: { ar: 'بيت لحم', es: 'Belén', fr: 'Bethléem' } }],
		['Hebron', 'Asia/Hebron', 10, { names: { ar: 'الخليل' } }],
		['Jenin', 'Asia/Hebron', 6, { names: { ar: 'جنين' } }]
	]),
	country('LB', 'asia', 12, ['ar', 'fr', 'en'], [['arabic', 100]], [
		['Beirut', 'Asia/Beirut', 65, { names: { ar: 'بيروت', fr: 'Beyrouth', es: 'Beirut' } }],
		['Tripoli', 'Asia/Beirut', 12, { names: { ar: 'طرابلس' } }],
		['Sidon', 'Asia/Beirut', 10, { names: { ar: 'صيدا', fr: 'Saïda' } }],
		['Tyre', 'Asia/Beirut', 8, { names: { ar: 'صور', fr: 'Tyr', es: 'Tiro' } }],
		['Byblos', 'Asia/Beirut', 5, { names: { ar: 'جبيل' } }]
	]),
	country('JO', 'asia', 8, ['ar', 'en'], [['arabic', 100]], [
		['Amman', 'Asia/Amman', 70, { names: { ar: 'عمّان', es: 'Amán' } }],
		['Irbid', 'Asia/Amman', 15, { names: { ar: 'إربد' } }],
		['Zarqa', 'Asia/Amman', 10, { names: { ar: 'الزرقاء' } }],
		['Aqaba', 'Asia/Amman', 5, { names: { ar: 'العقبة' } }]
	]),
	country('IR', 'asia', 12, ['fa', 'en'], [['persian', 92], ['kurdish', 5], ['arabic', 3]], [
		['Tehran', 'Asia/Tehran', 55, { names: { es: 'Teherán', fr: 'Téhéran', de: 'Teheran', ar: 'طهران' } }],
		['Isfahan', 'Asia/Tehran', 12],
		['Shiraz', 'Asia/Tehran', 12],
		['Tabriz', 'Asia/Tehran', 10],
		['Mashhad', 'Asia/Tehran', 6],
		['Rasht', 'Asia/Tehran', 5]
	]),

	// ─── Africa ────────────────────────────────────────────────────────────
	country('NG', 'africa', 45, ['en', 'yo', 'ig', 'ha'], [['yoruba', 45], ['igbo', 35], ['hausa', 20]], [
		['Lagos', 'Africa/Lagos', 45, { pools: [['yoruba', 62], ['igbo', 32], ['hausa', 6]] }],
		['Abuja', 'Africa/Lagos', 18],
		['Ibadan', 'Africa/Lagos', 10, { pools: [['yoruba', 92], ['igbo', 6], ['hausa', 2]] }],
		['Port Harcourt', 'Africa/Lagos', 8, { pools: [['igbo', 75], ['yoruba', 20], ['hausa', 5]] }],
		['Enugu', 'Africa/Lagos', 6, { pools: [['igbo', 94], ['yoruba', 4], ['hausa', 2]] }],
		['Kano', 'Africa/Lagos', 6, { pools: [['hausa', 90], ['igbo', 5], ['yoruba', 5]] }],
		['Benin City', 'Africa/Lagos', 4],
		['Jos', 'Africa/Lagos', 3]
	]),
	country('ZA', 'africa', 45, ['en', 'zu', 'xh', 'af'], [['zulu-xhosa', 50], ['anglo', 22], ['afrikaans', 15], ['hindi', 5], ['tamil', 3], ['zimbabwean', 3], ['hebrew', 2]], [
		['Johannesburg', 'Africa/Johannesburg', 35, { languages: ['en', 'zu', 'st'] }],
		['Cape Town', 'Africa/Johannesburg', 30, {
			names: { es: 'Ciudad del Cabo', pt: 'Cidade do Cabo', de: 'Kapstadt', fr: 'Le Cap' },
			languages: ['en', 'xh', 'af'],
			pools: [['zulu-xhosa', 40], ['anglo', 33], ['afrikaans', 25], ['hebrew', 2]]
		}],
		['Durban', 'Africa/Johannesburg', 15, { languages: ['en', 'zu'], pools: [['zulu-xhosa', 55], ['hindi', 15], ['tamil', 10], ['anglo', 20]] }],
		['Pretoria', 'Africa/Johannesburg', 8, { languages: ['en', 'af', 'tn'] }],
		['Pietermaritzburg', 'Africa/Johannesburg', 4, { languages: ['en', 'zu'] }],
		['Bloemfontein', 'Africa/Johannesburg', 4, { languages: ['en', 'st', 'af'] }],
		['Stellenbosch', 'Africa/Johannesburg', 3, { languages: ['af', 'en', 'xh'], pools: [['afrikaans', 55], ['anglo', 25], ['zulu-xhosa', 20]] }]
	]),
	country('EG', 'africa', 35, ['ar', 'en'], [['arabic', 100]], [
		['Cairo', 'Africa/Cairo', 60, { names: { ar: 'القاهرة', es: 'El Cairo', fr: 'Le Caire', de: 'Kairo' } }],
		['Alexandria', 'Africa/Cairo', 20, { names: { ar: 'الإسكندرية', es: 'Alejandría', fr: 'Alexandrie' } }],
		['Giza', 'Africa/Cairo', 8, { names: { ar: 'الجيزة' } }],
		['Mansoura', 'Africa/Cairo', 5, { names: { ar: 'المنصورة' } }],
		['Port Said', 'Africa/Cairo', 4, { names: { ar: 'بورسعيد' } }],
		['Asyut', 'Africa/Cairo', 3, { names: { ar: 'أسيوط' } }]
	]),
	country('TN', 'africa', 30, ['ar', 'fr', 'en'], [['maghrebi', 100]], [
		['Tunis', 'Africa/Tunis', 50, { names: { ar: 'تونس', es: 'Túnez' } }],
		['Sfax', 'Africa/Tunis', 14, { names: { ar: 'صفاقس' } }],
		['Sousse', 'Africa/Tunis', 12, { names: { ar: 'سوسة' } }],
		['Bizerte', 'Africa/Tunis', 8, { names: { ar: 'بنزرت' } }],
		['Gabès', 'Africa/Tunis', 6, { names: { ar: 'قابس' } }],
		['Kairouan', 'Africa/Tunis', 5, { names: { ar: 'القيروان' } }],
		['Sidi Bouzid', 'Africa/Tunis', 5, { names: { ar: 'سيدي بوزيد' } }]
	]),
	country('KE', 'africa', 20, ['en', 'sw'], [['kenyan', 100]], [
		['Nairobi', 'Africa/Nairobi', 60],
		['Mombasa', 'Africa/Nairobi', 15],
		['Kisumu', 'Africa/Nairobi', 12],
		['Nakuru', 'Africa/Nairobi', 8],
		['Eldoret', 'Africa/Nairobi', 5]
	]),
	country('GH', 'africa', 15, ['en', 'ak'], [['akan', 100]], [
		['Accra', 'Africa/Accra', 55],
		['Kumasi', 'Africa/Accra', 25],
		['Cape Coast', 'Africa/Accra', 10],
		['Tamale', 'Africa/Accra', 10]
	]),
	country('UG', 'africa', 12, ['en', 'lg', 'sw'], [['ugandan', 100]], [
		['Kampala', 'Africa/Kampala', 65],
		['Gulu', 'Africa/Kampala', 15],
		['Mbarara', 'Africa/Kampala', 10],
		['Jinja', 'Africa/Kampala', 10]
	]),
	country('TZ', 'africa', 8, ['sw', 'en'], [['tanzanian', 100]], [
		['Dar es Salaam', 'Africa/Dar_es_Salaam', 55],
		['Arusha', 'Africa/Dar_es_Salaam', 20],
		['Mwanza', 'Africa/Dar_es_Salaam', 10],
		['Dodoma', 'Africa/Dar_es_Salaam', 8],
		['Zanzibar City', 'Africa/Dar_es_Salaam', 7]
	]),
	country('MA', 'africa', 12, ['ar', 'fr', 'en'], [['maghrebi', 100]], [
		['Casablanca', 'Africa/Casablanca', 35, { names: { ar: 'الدار البيضاء' } }],
		['Rabat', 'Africa/Casablanca', 25, { names: { ar: 'الرباط' } }],
		['Marrakesh', 'Africa/Casablanca', 15, { names: { ar: 'مراكش', fr: 'Marrakech', es: 'Marrakech' } }],
		['Fez', 'Africa/Casablanca', 10, { names: { ar: 'فاس', fr: 'Fès', es: 'Fez' } }],
		['Tangier', 'Africa/Casablanca', 10, { names: { ar: 'طنجة', fr: 'Tanger', es: 'Tánger' } }],
		['Agadir', 'Africa/Casablanca', 5, { names: { ar: 'أكادير' } }]
	]),
	country('ZW', 'africa', 10, ['en', 'sn', 'nd'], [['zimbabwean', 100]], [
		['Harare', 'Africa/Harare', 55],
		['Bulawayo', 'Africa/Harare', 30, { languages: ['en', 'nd', 'sn'] }],
		['Mutare', 'Africa/Harare', 10],
		['Gweru', 'Africa/Harare', 5]
	]),
	country('SN', 'africa', 5, ['wo', 'fr', 'en'], [['senegalese', 100]], [
		['Dakar', 'Africa/Dakar', 70],
		['Saint-Louis', 'Africa/Dakar', 15],
		['Thiès', 'Africa/Dakar', 10],
		['Ziguinchor', 'Africa/Dakar', 5]
	]),
	country('ET', 'africa', 6, ['am', 'en'], [['ethiopian', 100]], [
		['Addis Ababa', 'Africa/Addis_Ababa', 75, { names: { es: 'Adís Abeba', fr: 'Addis-Abeba' } }],
		['Bahir Dar', 'Africa/Addis_Ababa', 10],
		['Mekelle', 'Africa/Addis_Ababa', 8, { languages: ['ti', 'am', 'en'] }],
		['Hawassa', 'Africa/Addis_Ababa', 7]
	]),

	// ─── Oceania ───────────────────────────────────────────────────────────
	country('AU', 'oceania', 150, ['en'],
		[['anglo', 73], ['italian', 4], ['greek', 4], ['chinese', 5], ['irish', 3], ['vietnamese', 3], ['hindi', 3], ['arabic', 2], ['filipino', 1], ['chinese-southern', 1], ['croatian', 1]],
		[
			['Sydney', 'Australia/Sydney', 32, { names: { es: 'Sídney' } }],
			['Melbourne', 'Australia/Melbourne', 30],
			['Brisbane', 'Australia/Brisbane', 12],
			['Perth', 'Australia/Perth', 9],
			['Adelaide', 'Australia/Adelaide', 7],
			['Canberra', 'Australia/Sydney', 5],
			['Hobart', 'Australia/Hobart', 4],
			['Newcastle', 'Australia/Sydney', 3],
			['Darwin', 'Australia/Darwin', 2],
			['Wollongong', 'Australia/Sydney', 2],
			['Geelong', 'Australia/Melbourne', 2],
			['Cairns', 'Australia/Brisbane', 1]
		]),
	country('NZ', 'oceania', 40, ['en', 'mi'], [['anglo', 74], ['maori', 15], ['chinese', 4], ['hindi', 3], ['dutch', 2], ['filipino', 2]], [
		['Auckland', 'Pacific/Auckland', 40],
		['Wellington', 'Pacific/Auckland', 25],
		['Christchurch', 'Pacific/Auckland', 15],
		['Dunedin', 'Pacific/Auckland', 8],
		['Hamilton', 'Pacific/Auckland', 6],
		['Tauranga', 'Pacific/Auckland', 3],
		['Nelson', 'Pacific/Auckland', 3]
	])
];

/**
 * English names of the languages above, for English bios ("happy to
 * translate between Greek and English"). Kept as data rather than asking
 * Intl.DisplayNames so the output does not depend on the ICU version.
 */
// prettier-ignore
export const LANGUAGE_NAMES_EN: Readonly<Record<string, string>> = {
	af: 'Afrikaans', ak: 'Twi', am: 'Amharic', ar: 'Arabic', ay: 'Aymara', bn: 'Bengali', ca: 'Catalan',
	cs: 'Czech', cy: 'Welsh', da: 'Danish', de: 'German', el: 'Greek', en: 'English', es: 'Spanish',
	eu: 'Basque', fa: 'Persian', fi: 'Finnish', fr: 'French', ga: 'Irish', gl: 'Galician', gu: 'Gujarati',
	ha: 'Hausa', he: 'Hebrew', hi: 'Hindi', hr: 'Croatian', hu: 'Hungarian', id: 'Indonesian', ig: 'Igbo',
	is: 'Icelandic', it: 'Italian', ja: 'Japanese', kn: 'Kannada', ko: 'Korean', ku: 'Kurdish', lg: 'Luganda',
	mi: 'te reo Māori', mr: 'Marathi', ms: 'Malay', nd: 'Ndebele', ne: 'Nepali', nl: 'Dutch', no: 'Norwegian',
	pa: 'Punjabi', pl: 'Polish', ps: 'Pashto', pt: 'Portuguese', qu: 'Quechua', ro: 'Romanian', ru: 'Russian',
	sd: 'Sindhi', si: 'Sinhala', sn: 'Shona', sr: 'Serbian', st: 'Sesotho', sv: 'Swedish', sw: 'Swahili',
	ta: 'Tamil', te: 'Telugu', th: 'Thai', ti: 'Tigrinya', tl: 'Tagalog', tn: 'Setswana', tr: 'Turkish',
	uk: 'Ukrainian', ur: 'Urdu', vi: 'Vietnamese', wo: 'Wolof', xh: 'isiXhosa', yo: 'Yoruba', zh: 'Chinese',
	zu: 'isiZulu'
};
