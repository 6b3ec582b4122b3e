import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { aidPosts, chapterMemberships, chapters, events, members } from '$lib/server/db/schema';
import { SeededRandom } from '$lib/domain/tally/seeded-random';
import type { AidCategory, AidKind } from '$lib/domain/aid/rules';
import { DEMO_EMAIL } from './demo-people';

/**
 * A busy mutual aid board: about seventy offers and requests in every category, in chapters and
 * remote, in several languages; most on the board, some fulfilled, withdrawn or expired. Unlike
 * the rest of the demo's history, dates are counted from the moment of seeding, so the board is
 * busy whenever the demo is built; who posts what, and where, is the same every time.
 */

type Item = [AidKind, AidCategory, string, string, string];

// [kind, category, language, title, description]
const ITEMS: Item[] = [
	[
		'offer',
		'housing',
		'en',
		'Spare room for a week',
		'A quiet room with a desk, ten minutes from the station. Good for someone between flats.'
	],
	[
		'request',
		'housing',
		'en',
		'Somewhere to stay during the convention',
		'Two nights, a sofa is fine. I can bring my own bedding.'
	],
	[
		'offer',
		'housing',
		'es',
		'Habitación libre en Valencia',
		'Tengo una habitación libre durante diciembre. Sin coste para miembros.'
	],
	[
		'request',
		'housing',
		'pt',
		'Procuro quarto por um mês',
		'Cheguei há pouco a Lisboa e procuro um quarto enquanto encontro casa.'
	],
	[
		'offer',
		'housing',
		'fr',
		'Canapé-lit pour un dépannage',
		'Un canapé-lit dans le salon, pour quelques nuits, à Lyon.'
	],
	[
		'request',
		'housing',
		'de',
		'Hilfe beim Umzug am Samstag',
		'Wir ziehen in den dritten Stock ohne Aufzug. Kaffee und Kuchen gibt es.'
	],
	[
		'offer',
		'transport',
		'en',
		'Van available on Saturdays',
		'I can drive a van for moves, food collections or the garden. Fuel shared.'
	],
	[
		'request',
		'transport',
		'en',
		'Lift to the hospital on Tuesday',
		'An early appointment, 8:30. Coming back I can take the bus.'
	],
	[
		'offer',
		'transport',
		'es',
		'Llevo gente a la asamblea regional',
		'Salgo de Sevilla el viernes por la tarde, tengo tres plazas libres.'
	],
	[
		'request',
		'transport',
		'ar',
		'توصيلة إلى المطار',
		'أحتاج توصيلة إلى المطار صباح الأحد مع حقيبتين.'
	],
	[
		'offer',
		'transport',
		'pt',
		'Carona para o encontro em Recife',
		'Saio de Olinda no sábado às nove, duas vagas.'
	],
	[
		'request',
		'transport',
		'fr',
		'Cherche vélo cargo pour un déménagement',
		'Quelques cartons et une petite table à transporter dans le quartier.'
	],
	[
		'offer',
		'food',
		'en',
		'Surplus vegetables from the allotment',
		'Courgettes, beans and far too many tomatoes. Come and pick them up.'
	],
	[
		'request',
		'food',
		'en',
		'Meals for a family after a birth',
		'A few cooked meals over the next two weeks would help a lot.'
	],
	[
		'offer',
		'food',
		'es',
		'Pan casero los domingos',
		'Hago pan de masa madre cada domingo y siempre sobra una hogaza.'
	],
	[
		'request',
		'food',
		'ar',
		'وجبات لجارة مسنّة',
		'جارتنا مريضة هذا الأسبوع وتحتاج إلى وجبة ساخنة يوميًا.'
	],
	[
		'offer',
		'food',
		'de',
		'Einmachgläser und Marmelade',
		'Ich habe zu viele Gläser Pflaumenmarmelade. Gerne tauschen oder verschenken.'
	],
	[
		'offer',
		'food',
		'pt',
		'Cesta de frutas da feira',
		'Todas as quartas sobram frutas da banca. Posso separar uma cesta.'
	],
	[
		'request',
		'food',
		'fr',
		'Soupe pour un ami convalescent',
		'Un ami sort de l’hôpital et ne peut pas cuisiner pendant une semaine.'
	],
	[
		'offer',
		'skills',
		'en',
		'Bicycle repairs in my garage',
		'Punctures, brakes, gears. Bring the bike, we fix it together.'
	],
	[
		'offer',
		'skills',
		'en',
		'Help with spreadsheets and budgets',
		'I can help a chapter or a household set up a simple budget.'
	],
	[
		'request',
		'skills',
		'en',
		'Someone to fix a leaking tap',
		'The kitchen tap drips all night. Tools here, skills missing.'
	],
	[
		'offer',
		'skills',
		'es',
		'Clases de guitarra para principiantes',
		'Enseño guitarra los jueves por la tarde, en grupo o por videollamada.'
	],
	[
		'offer',
		'skills',
		'de',
		'Nähmaschine und Nähkurs',
		'Ich zeige dir, wie man Hosen kürzt und Reißverschlüsse ersetzt.'
	],
	[
		'request',
		'skills',
		'pt',
		'Ajuda para montar um site do núcleo',
		'Precisamos de uma página simples com agenda e contato.'
	],
	[
		'offer',
		'skills',
		'fr',
		'Atelier de réparation de vêtements',
		'Un samedi par mois, on raccommode ensemble. Apportez vos habits.'
	],
	[
		'request',
		'skills',
		'ar',
		'من يعلّمني أساسيات الحاسوب؟',
		'أريد أن أتعلم البريد الإلكتروني وكتابة الرسائل.'
	],
	[
		'offer',
		'skills',
		'en',
		'Photography for chapter events',
		'I can photograph meetings and actions, and share the pictures freely.'
	],
	[
		'offer',
		'childcare',
		'en',
		'Childcare during chapter meetings',
		'I will look after children in the next room during our monthly meetings.'
	],
	[
		'request',
		'childcare',
		'en',
		'Babysitter for Thursday evening',
		'Two children, six and nine, from six to ten while I take a class.'
	],
	[
		'offer',
		'childcare',
		'es',
		'Cuido niños los sábados por la mañana',
		'Tengo experiencia y puedo cuidar a dos o tres niños a la vez.'
	],
	[
		'request',
		'childcare',
		'pt',
		'Alguém para buscar as crianças na escola',
		'Às terças e quintas, às 17h, durante um mês.'
	],
	[
		'offer',
		'childcare',
		'fr',
		'Garde partagée le mercredi',
		'Nos enfants ont le même âge : on alterne les mercredis ?'
	],
	[
		'request',
		'childcare',
		'de',
		'Kinderbetreuung während der Versammlung',
		'Für die Regionalversammlung suchen wir zwei Leute für die Kinderecke.'
	],
	[
		'offer',
		'translation',
		'en',
		'English–Arabic translation of short texts',
		'Leaflets, letters, short articles. Up to two pages a week.'
	],
	[
		'request',
		'translation',
		'en',
		'Translate our tenants’ leaflet into Spanish',
		'One page, plain language. We print it next week.'
	],
	[
		'offer',
		'translation',
		'es',
		'Traduzco del inglés al castellano',
		'Documentos del movimiento, actas o artículos. Sin prisa, con cuidado.'
	],
	[
		'offer',
		'translation',
		'ar',
		'ترجمة من الفرنسية إلى العربية',
		'أترجم الرسائل والوثائق القصيرة مجانًا للأعضاء.'
	],
	[
		'request',
		'translation',
		'fr',
		'Interprète pour un rendez-vous administratif',
		'Arabe–français, à la préfecture, jeudi matin.'
	],
	[
		'offer',
		'translation',
		'pt',
		'Revisão de textos em português',
		'Reviso traduções e textos do núcleo antes de publicar.'
	],
	[
		'request',
		'translation',
		'de',
		'Übersetzung der Satzung ins Türkische',
		'Für neue Mitglieder aus der Nachbarschaft, etwa zehn Seiten.'
	],
	[
		'offer',
		'translation',
		'sw',
		'Tafsiri ya Kiswahili na Kiingereza',
		'Ninaweza kutafsiri barua na vipeperushi vifupi.'
	],
	[
		'offer',
		'legal',
		'en',
		'Tenancy questions answered',
		'I worked at a housing advice centre. Ask me about deposits and notices.'
	],
	[
		'request',
		'legal',
		'en',
		'Advice on an unfair dismissal',
		'Let go after asking about the union. What are my options?'
	],
	[
		'offer',
		'legal',
		'es',
		'Orientación en trámites de extranjería',
		'Acompaño en solicitudes de residencia y renovaciones.'
	],
	[
		'request',
		'legal',
		'pt',
		'Ajuda com contrato de aluguel',
		'O senhorio quer aumentar o aluguel no meio do contrato.'
	],
	[
		'offer',
		'legal',
		'fr',
		'Permanence juridique pour les locataires',
		'Un jeudi sur deux, questions sur les baux et les charges.'
	],
	[
		'request',
		'legal',
		'de',
		'Wer kennt sich mit Vereinsrecht aus?',
		'Wir wollen als Ortsgruppe einen Verein gründen und haben Fragen.'
	],
	[
		'offer',
		'tools',
		'en',
		'Ladder and drill to lend',
		'A three-metre ladder and a cordless drill. Pick up, bring back.'
	],
	[
		'request',
		'tools',
		'en',
		'Borrow a pressure washer',
		'For cleaning the community centre’s yard before the open day.'
	],
	[
		'offer',
		'tools',
		'es',
		'Presto herramientas de jardín',
		'Azadas, rastrillos y una carretilla para quien las necesite.'
	],
	[
		'offer',
		'tools',
		'pt',
		'Empresto máquina de costura',
		'Uma máquina simples, funciona bem para consertos.'
	],
	[
		'request',
		'tools',
		'fr',
		'Cherche une tente pour un week-end',
		'Pour quatre personnes, fin du mois, je la rends propre.'
	],
	[
		'offer',
		'tools',
		'de',
		'Werkzeugkiste zum Ausleihen',
		'Hammer, Zangen, Schraubenzieher, Wasserwaage – alles in einer Kiste.'
	],
	['request', 'tools', 'ar', 'أحتاج إلى مثقاب لبضع ساعات', 'لتركيب رفوف في مكتبة الحي.'],
	[
		'offer',
		'other',
		'en',
		'Company for a walk or a chat',
		'If you are lonely or unwell, I am happy to visit or phone.'
	],
	[
		'request',
		'other',
		'en',
		'Someone to water plants in August',
		'Three weeks away; a few plants and a very patient cat.'
	],
	[
		'offer',
		'other',
		'es',
		'Acompaño a citas médicas',
		'Si no quieres ir sola al médico, te acompaño.'
	],
	[
		'request',
		'other',
		'pt',
		'Doações de livros para a biblioteca',
		'A biblioteca comunitária precisa de livros infantis.'
	],
	[
		'offer',
		'other',
		'fr',
		'Coup de main pour les papiers',
		'Je peux aider à remplir des formulaires et trier le courrier.'
	],
	[
		'request',
		'other',
		'de',
		'Helferinnen für das Nachbarschaftsfest',
		'Aufbau ab zehn, Abbau ab sechs. Jede Stunde hilft.'
	],
	['offer', 'other', 'ar', 'مرافقة في المشاوير', 'أستطيع مرافقة كبار السن في مشاويرهم الأسبوعية.'],
	[
		'offer',
		'food',
		'en',
		'Weekly soup kitchen needs no booking',
		'Every Friday at the community centre, anyone welcome, cooks welcome too.'
	],
	[
		'request',
		'skills',
		'en',
		'Help writing a grant application',
		'For the repair café: a four-page form due at the end of the month.'
	],
	[
		'offer',
		'transport',
		'de',
		'Fahrrad zu verschenken',
		'Ein altes, aber fahrtüchtiges Damenrad. Abzuholen in Kreuzberg.'
	],
	[
		'request',
		'housing',
		'es',
		'Buscamos local para reuniones',
		'Un espacio para veinte personas, una tarde al mes.'
	],
	[
		'offer',
		'childcare',
		'pt',
		'Roda de brincadeiras aos domingos',
		'No parque, para crianças de quatro a dez anos.'
	]
];

const DAY = 86_400_000;

export async function seedDemoAid(db: Db) {
	const rng = new SeededRandom('demo-aid');
	// Members with a chapter, in a fixed order; the demo account first, so it has posts of its own.
	const people = await db
		.select({ memberId: chapterMemberships.memberId, chapterId: chapterMemberships.chapterId })
		.from(chapterMemberships)
		.innerJoin(members, eq(members.id, chapterMemberships.memberId))
		.innerJoin(chapters, eq(chapters.id, chapterMemberships.chapterId))
		.where(sql`${chapters.kind} = 'local'`)
		.orderBy(sql`${members.email} = ${DEMO_EMAIL} desc`, asc(chapterMemberships.memberId))
		.limit(2000);
	if (!people.length) return;
	const now = Date.now();
	const rows = ITEMS.map(([kind, category, language, title, body], i) => {
		const who = i < 2 ? people[0] : people[rng.below(people.length)];
		// About a third remote; the rest in the author's chapter.
		const remote = category === 'translation' || rng.below(3) === 0;
		const age = 1 + rng.below(40);
		const createdAt = new Date(now - age * DAY - rng.below(DAY));
		const roll = i < 2 ? 9 : rng.below(10);
		// 0: fulfilled, 1: withdrawn, 2: expired, otherwise on the board.
		const status = roll === 0 || i === 1 ? 'fulfilled' : roll === 1 ? 'withdrawn' : 'open';
		const expiresAt =
			roll === 2 && i !== 0
				? new Date(now - (1 + rng.below(5)) * DAY)
				: new Date(now + (5 + rng.below(60)) * DAY);
		return {
			kind,
			category,
			language,
			title,
			body,
			authorId: who.memberId,
			chapterId: remote ? null : who.chapterId,
			status: status as 'open' | 'fulfilled' | 'withdrawn',
			fulfilledAt: status === 'fulfilled' ? new Date(createdAt.getTime() + 2 * DAY) : null,
			expiresAt,
			createdAt,
			updatedAt: createdAt
		};
	});
	await db.transaction(async (tx) => {
		const inserted = await tx.insert(aidPosts).values(rows).returning({
			id: aidPosts.id,
			authorId: aidPosts.authorId,
			kind: aidPosts.kind,
			category: aidPosts.category,
			chapterId: aidPosts.chapterId,
			createdAt: aidPosts.createdAt
		});
		await tx.insert(events).values(
			inserted.map((p) => ({
				type: 'aid.posted',
				actorId: p.authorId,
				subjectType: 'aid-post',
				subjectId: p.id,
				data: { kind: p.kind, category: p.category, chapterId: p.chapterId },
				createdAt: p.createdAt
			}))
		);
	});
}
