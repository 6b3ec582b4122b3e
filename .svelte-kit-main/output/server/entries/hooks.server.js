import { i as overwriteServerAsyncLocalStorage, n as getTextDirection } from "../chunks/runtime.js";
import { A as commentVersions, B as chapters, H as mailOutbox, I as postVersions, L as posts, N as forumCategories, P as forumThreads, R as scheduledJobs, U as events, _ as ballots, a as tier_lapsed_subject, i as tier_lapsed_body, j as comments, k as stakeDeclarations, m as schema_exports, n as localeFromAcceptLanguage, o as tier_lapse_warning_body, q as members, r as translate, s as tier_lapse_warning_subject, t as isLocale, v as committeeMembers, w as decisions, x as decisionGroups, y as committees, z as chapterMemberships } from "../chunks/i18n.js";
import { c as hashPassword, f as normaliseCity, m as slugify, n as clearSessionCookie, o as setSessionCookie, s as validateSession, t as SESSION_COOKIE } from "../chunks/sessions.js";
import { n as setMembershipSetting, t as membershipSettings } from "../chunks/membership-settings.js";
import { a as SeededRandom, n as countOptions } from "../chunks/counting.js";
import { n as advanceDueDecisions, t as advanceDecision } from "../chunks/advance.js";
import { a as voteOnAmendment, i as putAmendmentToVote, r as proposeAmendment, t as acceptAmendment } from "../chunks/amendments.js";
import { r as newReceipt } from "../chunks/ballots.js";
import { i as recordOutcome, n as createDecision, o as submitDecision, t as addCoauthor } from "../chunks/commands.js";
import { a as signPetition, i as signMinorityReport, r as petitionRevisit, t as fileMinorityReport } from "../chunks/dissent.js";
import { t as chapterName } from "../chunks/names.js";
import { r as slugify$1 } from "../chunks/reader.js";
import { t as appendEvent } from "../chunks/append.js";
import { t as enqueueMail } from "../chunks/outbox.js";
import { t as LOCALE_COOKIE } from "../chunks/locale-cookie.js";
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { AsyncLocalStorage } from "node:async_hooks";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { fork } from "node:child_process";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import nodemailer from "nodemailer";
// src/lib/server/config.ts
/**
* Configuration from the environment, checked once at start. Each problem is reported with
* the variable's name and how to fix it (see .env.example and the README's table).
*/
var schema = z.object({
	DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a PostgreSQL URL such as postgres://user@host:5432/plenary").optional(),
	DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
	PLENARY_DATA_DIR: z.string().min(1).default("data"),
	SMTP_URL: z.string().regex(/^smtps?:\/\//, "must look like smtp://user:pass@host:587 or smtps://host:465").optional(),
	MAIL_FROM: z.string().min(3).default("Plenary <no-reply@localhost>"),
	PLENARY_DEMO_SEED: z.enum(["auto", "never"]).default("auto"),
	PLENARY_DEV_MAIL: z.enum(["on", "off"]).optional(),
	PLENARY_TEST_CLOCK: z.enum(["on", "off"]).default("off"),
	NODE_ENV: z.string().optional(),
	S3_ENDPOINT: z.url({ error: "must be a URL such as https://s3.eu-west-1.amazonaws.com" }).optional(),
	S3_BUCKET: z.string().min(3).optional(),
	S3_REGION: z.string().min(1).default("us-east-1"),
	S3_ACCESS_KEY_ID: z.string().min(1).optional(),
	S3_SECRET_ACCESS_KEY: z.string().min(1).optional()
});
var ConfigError = class extends Error {};
function readConfig(env = process.env) {
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
	const parsed = schema.safeParse(cleaned);
	if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message} (see .env.example)`).join("\n")}`);
	const e = parsed.data;
	if (e.S3_BUCKET && (!e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY)) throw new ConfigError("Invalid configuration:\n  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set (see .env.example)");
	const production = e.NODE_ENV === "production";
	const devMailbox = !e.SMTP_URL && (e.PLENARY_DEV_MAIL ? e.PLENARY_DEV_MAIL === "on" : !production);
	if (production && !e.SMTP_URL && e.PLENARY_DEV_MAIL === "on") throw new ConfigError("Invalid configuration:\n  PLENARY_DEV_MAIL: the development mailbox cannot be used with NODE_ENV=production; set SMTP_URL instead");
	return {
		databaseUrl: e.DATABASE_URL,
		poolSize: e.DATABASE_POOL_SIZE,
		dataDir: resolve(e.PLENARY_DATA_DIR),
		smtpUrl: e.SMTP_URL,
		mailFrom: e.MAIL_FROM,
		demoSeed: e.PLENARY_DEMO_SEED,
		devMailbox,
		testClock: e.PLENARY_TEST_CLOCK === "on",
		production,
		media: e.S3_BUCKET ? {
			kind: "s3",
			endpoint: e.S3_ENDPOINT ?? `https://s3.${e.S3_REGION}.amazonaws.com`,
			bucket: e.S3_BUCKET,
			region: e.S3_REGION,
			accessKeyId: e.S3_ACCESS_KEY_ID ?? "",
			secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? ""
		} : { kind: "folder" }
	};
}
var cached;
function config() {
	cached ??= readConfig();
	return cached;
}
// src/lib/server/db/client.ts
/**
* One `pg` pool for both PostgreSQL and the embedded database (reached over its socket),
* so the app has a single code path. The embedded one gets a single connection: PGlite
* runs one session, and one connection keeps transactions isolated from each other.
*/
function openPool(target) {
	const pool = "url" in target ? new pg.Pool({
		connectionString: target.url,
		max: target.max
	}) : new pg.Pool({
		host: target.socketDir,
		port: target.port,
		user: "postgres",
		database: "postgres",
		max: 1,
		idleTimeoutMillis: 0
	});
	pool.on("error", (err) => console.error("database connection error:", err.message));
	return {
		db: drizzle(pool, { schema: schema_exports }),
		pool,
		close: () => pool.end()
	};
}
// src/lib/server/db/embedded.ts
var EmbeddedDatabaseError = class extends Error {};
/**
* Start the embedded database in its own process (scripts/embedded-db.mjs) and wait until it
* serves. Its own process keeps PGlite's work off the web server's event loop and gives it the
* other core; the child holds the data folder's lock and exits when this process does.
*/
function startEmbeddedDatabase(dataDir) {
	const script = resolve(process.env.PLENARY_EMBEDDED_SCRIPT ?? "scripts/embedded-db.mjs");
	const child = fork(script, [], {
		env: {
			...process.env,
			PLENARY_DATA_DIR: dataDir
		},
		stdio: [
			"ignore",
			"inherit",
			"inherit",
			"ipc"
		]
	});
	return new Promise((resolvePromise, reject) => {
		child.once("message", (message) => {
			if (message.ready) {
				child.unref();
				child.channel?.unref();
				resolvePromise({
					...message.ready,
					child
				});
			} else reject(new EmbeddedDatabaseError(message.error?.message ?? "embedded database failed"));
		});
		child.once("exit", (code) => reject(new EmbeddedDatabaseError(`embedded database exited with code ${code}`)));
	});
}
// src/lib/server/db/migrate.ts
var MIGRATION_LOCK = 7320411;
function migrationsFolder() {
	return resolve(process.env.PLENARY_MIGRATIONS_DIR ?? "drizzle");
}
/** Apply the committed drizzle-kit migrations; safe when several app nodes start at once. */
async function migrateDatabase(pool) {
	const client = await pool.connect();
	try {
		await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
		try {
			await migrate(drizzle(client), { migrationsFolder: migrationsFolder() });
		} finally {
			await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
		}
	} finally {
		client.release();
	}
}
// src/lib/server/mail/mailer.ts
var MAX_ATTEMPTS = 5;
var POLL_MS = 3e4;
/**
* Delivers queued mail over SMTP. Rows are claimed in one statement (`for update skip locked`)
* and sent outside any transaction, so a slow SMTP server never holds a database connection
* and several app nodes share the work without sending a mail twice.
*/
function startMailer(db, smtpUrl, from) {
	if (!smtpUrl) return {
		kick: () => {},
		stop: async () => {},
		flush: async () => {}
	};
	const transport = nodemailer.createTransport(smtpUrl);
	let running = null;
	let again = false;
	async function deliverBatch() {
		const claimed = await db.execute(sql`
			update mail_outbox set attempts = attempts + 1, claimed_until = now() + interval '2 minutes'
			where id in (
				select id from mail_outbox
				where sent_at is null and attempts < ${MAX_ATTEMPTS}
					and (claimed_until is null or claimed_until < now())
				order by id limit 20 for update skip locked)
			returning id, to_address, subject, text_body`);
		for (const mail of claimed.rows) try {
			await transport.sendMail({
				from,
				to: mail.to_address,
				subject: mail.subject,
				text: mail.text_body
			});
			await db.update(mailOutbox).set({
				sentAt: sql`now()`,
				lastError: null
			}).where(eq(mailOutbox.id, Number(mail.id)));
		} catch (err) {
			const message = err instanceof Error ? err.message : String(err);
			await db.update(mailOutbox).set({
				lastError: message.slice(0, 500),
				claimedUntil: sql`now() + make_interval(mins => ${mailOutbox.attempts} * ${mailOutbox.attempts})`
			}).where(eq(mailOutbox.id, Number(mail.id)));
		}
		return claimed.rows.length;
	}
	function run() {
		if (running) {
			again = true;
			return running;
		}
		running = (async () => {
			do {
				again = false;
				try {
					while (await deliverBatch() > 0);
				} catch (err) {
					console.error("mail delivery failed:", err instanceof Error ? err.message : err);
				}
			} while (again);
			running = null;
		})();
		return running;
	}
	const timer = setInterval(run, POLL_MS);
	timer.unref();
	return {
		kick: () => void run(),
		flush: () => run(),
		stop: async () => {
			clearInterval(timer);
			await running;
			transport.close();
		}
	};
}
// src/lib/server/seed/demo-countries.ts
function country(code, continent, weight, languages, pools, cities) {
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
var DEMO_COUNTRIES = [
	country("US", "north-america", 540, ["en", "es"], [
		["anglo", 72],
		["latin-american", 11],
		["chinese", 3],
		["hindi", 3],
		["korean", 2],
		["filipino", 2],
		["hebrew", 2],
		["irish", 2],
		["italian", 2],
		["vietnamese", 1],
		["arabic", 1],
		["persian", 1],
		["yoruba", 1]
	], [
		[
			"New York",
			"America/New_York",
			20,
			{ names: { es: "Nueva York" } }
		],
		[
			"Chicago",
			"America/Chicago",
			10
		],
		[
			"Los Angeles",
			"America/Los_Angeles",
			9,
			{
				names: { es: "Los Ángeles" },
				pools: [
					["anglo", 52],
					["latin-american", 32],
					["korean", 4],
					["chinese", 4],
					["filipino", 3],
					["persian", 2],
					["hebrew", 2],
					["vietnamese", 1]
				]
			}
		],
		[
			"San Francisco",
			"America/Los_Angeles",
			8
		],
		[
			"Boston",
			"America/New_York",
			7
		],
		[
			"Seattle",
			"America/Los_Angeles",
			6
		],
		[
			"Portland",
			"America/Los_Angeles",
			5
		],
		[
			"Philadelphia",
			"America/New_York",
			5,
			{ names: { es: "Filadelfia" } }
		],
		[
			"Minneapolis",
			"America/Chicago",
			4
		],
		[
			"Austin",
			"America/Chicago",
			4,
			{ pools: [
				["anglo", 65],
				["latin-american", 28],
				["hindi", 4],
				["chinese", 3]
			] }
		],
		[
			"Detroit",
			"America/Detroit",
			3
		],
		[
			"Denver",
			"America/Denver",
			3
		]
	]),
	country("CA", "north-america", 190, ["en", "fr"], [
		["anglo", 66],
		["quebecois", 12],
		["chinese", 5],
		["hindi", 5],
		["irish", 2],
		["filipino", 2],
		["arabic", 2],
		["italian", 2],
		["ukrainian", 2],
		["persian", 1],
		["maghrebi", 1]
	], [
		[
			"Toronto",
			"America/Toronto",
			30
		],
		[
			"Montreal",
			"America/Toronto",
			18,
			{
				names: {
					fr: "Montréal",
					es: "Montreal"
				},
				languages: ["fr", "en"],
				pools: [
					["quebecois", 62],
					["anglo", 20],
					["maghrebi", 6],
					["arabic", 4],
					["italian", 3],
					["latin-american", 3],
					["chinese", 2]
				]
			}
		],
		[
			"Vancouver",
			"America/Vancouver",
			18
		],
		[
			"Ottawa",
			"America/Toronto",
			8
		],
		[
			"Winnipeg",
			"America/Winnipeg",
			6
		],
		[
			"Halifax",
			"America/Halifax",
			5
		],
		[
			"Calgary",
			"America/Edmonton",
			5
		],
		[
			"Edmonton",
			"America/Edmonton",
			4
		],
		[
			"Victoria",
			"America/Vancouver",
			4
		],
		[
			"Quebec City",
			"America/Toronto",
			4,
			{
				names: {
					fr: "Québec",
					es: "Quebec"
				},
				languages: ["fr", "en"],
				pools: [
					["quebecois", 90],
					["anglo", 6],
					["maghrebi", 4]
				]
			}
		],
		[
			"Regina",
			"America/Regina",
			2
		],
		[
			"St. John's",
			"America/St_Johns",
			2
		]
	]),
	country("MX", "north-america", 80, ["es"], [["latin-american", 100]], [
		[
			"Mexico City",
			"America/Mexico_City",
			40,
			{ names: { es: "Ciudad de México" } }
		],
		[
			"Guadalajara",
			"America/Mexico_City",
			12
		],
		[
			"Monterrey",
			"America/Monterrey",
			8
		],
		[
			"Oaxaca",
			"America/Mexico_City",
			8
		],
		[
			"Puebla",
			"America/Mexico_City",
			6
		],
		[
			"San Cristóbal de las Casas",
			"America/Mexico_City",
			5
		],
		[
			"Tijuana",
			"America/Tijuana",
			5
		],
		[
			"Mérida",
			"America/Merida",
			4
		],
		[
			"Querétaro",
			"America/Mexico_City",
			4
		],
		[
			"Hermosillo",
			"America/Hermosillo",
			2
		]
	]),
	country("CU", "north-america", 6, ["es"], [["latin-american", 100]], [
		[
			"Havana",
			"America/Havana",
			60,
			{ names: { es: "La Habana" } }
		],
		[
			"Santiago de Cuba",
			"America/Havana",
			20
		],
		[
			"Camagüey",
			"America/Havana",
			10
		],
		[
			"Cienfuegos",
			"America/Havana",
			10
		]
	]),
	country("GT", "north-america", 6, ["es"], [["latin-american", 100]], [
		[
			"Guatemala City",
			"America/Guatemala",
			60,
			{ names: { es: "Ciudad de Guatemala" } }
		],
		[
			"Quetzaltenango",
			"America/Guatemala",
			25
		],
		[
			"Antigua Guatemala",
			"America/Guatemala",
			15
		]
	]),
	country("CR", "north-america", 10, ["es"], [["latin-american", 100]], [
		[
			"San José",
			"America/Costa_Rica",
			60
		],
		[
			"Heredia",
			"America/Costa_Rica",
			15
		],
		[
			"Alajuela",
			"America/Costa_Rica",
			15
		],
		[
			"Cartago",
			"America/Costa_Rica",
			10
		]
	]),
	country("NI", "north-america", 6, ["es"], [["latin-american", 100]], [
		[
			"Managua",
			"America/Managua",
			60
		],
		[
			"León",
			"America/Managua",
			25
		],
		[
			"Granada",
			"America/Managua",
			15
		]
	]),
	country("SV", "north-america", 5, ["es"], [["latin-american", 100]], [
		[
			"San Salvador",
			"America/El_Salvador",
			70
		],
		[
			"Santa Ana",
			"America/El_Salvador",
			20
		],
		[
			"San Miguel",
			"America/El_Salvador",
			10
		]
	]),
	country("DO", "north-america", 5, ["es"], [["latin-american", 100]], [
		[
			"Santo Domingo",
			"America/Santo_Domingo",
			65
		],
		[
			"Santiago de los Caballeros",
			"America/Santo_Domingo",
			25
		],
		[
			"Puerto Plata",
			"America/Santo_Domingo",
			10
		]
	]),
	country("PA", "north-america", 4, ["es", "en"], [["latin-american", 100]], [
		[
			"Panama City",
			"America/Panama",
			75,
			{ names: { es: "Ciudad de Panamá" } }
		],
		[
			"Colón",
			"America/Panama",
			15
		],
		[
			"David",
			"America/Panama",
			10
		]
	]),
	country("BR", "south-america", 85, ["pt"], [
		["brazilian", 95],
		["japanese", 2],
		["italian", 2],
		["arabic", 1]
	], [
		[
			"São Paulo",
			"America/Sao_Paulo",
			30
		],
		[
			"Rio de Janeiro",
			"America/Sao_Paulo",
			20
		],
		[
			"Porto Alegre",
			"America/Sao_Paulo",
			12
		],
		[
			"Belo Horizonte",
			"America/Sao_Paulo",
			8
		],
		[
			"Salvador",
			"America/Bahia",
			7
		],
		[
			"Recife",
			"America/Recife",
			6
		],
		[
			"Brasília",
			"America/Sao_Paulo",
			6
		],
		[
			"Curitiba",
			"America/Sao_Paulo",
			5
		],
		[
			"Fortaleza",
			"America/Fortaleza",
			4
		],
		[
			"Florianópolis",
			"America/Sao_Paulo",
			4
		],
		[
			"Belém",
			"America/Belem",
			3
		],
		[
			"Manaus",
			"America/Manaus",
			2
		]
	]),
	country("AR", "south-america", 80, ["es"], [
		["latin-american", 92],
		["italian", 6],
		["hebrew", 2]
	], [
		[
			"Buenos Aires",
			"America/Argentina/Buenos_Aires",
			50
		],
		[
			"Córdoba",
			"America/Argentina/Cordoba",
			12
		],
		[
			"Rosario",
			"America/Argentina/Cordoba",
			10
		],
		[
			"La Plata",
			"America/Argentina/Buenos_Aires",
			7
		],
		[
			"Mendoza",
			"America/Argentina/Mendoza",
			6
		],
		[
			"Mar del Plata",
			"America/Argentina/Buenos_Aires",
			4
		],
		[
			"San Miguel de Tucumán",
			"America/Argentina/Tucuman",
			4
		],
		[
			"Neuquén",
			"America/Argentina/Salta",
			3
		],
		[
			"Salta",
			"America/Argentina/Salta",
			3
		],
		[
			"San Carlos de Bariloche",
			"America/Argentina/Salta",
			2
		]
	]),
	country("CL", "south-america", 30, ["es"], [["latin-american", 100]], [
		[
			"Santiago",
			"America/Santiago",
			55
		],
		[
			"Valparaíso",
			"America/Santiago",
			15
		],
		[
			"Concepción",
			"America/Santiago",
			12
		],
		[
			"Temuco",
			"America/Santiago",
			8
		],
		[
			"Valdivia",
			"America/Santiago",
			5
		],
		[
			"Antofagasta",
			"America/Santiago",
			5
		],
		[
			"Punta Arenas",
			"America/Punta_Arenas",
			3
		]
	]),
	country("CO", "south-america", 30, ["es"], [["latin-american", 100]], [
		[
			"Bogotá",
			"America/Bogota",
			45
		],
		[
			"Medellín",
			"America/Bogota",
			20
		],
		[
			"Cali",
			"America/Bogota",
			15
		],
		[
			"Barranquilla",
			"America/Bogota",
			8
		],
		[
			"Bucaramanga",
			"America/Bogota",
			6
		],
		[
			"Cartagena",
			"America/Bogota",
			6
		]
	]),
	country("VE", "south-america", 20, ["es"], [["latin-american", 100]], [
		[
			"Caracas",
			"America/Caracas",
			55
		],
		[
			"Maracaibo",
			"America/Caracas",
			15
		],
		[
			"Valencia",
			"America/Caracas",
			12
		],
		[
			"Mérida",
			"America/Caracas",
			10
		],
		[
			"Barquisimeto",
			"America/Caracas",
			8
		]
	]),
	country("PE", "south-america", 15, ["es", "qu"], [["latin-american", 70], ["andean", 30]], [
		[
			"Lima",
			"America/Lima",
			55
		],
		[
			"Cusco",
			"America/Lima",
			15,
			{ pools: [["andean", 60], ["latin-american", 40]] }
		],
		[
			"Arequipa",
			"America/Lima",
			15
		],
		[
			"Trujillo",
			"America/Lima",
			8
		],
		[
			"Puno",
			"America/Lima",
			7,
			{
				languages: [
					"es",
					"qu",
					"ay"
				],
				pools: [["andean", 70], ["latin-american", 30]]
			}
		]
	]),
	country("UY", "south-america", 15, ["es"], [["latin-american", 90], ["italian", 10]], [
		[
			"Montevideo",
			"America/Montevideo",
			80
		],
		[
			"Salto",
			"America/Montevideo",
			8
		],
		[
			"Paysandú",
			"America/Montevideo",
			6
		],
		[
			"Maldonado",
			"America/Montevideo",
			6
		]
	]),
	country("EC", "south-america", 12, ["es", "qu"], [["latin-american", 80], ["andean", 20]], [
		[
			"Quito",
			"America/Guayaquil",
			50
		],
		[
			"Guayaquil",
			"America/Guayaquil",
			30
		],
		[
			"Cuenca",
			"America/Guayaquil",
			15
		],
		[
			"Otavalo",
			"America/Guayaquil",
			5,
			{ pools: [["andean", 70], ["latin-american", 30]] }
		]
	]),
	country("BO", "south-america", 8, [
		"es",
		"qu",
		"ay"
	], [["latin-american", 55], ["andean", 45]], [
		[
			"La Paz",
			"America/La_Paz",
			40
		],
		[
			"Cochabamba",
			"America/La_Paz",
			25
		],
		[
			"El Alto",
			"America/La_Paz",
			15,
			{
				languages: ["es", "ay"],
				pools: [["andean", 80], ["latin-american", 20]]
			}
		],
		[
			"Santa Cruz de la Sierra",
			"America/La_Paz",
			15,
			{ pools: [["latin-american", 85], ["andean", 15]] }
		],
		[
			"Sucre",
			"America/La_Paz",
			5
		]
	]),
	country("GB", "europe", 310, ["en"], [
		["anglo", 76],
		["irish", 3],
		["hindi", 4],
		["urdu", 4],
		["bangladeshi", 2],
		["yoruba", 2],
		["igbo", 1],
		["polish", 2],
		["greek", 1],
		["turkish", 1],
		["arabic", 1],
		["chinese-southern", 1],
		["italian", 1],
		["spanish", 1]
	], [
		[
			"London",
			"Europe/London",
			40,
			{ names: {
				es: "Londres",
				fr: "Londres",
				pt: "Londres",
				ar: "لندن"
			} }
		],
		[
			"Manchester",
			"Europe/London",
			10
		],
		[
			"Glasgow",
			"Europe/London",
			8
		],
		[
			"Bristol",
			"Europe/London",
			8
		],
		[
			"Leeds",
			"Europe/London",
			6
		],
		[
			"Edinburgh",
			"Europe/London",
			6
		],
		[
			"Birmingham",
			"Europe/London",
			6
		],
		[
			"Brighton",
			"Europe/London",
			5
		],
		[
			"Sheffield",
			"Europe/London",
			5
		],
		[
			"Cardiff",
			"Europe/London",
			4,
			{ languages: ["en", "cy"] }
		],
		[
			"Newcastle upon Tyne",
			"Europe/London",
			4
		],
		[
			"Belfast",
			"Europe/London",
			3,
			{
				pools: [["anglo", 55], ["irish", 45]],
				languages: ["en", "ga"]
			}
		]
	]),
	country("IE", "europe", 55, ["en", "ga"], [
		["irish", 75],
		["anglo", 15],
		["polish", 5],
		["yoruba", 2],
		["hindi", 2],
		["brazilian", 1]
	], [
		[
			"Dublin",
			"Europe/Dublin",
			50
		],
		[
			"Cork",
			"Europe/Dublin",
			15
		],
		[
			"Galway",
			"Europe/Dublin",
			12
		],
		[
			"Limerick",
			"Europe/Dublin",
			8
		],
		[
			"Waterford",
			"Europe/Dublin",
			5
		],
		[
			"Sligo",
			"Europe/Dublin",
			3
		]
	]),
	country("DE", "europe", 105, ["de"], [
		["german", 84],
		["turkish", 6],
		["polish", 2],
		["arabic", 2],
		["kurdish", 2],
		["persian", 1],
		["greek", 1],
		["italian", 1],
		["croatian", 1]
	], [
		[
			"Berlin",
			"Europe/Berlin",
			35
		],
		[
			"Hamburg",
			"Europe/Berlin",
			12
		],
		[
			"Leipzig",
			"Europe/Berlin",
			10
		],
		[
			"Munich",
			"Europe/Berlin",
			9,
			{ names: {
				de: "München",
				es: "Múnich"
			} }
		],
		[
			"Cologne",
			"Europe/Berlin",
			8,
			{ names: {
				de: "Köln",
				es: "Colonia"
			} }
		],
		[
			"Frankfurt",
			"Europe/Berlin",
			7
		],
		[
			"Freiburg",
			"Europe/Berlin",
			5
		],
		[
			"Dresden",
			"Europe/Berlin",
			4
		],
		[
			"Bremen",
			"Europe/Berlin",
			4
		],
		[
			"Stuttgart",
			"Europe/Berlin",
			4
		],
		[
			"Göttingen",
			"Europe/Berlin",
			3
		],
		[
			"Nuremberg",
			"Europe/Berlin",
			3,
			{ names: {
				de: "Nürnberg",
				es: "Núremberg"
			} }
		]
	]),
	country("ES", "europe", 115, ["es"], [
		["spanish", 90],
		["latin-american", 6],
		["maghrebi", 2],
		["romanian", 2]
	], [
		[
			"Madrid",
			"Europe/Madrid",
			30
		],
		[
			"Barcelona",
			"Europe/Madrid",
			25,
			{ languages: ["ca", "es"] }
		],
		[
			"Valencia",
			"Europe/Madrid",
			8,
			{ languages: ["es", "ca"] }
		],
		[
			"Seville",
			"Europe/Madrid",
			7,
			{ names: { es: "Sevilla" } }
		],
		[
			"Bilbao",
			"Europe/Madrid",
			6,
			{ languages: ["es", "eu"] }
		],
		[
			"Zaragoza",
			"Europe/Madrid",
			5
		],
		[
			"Granada",
			"Europe/Madrid",
			5
		],
		[
			"Málaga",
			"Europe/Madrid",
			4
		],
		[
			"A Coruña",
			"Europe/Madrid",
			3,
			{ languages: ["es", "gl"] }
		],
		[
			"Las Palmas de Gran Canaria",
			"Atlantic/Canary",
			3
		],
		[
			"Santiago de Compostela",
			"Europe/Madrid",
			2,
			{ languages: ["gl", "es"] }
		],
		[
			"Palma",
			"Europe/Madrid",
			2,
			{ languages: ["es", "ca"] }
		]
	]),
	country("SE", "europe", 70, ["sv"], [
		["swedish", 82],
		["persian", 4],
		["arabic", 3],
		["kurdish", 3],
		["finnish", 2],
		["latin-american", 2],
		["serbian", 2],
		["turkish", 2]
	], [
		[
			"Stockholm",
			"Europe/Stockholm",
			40
		],
		[
			"Gothenburg",
			"Europe/Stockholm",
			18,
			{ names: {
				de: "Göteborg",
				es: "Gotemburgo"
			} }
		],
		[
			"Malmö",
			"Europe/Stockholm",
			15
		],
		[
			"Uppsala",
			"Europe/Stockholm",
			10
		],
		[
			"Lund",
			"Europe/Stockholm",
			6
		],
		[
			"Umeå",
			"Europe/Stockholm",
			5
		],
		[
			"Örebro",
			"Europe/Stockholm",
			3
		],
		[
			"Linköping",
			"Europe/Stockholm",
			3
		]
	]),
	country("NL", "europe", 50, ["nl"], [
		["dutch", 85],
		["turkish", 4],
		["maghrebi", 4],
		["indonesian", 2],
		["anglo", 2],
		["german", 2],
		["polish", 1]
	], [
		[
			"Amsterdam",
			"Europe/Amsterdam",
			40
		],
		[
			"Rotterdam",
			"Europe/Amsterdam",
			15
		],
		[
			"Utrecht",
			"Europe/Amsterdam",
			15
		],
		[
			"The Hague",
			"Europe/Amsterdam",
			10,
			{ names: {
				de: "Den Haag",
				fr: "La Haye",
				es: "La Haya"
			} }
		],
		[
			"Nijmegen",
			"Europe/Amsterdam",
			8
		],
		[
			"Groningen",
			"Europe/Amsterdam",
			7
		],
		[
			"Leiden",
			"Europe/Amsterdam",
			5
		]
	]),
	country("GR", "europe", 60, ["el"], [["greek", 100]], [
		[
			"Athens",
			"Europe/Athens",
			55,
			{ names: {
				es: "Atenas",
				fr: "Athènes",
				de: "Athen"
			} }
		],
		[
			"Thessaloniki",
			"Europe/Athens",
			25
		],
		[
			"Patras",
			"Europe/Athens",
			8
		],
		[
			"Heraklion",
			"Europe/Athens",
			6
		],
		[
			"Volos",
			"Europe/Athens",
			4
		],
		[
			"Ioannina",
			"Europe/Athens",
			3
		]
	]),
	country("FR", "europe", 40, ["fr"], [
		["french", 84],
		["maghrebi", 8],
		["senegalese", 2],
		["portuguese", 2],
		["vietnamese", 1],
		["italian", 1],
		["spanish", 1],
		["turkish", 1]
	], [
		[
			"Paris",
			"Europe/Paris",
			40
		],
		[
			"Lyon",
			"Europe/Paris",
			12
		],
		[
			"Marseille",
			"Europe/Paris",
			12
		],
		[
			"Toulouse",
			"Europe/Paris",
			10
		],
		[
			"Nantes",
			"Europe/Paris",
			7
		],
		[
			"Bordeaux",
			"Europe/Paris",
			6
		],
		[
			"Lille",
			"Europe/Paris",
			6
		],
		[
			"Grenoble",
			"Europe/Paris",
			5
		],
		[
			"Montpellier",
			"Europe/Paris",
			5
		],
		[
			"Rennes",
			"Europe/Paris",
			4
		],
		[
			"Strasbourg",
			"Europe/Paris",
			4,
			{ names: { de: "Straßburg" } }
		]
	]),
	country("IT", "europe", 40, ["it"], [["italian", 100]], [
		[
			"Rome",
			"Europe/Rome",
			25,
			{ names: {
				es: "Roma",
				pt: "Roma",
				de: "Rom"
			} }
		],
		[
			"Milan",
			"Europe/Rome",
			20,
			{ names: {
				es: "Milán",
				pt: "Milão",
				fr: "Milan",
				de: "Mailand"
			} }
		],
		[
			"Bologna",
			"Europe/Rome",
			15
		],
		[
			"Naples",
			"Europe/Rome",
			12,
			{ names: {
				es: "Nápoles",
				de: "Neapel"
			} }
		],
		[
			"Turin",
			"Europe/Rome",
			10,
			{ names: { es: "Turín" } }
		],
		[
			"Florence",
			"Europe/Rome",
			8,
			{ names: {
				es: "Florencia",
				de: "Florenz"
			} }
		],
		[
			"Palermo",
			"Europe/Rome",
			5
		],
		[
			"Padua",
			"Europe/Rome",
			4
		],
		[
			"Genoa",
			"Europe/Rome",
			4,
			{ names: {
				es: "Génova",
				fr: "Gênes",
				de: "Genua"
			} }
		]
	]),
	country("PT", "europe", 25, ["pt"], [
		["portuguese", 90],
		["brazilian", 8],
		["senegalese", 2]
	], [
		[
			"Lisbon",
			"Europe/Lisbon",
			50,
			{ names: {
				pt: "Lisboa",
				es: "Lisboa",
				fr: "Lisbonne",
				de: "Lissabon"
			} }
		],
		[
			"Porto",
			"Europe/Lisbon",
			25,
			{ names: { es: "Oporto" } }
		],
		[
			"Coimbra",
			"Europe/Lisbon",
			10
		],
		[
			"Braga",
			"Europe/Lisbon",
			5
		],
		[
			"Faro",
			"Europe/Lisbon",
			4
		],
		[
			"Funchal",
			"Atlantic/Madeira",
			3
		],
		[
			"Ponta Delgada",
			"Atlantic/Azores",
			3
		]
	]),
	country("NO", "europe", 25, ["no"], [
		["dano-norwegian", 90],
		["swedish", 3],
		["persian", 2],
		["polish", 2],
		["tamil", 2],
		["kurdish", 1]
	], [
		[
			"Oslo",
			"Europe/Oslo",
			50
		],
		[
			"Bergen",
			"Europe/Oslo",
			20
		],
		[
			"Trondheim",
			"Europe/Oslo",
			15
		],
		[
			"Stavanger",
			"Europe/Oslo",
			8
		],
		[
			"Tromsø",
			"Europe/Oslo",
			7
		]
	]),
	country("DK", "europe", 25, ["da"], [
		["dano-norwegian", 92],
		["turkish", 3],
		["arabic", 2],
		["swedish", 2],
		["persian", 1]
	], [
		[
			"Copenhagen",
			"Europe/Copenhagen",
			55,
			{ names: {
				de: "Kopenhagen",
				es: "Copenhague",
				fr: "Copenhague"
			} }
		],
		[
			"Aarhus",
			"Europe/Copenhagen",
			25
		],
		[
			"Odense",
			"Europe/Copenhagen",
			10
		],
		[
			"Aalborg",
			"Europe/Copenhagen",
			10
		]
	]),
	country("FI", "europe", 15, ["fi", "sv"], [["finnish", 92], ["swedish", 8]], [
		[
			"Helsinki",
			"Europe/Helsinki",
			55
		],
		[
			"Tampere",
			"Europe/Helsinki",
			20
		],
		[
			"Turku",
			"Europe/Helsinki",
			15
		],
		[
			"Oulu",
			"Europe/Helsinki",
			10
		]
	]),
	country("BE", "europe", 20, ["nl", "fr"], [
		["dutch", 48],
		["french", 36],
		["maghrebi", 8],
		["turkish", 4],
		["italian", 4]
	], [
		[
			"Brussels",
			"Europe/Brussels",
			45,
			{
				names: {
					fr: "Bruxelles",
					es: "Bruselas",
					de: "Brüssel",
					pt: "Bruxelas"
				},
				languages: ["fr", "nl"],
				pools: [
					["french", 48],
					["dutch", 25],
					["maghrebi", 15],
					["turkish", 5],
					["italian", 4],
					["portuguese", 3]
				]
			}
		],
		[
			"Antwerp",
			"Europe/Brussels",
			20,
			{ names: {
				fr: "Anvers",
				de: "Antwerpen",
				es: "Amberes"
			} }
		],
		[
			"Ghent",
			"Europe/Brussels",
			20,
			{ names: {
				fr: "Gand",
				de: "Gent",
				es: "Gante"
			} }
		],
		[
			"Liège",
			"Europe/Brussels",
			10,
			{
				languages: ["fr"],
				pools: [
					["french", 85],
					["italian", 10],
					["maghrebi", 5]
				]
			}
		],
		[
			"Leuven",
			"Europe/Brussels",
			5,
			{ names: { fr: "Louvain" } }
		]
	]),
	country("AT", "europe", 20, ["de"], [
		["german", 88],
		["turkish", 4],
		["serbian", 3],
		["croatian", 3],
		["polish", 2]
	], [
		[
			"Vienna",
			"Europe/Vienna",
			60,
			{ names: {
				de: "Wien",
				es: "Viena",
				fr: "Vienne",
				pt: "Viena"
			} }
		],
		[
			"Graz",
			"Europe/Vienna",
			15
		],
		[
			"Linz",
			"Europe/Vienna",
			10
		],
		[
			"Innsbruck",
			"Europe/Vienna",
			8
		],
		[
			"Salzburg",
			"Europe/Vienna",
			7,
			{ names: { es: "Salzburgo" } }
		]
	]),
	country("CH", "europe", 20, [
		"de",
		"fr",
		"it"
	], [
		["german", 80],
		["italian", 7],
		["croatian", 4],
		["portuguese", 3],
		["turkish", 3],
		["french", 3]
	], [
		[
			"Zurich",
			"Europe/Zurich",
			30,
			{ names: {
				de: "Zürich",
				es: "Zúrich"
			} }
		],
		[
			"Geneva",
			"Europe/Zurich",
			20,
			{
				names: {
					fr: "Genève",
					de: "Genf",
					es: "Ginebra",
					pt: "Genebra"
				},
				languages: ["fr", "en"],
				pools: [
					["french", 80],
					["portuguese", 6],
					["italian", 5],
					["german", 5],
					["maghrebi", 4]
				]
			}
		],
		[
			"Bern",
			"Europe/Zurich",
			12,
			{ names: {
				fr: "Berne",
				es: "Berna"
			} }
		],
		[
			"Basel",
			"Europe/Zurich",
			12,
			{ names: {
				fr: "Bâle",
				es: "Basilea"
			} }
		],
		[
			"Lausanne",
			"Europe/Zurich",
			12,
			{
				languages: ["fr"],
				pools: [
					["french", 85],
					["portuguese", 6],
					["italian", 5],
					["german", 4]
				]
			}
		],
		[
			"Lugano",
			"Europe/Zurich",
			5,
			{
				languages: ["it", "de"],
				pools: [["italian", 90], ["german", 10]]
			}
		]
	]),
	country("PL", "europe", 20, ["pl"], [["polish", 100]], [
		[
			"Warsaw",
			"Europe/Warsaw",
			40,
			{ names: {
				de: "Warschau",
				es: "Varsovia",
				fr: "Varsovie"
			} }
		],
		[
			"Kraków",
			"Europe/Warsaw",
			20,
			{ names: {
				de: "Krakau",
				es: "Cracovia",
				fr: "Cracovie"
			} }
		],
		[
			"Wrocław",
			"Europe/Warsaw",
			12
		],
		[
			"Poznań",
			"Europe/Warsaw",
			10
		],
		[
			"Gdańsk",
			"Europe/Warsaw",
			10
		],
		[
			"Łódź",
			"Europe/Warsaw",
			8
		]
	]),
	country("HU", "europe", 12, ["hu"], [["hungarian", 100]], [
		[
			"Budapest",
			"Europe/Budapest",
			70
		],
		[
			"Debrecen",
			"Europe/Budapest",
			10
		],
		[
			"Szeged",
			"Europe/Budapest",
			10
		],
		[
			"Pécs",
			"Europe/Budapest",
			10
		]
	]),
	country("CZ", "europe", 10, ["cs"], [["czech", 100]], [
		[
			"Prague",
			"Europe/Prague",
			65,
			{ names: {
				de: "Prag",
				es: "Praga",
				pt: "Praga"
			} }
		],
		[
			"Brno",
			"Europe/Prague",
			25
		],
		[
			"Olomouc",
			"Europe/Prague",
			10
		]
	]),
	country("HR", "europe", 12, ["hr"], [["croatian", 100]], [
		[
			"Zagreb",
			"Europe/Zagreb",
			60
		],
		[
			"Split",
			"Europe/Zagreb",
			20
		],
		[
			"Rijeka",
			"Europe/Zagreb",
			12
		],
		[
			"Osijek",
			"Europe/Zagreb",
			8
		]
	]),
	country("RS", "europe", 10, ["sr"], [["serbian", 100]], [
		[
			"Belgrade",
			"Europe/Belgrade",
			70,
			{ names: {
				de: "Belgrad",
				es: "Belgrado"
			} }
		],
		[
			"Novi Sad",
			"Europe/Belgrade",
			20
		],
		[
			"Niš",
			"Europe/Belgrade",
			10
		]
	]),
	country("RO", "europe", 8, ["ro"], [["romanian", 100]], [
		[
			"Bucharest",
			"Europe/Bucharest",
			55,
			{ names: {
				de: "Bukarest",
				es: "Bucarest"
			} }
		],
		[
			"Cluj-Napoca",
			"Europe/Bucharest",
			25
		],
		[
			"Iași",
			"Europe/Bucharest",
			10
		],
		[
			"Timișoara",
			"Europe/Bucharest",
			10
		]
	]),
	country("IS", "europe", 5, ["is"], [["icelandic", 100]], [
		[
			"Reykjavík",
			"Atlantic/Reykjavik",
			80
		],
		[
			"Akureyri",
			"Atlantic/Reykjavik",
			12
		],
		[
			"Hafnarfjörður",
			"Atlantic/Reykjavik",
			8
		]
	]),
	country("UA", "europe", 8, ["uk", "ru"], [["ukrainian", 100]], [
		[
			"Kyiv",
			"Europe/Kyiv",
			50,
			{ names: {
				de: "Kyjiw",
				es: "Kiev"
			} }
		],
		[
			"Lviv",
			"Europe/Kyiv",
			20
		],
		[
			"Kharkiv",
			"Europe/Kyiv",
			15,
			{ languages: ["uk", "ru"] }
		],
		[
			"Odesa",
			"Europe/Kyiv",
			15
		]
	]),
	country("IN", "asia", 100, ["hi", "en"], [["hindi", 100]], [
		[
			"Delhi",
			"Asia/Kolkata",
			22
		],
		[
			"Mumbai",
			"Asia/Kolkata",
			18,
			{ languages: [
				"mr",
				"hi",
				"en"
			] }
		],
		[
			"Bengaluru",
			"Asia/Kolkata",
			15,
			{
				languages: [
					"kn",
					"en",
					"hi"
				],
				pools: [
					["hindi", 55],
					["tamil", 35],
					["bengali", 10]
				]
			}
		],
		[
			"Kolkata",
			"Asia/Kolkata",
			14,
			{
				languages: [
					"bn",
					"en",
					"hi"
				],
				pools: [["bengali", 85], ["hindi", 15]]
			}
		],
		[
			"Chennai",
			"Asia/Kolkata",
			10,
			{
				languages: ["ta", "en"],
				pools: [["tamil", 88], ["hindi", 12]]
			}
		],
		[
			"Hyderabad",
			"Asia/Kolkata",
			7,
			{
				languages: [
					"te",
					"ur",
					"en"
				],
				pools: [
					["hindi", 60],
					["urdu", 30],
					["tamil", 10]
				]
			}
		],
		[
			"Pune",
			"Asia/Kolkata",
			6,
			{ languages: [
				"mr",
				"en",
				"hi"
			] }
		],
		[
			"Jaipur",
			"Asia/Kolkata",
			3
		],
		[
			"Lucknow",
			"Asia/Kolkata",
			3,
			{
				languages: [
					"hi",
					"ur",
					"en"
				],
				pools: [["hindi", 75], ["urdu", 25]]
			}
		],
		[
			"Ahmedabad",
			"Asia/Kolkata",
			2,
			{ languages: [
				"gu",
				"hi",
				"en"
			] }
		]
	]),
	country("PH", "asia", 35, ["tl", "en"], [["filipino", 100]], [
		[
			"Manila",
			"Asia/Manila",
			35
		],
		[
			"Quezon City",
			"Asia/Manila",
			25
		],
		[
			"Cebu City",
			"Asia/Manila",
			15,
			{ languages: ["en", "tl"] }
		],
		[
			"Davao City",
			"Asia/Manila",
			10,
			{ languages: ["en", "tl"] }
		],
		[
			"Baguio",
			"Asia/Manila",
			8
		],
		[
			"Iloilo City",
			"Asia/Manila",
			7,
			{ languages: ["en", "tl"] }
		]
	]),
	country("TR", "asia", 45, ["tr"], [["turkish", 85], ["kurdish", 15]], [
		[
			"Istanbul",
			"Europe/Istanbul",
			50,
			{ names: {
				es: "Estambul",
				pt: "Istambul",
				ar: "إسطنبول"
			} }
		],
		[
			"Ankara",
			"Europe/Istanbul",
			18
		],
		[
			"Izmir",
			"Europe/Istanbul",
			14,
			{ names: { de: "İzmir" } }
		],
		[
			"Diyarbakır",
			"Europe/Istanbul",
			8,
			{
				languages: ["ku", "tr"],
				pools: [["kurdish", 75], ["turkish", 25]]
			}
		],
		[
			"Eskişehir",
			"Europe/Istanbul",
			4
		],
		[
			"Antalya",
			"Europe/Istanbul",
			3
		],
		[
			"Mersin",
			"Europe/Istanbul",
			3
		]
	]),
	country("JP", "asia", 15, ["ja"], [["japanese", 100]], [
		[
			"Tokyo",
			"Asia/Tokyo",
			50,
			{ names: {
				es: "Tokio",
				de: "Tokio",
				pt: "Tóquio"
			} }
		],
		[
			"Osaka",
			"Asia/Tokyo",
			18
		],
		[
			"Kyoto",
			"Asia/Tokyo",
			12
		],
		[
			"Fukuoka",
			"Asia/Tokyo",
			7
		],
		[
			"Sapporo",
			"Asia/Tokyo",
			6
		],
		[
			"Nagoya",
			"Asia/Tokyo",
			5
		],
		[
			"Naha",
			"Asia/Tokyo",
			2
		]
	]),
	country("KR", "asia", 15, ["ko"], [["korean", 100]], [
		[
			"Seoul",
			"Asia/Seoul",
			55,
			{ names: { es: "Seúl" } }
		],
		[
			"Busan",
			"Asia/Seoul",
			15
		],
		[
			"Incheon",
			"Asia/Seoul",
			8
		],
		[
			"Gwangju",
			"Asia/Seoul",
			8
		],
		[
			"Daegu",
			"Asia/Seoul",
			6
		],
		[
			"Daejeon",
			"Asia/Seoul",
			5
		],
		[
			"Jeonju",
			"Asia/Seoul",
			3
		]
	]),
	country("TW", "asia", 8, ["zh"], [["taiwanese", 100]], [
		[
			"Taipei",
			"Asia/Taipei",
			55,
			{ names: { es: "Taipéi" } }
		],
		[
			"Kaohsiung",
			"Asia/Taipei",
			15
		],
		[
			"Taichung",
			"Asia/Taipei",
			15
		],
		[
			"Tainan",
			"Asia/Taipei",
			10
		],
		[
			"Hsinchu",
			"Asia/Taipei",
			5
		]
	]),
	country("ID", "asia", 12, ["id"], [["indonesian", 100]], [
		[
			"Jakarta",
			"Asia/Jakarta",
			40,
			{ names: { es: "Yakarta" } }
		],
		[
			"Yogyakarta",
			"Asia/Jakarta",
			20
		],
		[
			"Bandung",
			"Asia/Jakarta",
			15
		],
		[
			"Surabaya",
			"Asia/Jakarta",
			12
		],
		[
			"Denpasar",
			"Asia/Makassar",
			8
		],
		[
			"Makassar",
			"Asia/Makassar",
			5
		],
		[
			"Medan",
			"Asia/Jakarta",
			5
		]
	]),
	country("MY", "asia", 10, [
		"ms",
		"en",
		"zh",
		"ta"
	], [
		["malay", 50],
		["chinese-southern", 35],
		["tamil", 15]
	], [
		[
			"Kuala Lumpur",
			"Asia/Kuala_Lumpur",
			55
		],
		[
			"George Town",
			"Asia/Kuala_Lumpur",
			20,
			{ pools: [
				["chinese-southern", 55],
				["malay", 30],
				["tamil", 15]
			] }
		],
		[
			"Johor Bahru",
			"Asia/Kuala_Lumpur",
			10
		],
		[
			"Kota Kinabalu",
			"Asia/Kuching",
			8
		],
		[
			"Kuching",
			"Asia/Kuching",
			7
		]
	]),
	country("TH", "asia", 8, ["th", "en"], [["thai", 100]], [
		[
			"Bangkok",
			"Asia/Bangkok",
			65
		],
		[
			"Chiang Mai",
			"Asia/Bangkok",
			25
		],
		[
			"Khon Kaen",
			"Asia/Bangkok",
			10
		]
	]),
	country("VN", "asia", 6, ["vi"], [["vietnamese", 100]], [
		[
			"Hanoi",
			"Asia/Ho_Chi_Minh",
			45,
			{ names: {
				es: "Hanói",
				pt: "Hanói"
			} }
		],
		[
			"Ho Chi Minh City",
			"Asia/Ho_Chi_Minh",
			40,
			{ names: { es: "Ciudad Ho Chi Minh" } }
		],
		[
			"Da Nang",
			"Asia/Ho_Chi_Minh",
			10
		],
		[
			"Huế",
			"Asia/Ho_Chi_Minh",
			5
		]
	]),
	country("PK", "asia", 15, ["ur", "en"], [["urdu", 100]], [
		[
			"Karachi",
			"Asia/Karachi",
			35,
			{ languages: [
				"ur",
				"sd",
				"en"
			] }
		],
		[
			"Lahore",
			"Asia/Karachi",
			35,
			{ languages: [
				"pa",
				"ur",
				"en"
			] }
		],
		[
			"Islamabad",
			"Asia/Karachi",
			20
		],
		[
			"Peshawar",
			"Asia/Karachi",
			5,
			{ languages: [
				"ps",
				"ur",
				"en"
			] }
		],
		[
			"Faisalabad",
			"Asia/Karachi",
			5,
			{ languages: [
				"pa",
				"ur",
				"en"
			] }
		]
	]),
	country("BD", "asia", 12, ["bn", "en"], [["bangladeshi", 92], ["bengali", 8]], [
		[
			"Dhaka",
			"Asia/Dhaka",
			65
		],
		[
			"Chittagong",
			"Asia/Dhaka",
			20
		],
		[
			"Sylhet",
			"Asia/Dhaka",
			8
		],
		[
			"Khulna",
			"Asia/Dhaka",
			7
		]
	]),
	country("NP", "asia", 10, ["ne", "en"], [["nepali", 100]], [
		[
			"Kathmandu",
			"Asia/Kathmandu",
			65,
			{ names: { es: "Katmandú" } }
		],
		[
			"Pokhara",
			"Asia/Kathmandu",
			15
		],
		[
			"Lalitpur",
			"Asia/Kathmandu",
			12
		],
		[
			"Biratnagar",
			"Asia/Kathmandu",
			8
		]
	]),
	country("LK", "asia", 6, [
		"si",
		"ta",
		"en"
	], [["sinhala", 75], ["tamil", 25]], [
		[
			"Colombo",
			"Asia/Colombo",
			55
		],
		[
			"Kandy",
			"Asia/Colombo",
			20
		],
		[
			"Jaffna",
			"Asia/Colombo",
			15,
			{
				languages: ["ta", "en"],
				pools: [["tamil", 95], ["sinhala", 5]]
			}
		],
		[
			"Galle",
			"Asia/Colombo",
			10
		]
	]),
	country("IL", "asia", 15, [
		"he",
		"en",
		"ar"
	], [["hebrew", 85], ["arabic", 15]], [
		[
			"Tel Aviv",
			"Asia/Jerusalem",
			45,
			{ names: { ar: "تل أبيب" } }
		],
		[
			"Jerusalem",
			"Asia/Jerusalem",
			25,
			{ names: {
				ar: "القدس",
				es: "Jerusalén",
				fr: "Jérusalem"
			} }
		],
		[
			"Haifa",
			"Asia/Jerusalem",
			20,
			{
				names: { ar: "حيفا" },
				pools: [["hebrew", 70], ["arabic", 30]]
			}
		],
		[
			"Nazareth",
			"Asia/Jerusalem",
			5,
			{
				names: { ar: "الناصرة" },
				languages: [
					"ar",
					"he",
					"en"
				],
				pools: [["arabic", 100]]
			}
		],
		[
			"Be'er Sheva",
			"Asia/Jerusalem",
			5,
			{ names: { ar: "بئر السبع" } }
		]
	]),
	country("PS", "asia", 12, ["ar", "en"], [["arabic", 100]], [
		[
			"Ramallah",
			"Asia/Hebron",
			35,
			{ names: { ar: "رام الله" } }
		],
		[
			"Gaza",
			"Asia/Gaza",
			25,
			{ names: { ar: "غزة" } }
		],
		[
			"Nablus",
			"Asia/Hebron",
			12,
			{ names: { ar: "نابلس" } }
		],
		[
			"Bethlehem",
			"Asia/Hebron",
			12,
			{ names: {
				ar: "بيت لحم",
				es: "Belén",
				fr: "Bethléem"
			} }
		],
		[
			"Hebron",
			"Asia/Hebron",
			10,
			{ names: { ar: "الخليل" } }
		],
		[
			"Jenin",
			"Asia/Hebron",
			6,
			{ names: { ar: "جنين" } }
		]
	]),
	country("LB", "asia", 12, [
		"ar",
		"fr",
		"en"
	], [["arabic", 100]], [
		[
			"Beirut",
			"Asia/Beirut",
			65,
			{ names: {
				ar: "بيروت",
				fr: "Beyrouth",
				es: "Beirut"
			} }
		],
		[
			"Tripoli",
			"Asia/Beirut",
			12,
			{ names: { ar: "طرابلس" } }
		],
		[
			"Sidon",
			"Asia/Beirut",
			10,
			{ names: {
				ar: "صيدا",
				fr: "Saïda"
			} }
		],
		[
			"Tyre",
			"Asia/Beirut",
			8,
			{ names: {
				ar: "صور",
				fr: "Tyr",
				es: "Tiro"
			} }
		],
		[
			"Byblos",
			"Asia/Beirut",
			5,
			{ names: { ar: "جبيل" } }
		]
	]),
	country("JO", "asia", 8, ["ar", "en"], [["arabic", 100]], [
		[
			"Amman",
			"Asia/Amman",
			70,
			{ names: {
				ar: "عمّان",
				es: "Amán"
			} }
		],
		[
			"Irbid",
			"Asia/Amman",
			15,
			{ names: { ar: "إربد" } }
		],
		[
			"Zarqa",
			"Asia/Amman",
			10,
			{ names: { ar: "الزرقاء" } }
		],
		[
			"Aqaba",
			"Asia/Amman",
			5,
			{ names: { ar: "العقبة" } }
		]
	]),
	country("IR", "asia", 12, ["fa", "en"], [
		["persian", 92],
		["kurdish", 5],
		["arabic", 3]
	], [
		[
			"Tehran",
			"Asia/Tehran",
			55,
			{ names: {
				es: "Teherán",
				fr: "Téhéran",
				de: "Teheran",
				ar: "طهران"
			} }
		],
		[
			"Isfahan",
			"Asia/Tehran",
			12
		],
		[
			"Shiraz",
			"Asia/Tehran",
			12
		],
		[
			"Tabriz",
			"Asia/Tehran",
			10
		],
		[
			"Mashhad",
			"Asia/Tehran",
			6
		],
		[
			"Rasht",
			"Asia/Tehran",
			5
		]
	]),
	country("NG", "africa", 45, [
		"en",
		"yo",
		"ig",
		"ha"
	], [
		["yoruba", 45],
		["igbo", 35],
		["hausa", 20]
	], [
		[
			"Lagos",
			"Africa/Lagos",
			45,
			{ pools: [
				["yoruba", 62],
				["igbo", 32],
				["hausa", 6]
			] }
		],
		[
			"Abuja",
			"Africa/Lagos",
			18
		],
		[
			"Ibadan",
			"Africa/Lagos",
			10,
			{ pools: [
				["yoruba", 92],
				["igbo", 6],
				["hausa", 2]
			] }
		],
		[
			"Port Harcourt",
			"Africa/Lagos",
			8,
			{ pools: [
				["igbo", 75],
				["yoruba", 20],
				["hausa", 5]
			] }
		],
		[
			"Enugu",
			"Africa/Lagos",
			6,
			{ pools: [
				["igbo", 94],
				["yoruba", 4],
				["hausa", 2]
			] }
		],
		[
			"Kano",
			"Africa/Lagos",
			6,
			{ pools: [
				["hausa", 90],
				["igbo", 5],
				["yoruba", 5]
			] }
		],
		[
			"Benin City",
			"Africa/Lagos",
			4
		],
		[
			"Jos",
			"Africa/Lagos",
			3
		]
	]),
	country("ZA", "africa", 45, [
		"en",
		"zu",
		"xh",
		"af"
	], [
		["zulu-xhosa", 50],
		["anglo", 22],
		["afrikaans", 15],
		["hindi", 5],
		["tamil", 3],
		["zimbabwean", 3],
		["hebrew", 2]
	], [
		[
			"Johannesburg",
			"Africa/Johannesburg",
			35,
			{ languages: [
				"en",
				"zu",
				"st"
			] }
		],
		[
			"Cape Town",
			"Africa/Johannesburg",
			30,
			{
				names: {
					es: "Ciudad del Cabo",
					pt: "Cidade do Cabo",
					de: "Kapstadt",
					fr: "Le Cap"
				},
				languages: [
					"en",
					"xh",
					"af"
				],
				pools: [
					["zulu-xhosa", 40],
					["anglo", 33],
					["afrikaans", 25],
					["hebrew", 2]
				]
			}
		],
		[
			"Durban",
			"Africa/Johannesburg",
			15,
			{
				languages: ["en", "zu"],
				pools: [
					["zulu-xhosa", 55],
					["hindi", 15],
					["tamil", 10],
					["anglo", 20]
				]
			}
		],
		[
			"Pretoria",
			"Africa/Johannesburg",
			8,
			{ languages: [
				"en",
				"af",
				"tn"
			] }
		],
		[
			"Pietermaritzburg",
			"Africa/Johannesburg",
			4,
			{ languages: ["en", "zu"] }
		],
		[
			"Bloemfontein",
			"Africa/Johannesburg",
			4,
			{ languages: [
				"en",
				"st",
				"af"
			] }
		],
		[
			"Stellenbosch",
			"Africa/Johannesburg",
			3,
			{
				languages: [
					"af",
					"en",
					"xh"
				],
				pools: [
					["afrikaans", 55],
					["anglo", 25],
					["zulu-xhosa", 20]
				]
			}
		]
	]),
	country("EG", "africa", 35, ["ar", "en"], [["arabic", 100]], [
		[
			"Cairo",
			"Africa/Cairo",
			60,
			{ names: {
				ar: "القاهرة",
				es: "El Cairo",
				fr: "Le Caire",
				de: "Kairo"
			} }
		],
		[
			"Alexandria",
			"Africa/Cairo",
			20,
			{ names: {
				ar: "الإسكندرية",
				es: "Alejandría",
				fr: "Alexandrie"
			} }
		],
		[
			"Giza",
			"Africa/Cairo",
			8,
			{ names: { ar: "الجيزة" } }
		],
		[
			"Mansoura",
			"Africa/Cairo",
			5,
			{ names: { ar: "المنصورة" } }
		],
		[
			"Port Said",
			"Africa/Cairo",
			4,
			{ names: { ar: "بورسعيد" } }
		],
		[
			"Asyut",
			"Africa/Cairo",
			3,
			{ names: { ar: "أسيوط" } }
		]
	]),
	country("TN", "africa", 30, [
		"ar",
		"fr",
		"en"
	], [["maghrebi", 100]], [
		[
			"Tunis",
			"Africa/Tunis",
			50,
			{ names: {
				ar: "تونس",
				es: "Túnez"
			} }
		],
		[
			"Sfax",
			"Africa/Tunis",
			14,
			{ names: { ar: "صفاقس" } }
		],
		[
			"Sousse",
			"Africa/Tunis",
			12,
			{ names: { ar: "سوسة" } }
		],
		[
			"Bizerte",
			"Africa/Tunis",
			8,
			{ names: { ar: "بنزرت" } }
		],
		[
			"Gabès",
			"Africa/Tunis",
			6,
			{ names: { ar: "قابس" } }
		],
		[
			"Kairouan",
			"Africa/Tunis",
			5,
			{ names: { ar: "القيروان" } }
		],
		[
			"Sidi Bouzid",
			"Africa/Tunis",
			5,
			{ names: { ar: "سيدي بوزيد" } }
		]
	]),
	country("KE", "africa", 20, ["en", "sw"], [["kenyan", 100]], [
		[
			"Nairobi",
			"Africa/Nairobi",
			60
		],
		[
			"Mombasa",
			"Africa/Nairobi",
			15
		],
		[
			"Kisumu",
			"Africa/Nairobi",
			12
		],
		[
			"Nakuru",
			"Africa/Nairobi",
			8
		],
		[
			"Eldoret",
			"Africa/Nairobi",
			5
		]
	]),
	country("GH", "africa", 15, ["en", "ak"], [["akan", 100]], [
		[
			"Accra",
			"Africa/Accra",
			55
		],
		[
			"Kumasi",
			"Africa/Accra",
			25
		],
		[
			"Cape Coast",
			"Africa/Accra",
			10
		],
		[
			"Tamale",
			"Africa/Accra",
			10
		]
	]),
	country("UG", "africa", 12, [
		"en",
		"lg",
		"sw"
	], [["ugandan", 100]], [
		[
			"Kampala",
			"Africa/Kampala",
			65
		],
		[
			"Gulu",
			"Africa/Kampala",
			15
		],
		[
			"Mbarara",
			"Africa/Kampala",
			10
		],
		[
			"Jinja",
			"Africa/Kampala",
			10
		]
	]),
	country("TZ", "africa", 8, ["sw", "en"], [["tanzanian", 100]], [
		[
			"Dar es Salaam",
			"Africa/Dar_es_Salaam",
			55
		],
		[
			"Arusha",
			"Africa/Dar_es_Salaam",
			20
		],
		[
			"Mwanza",
			"Africa/Dar_es_Salaam",
			10
		],
		[
			"Dodoma",
			"Africa/Dar_es_Salaam",
			8
		],
		[
			"Zanzibar City",
			"Africa/Dar_es_Salaam",
			7
		]
	]),
	country("MA", "africa", 12, [
		"ar",
		"fr",
		"en"
	], [["maghrebi", 100]], [
		[
			"Casablanca",
			"Africa/Casablanca",
			35,
			{ names: { ar: "الدار البيضاء" } }
		],
		[
			"Rabat",
			"Africa/Casablanca",
			25,
			{ names: { ar: "الرباط" } }
		],
		[
			"Marrakesh",
			"Africa/Casablanca",
			15,
			{ names: {
				ar: "مراكش",
				fr: "Marrakech",
				es: "Marrakech"
			} }
		],
		[
			"Fez",
			"Africa/Casablanca",
			10,
			{ names: {
				ar: "فاس",
				fr: "Fès",
				es: "Fez"
			} }
		],
		[
			"Tangier",
			"Africa/Casablanca",
			10,
			{ names: {
				ar: "طنجة",
				fr: "Tanger",
				es: "Tánger"
			} }
		],
		[
			"Agadir",
			"Africa/Casablanca",
			5,
			{ names: { ar: "أكادير" } }
		]
	]),
	country("ZW", "africa", 10, [
		"en",
		"sn",
		"nd"
	], [["zimbabwean", 100]], [
		[
			"Harare",
			"Africa/Harare",
			55
		],
		[
			"Bulawayo",
			"Africa/Harare",
			30,
			{ languages: [
				"en",
				"nd",
				"sn"
			] }
		],
		[
			"Mutare",
			"Africa/Harare",
			10
		],
		[
			"Gweru",
			"Africa/Harare",
			5
		]
	]),
	country("SN", "africa", 5, [
		"wo",
		"fr",
		"en"
	], [["senegalese", 100]], [
		[
			"Dakar",
			"Africa/Dakar",
			70
		],
		[
			"Saint-Louis",
			"Africa/Dakar",
			15
		],
		[
			"Thiès",
			"Africa/Dakar",
			10
		],
		[
			"Ziguinchor",
			"Africa/Dakar",
			5
		]
	]),
	country("ET", "africa", 6, ["am", "en"], [["ethiopian", 100]], [
		[
			"Addis Ababa",
			"Africa/Addis_Ababa",
			75,
			{ names: {
				es: "Adís Abeba",
				fr: "Addis-Abeba"
			} }
		],
		[
			"Bahir Dar",
			"Africa/Addis_Ababa",
			10
		],
		[
			"Mekelle",
			"Africa/Addis_Ababa",
			8,
			{ languages: [
				"ti",
				"am",
				"en"
			] }
		],
		[
			"Hawassa",
			"Africa/Addis_Ababa",
			7
		]
	]),
	country("AU", "oceania", 150, ["en"], [
		["anglo", 73],
		["italian", 4],
		["greek", 4],
		["chinese", 5],
		["irish", 3],
		["vietnamese", 3],
		["hindi", 3],
		["arabic", 2],
		["filipino", 1],
		["chinese-southern", 1],
		["croatian", 1]
	], [
		[
			"Sydney",
			"Australia/Sydney",
			32,
			{ names: { es: "Sídney" } }
		],
		[
			"Melbourne",
			"Australia/Melbourne",
			30
		],
		[
			"Brisbane",
			"Australia/Brisbane",
			12
		],
		[
			"Perth",
			"Australia/Perth",
			9
		],
		[
			"Adelaide",
			"Australia/Adelaide",
			7
		],
		[
			"Canberra",
			"Australia/Sydney",
			5
		],
		[
			"Hobart",
			"Australia/Hobart",
			4
		],
		[
			"Newcastle",
			"Australia/Sydney",
			3
		],
		[
			"Darwin",
			"Australia/Darwin",
			2
		],
		[
			"Wollongong",
			"Australia/Sydney",
			2
		],
		[
			"Geelong",
			"Australia/Melbourne",
			2
		],
		[
			"Cairns",
			"Australia/Brisbane",
			1
		]
	]),
	country("NZ", "oceania", 40, ["en", "mi"], [
		["anglo", 74],
		["maori", 15],
		["chinese", 4],
		["hindi", 3],
		["dutch", 2],
		["filipino", 2]
	], [
		[
			"Auckland",
			"Pacific/Auckland",
			40
		],
		[
			"Wellington",
			"Pacific/Auckland",
			25
		],
		[
			"Christchurch",
			"Pacific/Auckland",
			15
		],
		[
			"Dunedin",
			"Pacific/Auckland",
			8
		],
		[
			"Hamilton",
			"Pacific/Auckland",
			6
		],
		[
			"Tauranga",
			"Pacific/Auckland",
			3
		],
		[
			"Nelson",
			"Pacific/Auckland",
			3
		]
	])
];
/**
* English names of the languages above, for English bios ("happy to
* translate between Greek and English"). Kept as data rather than asking
* Intl.DisplayNames so the output does not depend on the ICU version.
*/
var LANGUAGE_NAMES_EN = {
	af: "Afrikaans",
	ak: "Twi",
	am: "Amharic",
	ar: "Arabic",
	ay: "Aymara",
	bn: "Bengali",
	ca: "Catalan",
	cs: "Czech",
	cy: "Welsh",
	da: "Danish",
	de: "German",
	el: "Greek",
	en: "English",
	es: "Spanish",
	eu: "Basque",
	fa: "Persian",
	fi: "Finnish",
	fr: "French",
	ga: "Irish",
	gl: "Galician",
	gu: "Gujarati",
	ha: "Hausa",
	he: "Hebrew",
	hi: "Hindi",
	hr: "Croatian",
	hu: "Hungarian",
	id: "Indonesian",
	ig: "Igbo",
	is: "Icelandic",
	it: "Italian",
	ja: "Japanese",
	kn: "Kannada",
	ko: "Korean",
	ku: "Kurdish",
	lg: "Luganda",
	mi: "te reo Māori",
	mr: "Marathi",
	ms: "Malay",
	nd: "Ndebele",
	ne: "Nepali",
	nl: "Dutch",
	no: "Norwegian",
	pa: "Punjabi",
	pl: "Polish",
	ps: "Pashto",
	pt: "Portuguese",
	qu: "Quechua",
	ro: "Romanian",
	ru: "Russian",
	sd: "Sindhi",
	si: "Sinhala",
	sn: "Shona",
	sr: "Serbian",
	st: "Sesotho",
	sv: "Swedish",
	sw: "Swahili",
	ta: "Tamil",
	te: "Telugu",
	th: "Thai",
	ti: "Tigrinya",
	tl: "Tagalog",
	tn: "Setswana",
	tr: "Turkish",
	uk: "Ukrainian",
	ur: "Urdu",
	vi: "Vietnamese",
	wo: "Wolof",
	xh: "isiXhosa",
	yo: "Yoruba",
	zh: "Chinese",
	zu: "isiZulu"
};
// src/lib/server/seed/demo-names.ts
var NAME_POOLS = {
	anglo: {
		label: "Anglo (UK, US, Canada, Australia, New Zealand)",
		language: "en",
		given: {
			f: [
				"Emma",
				"Sarah",
				"Rachel",
				"Hannah",
				"Laura",
				"Jessica",
				"Rebecca",
				"Katie",
				"Megan",
				"Chloe",
				"Olivia",
				"Amy",
				"Lucy",
				"Claire",
				"Helen",
				"Jennifer",
				"Elizabeth",
				"Grace",
				"Zoe",
				"Naomi",
				"Ruth",
				"Abigail",
				"Jade",
				"Keisha",
				"Tamara",
				"Denise",
				"Beth",
				"Heather",
				"Molly",
				"Fiona",
				"Shanice",
				"Holly",
				"Kirsty",
				"Ellen"
			],
			m: [
				"James",
				"David",
				"Daniel",
				"Thomas",
				"Matthew",
				"Andrew",
				"Benjamin",
				"Samuel",
				"Joseph",
				"Michael",
				"Nathan",
				"Tom",
				"Owen",
				"Luke",
				"Ryan",
				"Adam",
				"Patrick",
				"Marcus",
				"Darnell",
				"Tyler",
				"Kevin",
				"Greg",
				"Simon",
				"Graham",
				"Peter",
				"Jonathan",
				"Oliver",
				"Harry",
				"Calum",
				"Isaac",
				"Reggie",
				"Stuart"
			],
			x: [
				"Alex",
				"Sam",
				"Jordan",
				"Taylor",
				"Robin",
				"Charlie",
				"Jamie",
				"Casey",
				"Morgan",
				"Riley",
				"Jesse",
				"Frankie",
				"Quinn",
				"Ash"
			]
		},
		family: [
			"Smith",
			"Jones",
			"Williams",
			"Brown",
			"Taylor",
			"Davies",
			"Wilson",
			"Thomas",
			"Johnson",
			"Roberts",
			"Walker",
			"Wright",
			"Robinson",
			"Thompson",
			"White",
			"Hughes",
			"Edwards",
			"Green",
			"Hall",
			"Wood",
			"Harris",
			"Clarke",
			"Jackson",
			"Turner",
			"Hill",
			"Baker",
			"Cooper",
			"Ward",
			"Morris",
			"Price",
			"Bennett",
			"Carter",
			"Mitchell",
			"Campbell",
			"Parker",
			"Ellis",
			"Hayes",
			"Foster",
			"Reed",
			"Brooks",
			"Coleman",
			"Bailey",
			"Freeman",
			"Gray",
			"Porter",
			"Holloway",
			"Fletcher",
			"Marsh",
			"Dixon",
			"Lawson"
		]
	},
	irish: {
		label: "Irish",
		language: "en",
		given: {
			f: [
				"Aoife",
				"Siobhán",
				"Niamh",
				"Caoimhe",
				"Saoirse",
				"Róisín",
				"Orla",
				"Clodagh",
				"Sinéad",
				"Gráinne",
				"Áine",
				"Eimear",
				"Ciara",
				"Deirdre",
				"Maeve",
				"Mairéad",
				"Aisling",
				"Nuala"
			],
			m: [
				"Cian",
				"Oisín",
				"Darragh",
				"Eoin",
				"Ciarán",
				"Cormac",
				"Colm",
				"Diarmuid",
				"Pádraig",
				"Seán",
				"Tadhg",
				"Fionn",
				"Ronan",
				"Declan",
				"Dónal",
				"Conor",
				"Niall",
				"Brendan",
				"Fergal"
			],
			x: []
		},
		family: [
			"Murphy",
			"Kelly",
			"O'Sullivan",
			"Walsh",
			"O'Brien",
			"Byrne",
			"Ryan",
			"O'Connor",
			"O'Neill",
			"O'Reilly",
			"Doyle",
			"McCarthy",
			"Gallagher",
			"Doherty",
			"Kennedy",
			"Lynch",
			"Murray",
			"Quinn",
			"McLoughlin",
			"Carroll",
			"Daly",
			"Brennan",
			"Burke",
			"Fitzgerald",
			"Nolan",
			"Kavanagh",
			"Dunne",
			"Hegarty",
			"Flanagan",
			"Keane"
		]
	},
	maori: {
		label: "Māori",
		language: "mi",
		given: {
			f: [
				"Aroha",
				"Mere",
				"Hine",
				"Anahera",
				"Kiri",
				"Ngaio",
				"Ataahua",
				"Kahurangi",
				"Hana",
				"Ripeka",
				"Miriama",
				"Huhana"
			],
			m: [
				"Wiremu",
				"Rawiri",
				"Hemi",
				"Tama",
				"Nikau",
				"Rangi",
				"Tane",
				"Mikaere",
				"Hohepa",
				"Tamati",
				"Pita",
				"Matiu",
				"Rewi"
			],
			x: [
				"Moana",
				"Tui",
				"Huia",
				"Marama",
				"Atawhai",
				"Manaia"
			]
		},
		family: [
			"Ngata",
			"Parata",
			"Tamihana",
			"Tipene",
			"Wihongi",
			"Kereama",
			"Karaka",
			"Herewini",
			"Nikora",
			"Tautari",
			"Hetaraka",
			"Matenga",
			"Paewai",
			"Rangihuna",
			"Te Rangi",
			"Tawhai",
			"Walker",
			"Williams",
			"Thompson",
			"Edwards"
		]
	},
	spanish: {
		label: "Spanish (Spain)",
		language: "es",
		secondFamily: .35,
		given: {
			f: [
				"Lucía",
				"María",
				"Carmen",
				"Laura",
				"Marta",
				"Paula",
				"Ana",
				"Elena",
				"Cristina",
				"Nuria",
				"Irene",
				"Sara",
				"Alba",
				"Raquel",
				"Pilar",
				"Montse",
				"Ainhoa",
				"Itziar",
				"Rocío",
				"Beatriz",
				"Inés",
				"Maite"
			],
			m: [
				"Javier",
				"Daniel",
				"Alejandro",
				"David",
				"Sergio",
				"Jorge",
				"Carlos",
				"Álvaro",
				"Adrián",
				"Iñaki",
				"Jordi",
				"Raúl",
				"Iván",
				"Rubén",
				"Óscar",
				"Víctor",
				"Miguel",
				"Andrés",
				"Manuel",
				"Xabier",
				"Pau"
			],
			x: [
				"Álex",
				"Cris",
				"Noa"
			]
		},
		family: [
			"García",
			"Fernández",
			"González",
			"Rodríguez",
			"López",
			"Martínez",
			"Sánchez",
			"Pérez",
			"Gómez",
			"Martín",
			"Jiménez",
			"Ruiz",
			"Hernández",
			"Díaz",
			"Moreno",
			"Muñoz",
			"Álvarez",
			"Romero",
			"Navarro",
			"Torres",
			"Domínguez",
			"Gil",
			"Serrano",
			"Blanco",
			"Molina",
			"Castro",
			"Ortega",
			"Rubio",
			"Sanz",
			"Garrido",
			"Etxeberria",
			"Puig",
			"Ferrer",
			"Soler",
			"Vidal",
			"Vázquez",
			"Prieto",
			"Calvo",
			"Fuentes"
		]
	},
	"latin-american": {
		label: "Latin American (Spanish-speaking)",
		language: "es",
		secondFamily: .25,
		given: {
			f: [
				"Valentina",
				"Camila",
				"Daniela",
				"Gabriela",
				"Fernanda",
				"Mariana",
				"Sofía",
				"Natalia",
				"Andrea",
				"Carolina",
				"Paola",
				"Ximena",
				"Guadalupe",
				"Jimena",
				"Luz",
				"Rosa",
				"Yesenia",
				"Maribel",
				"Florencia",
				"Agustina",
				"Milagros",
				"Catalina",
				"Itzel",
				"Yolanda",
				"María José"
			],
			m: [
				"José",
				"Juan Carlos",
				"Luis",
				"Diego",
				"Santiago",
				"Mateo",
				"Sebastián",
				"Andrés",
				"Felipe",
				"Martín",
				"Facundo",
				"Nicolás",
				"Gonzalo",
				"Emiliano",
				"Rodrigo",
				"Alejandro",
				"Héctor",
				"Ricardo",
				"Julio",
				"Tomás",
				"Cristian",
				"Gustavo",
				"Ignacio",
				"Germán"
			],
			x: [
				"Alex",
				"Cruz",
				"Ariel"
			]
		},
		family: [
			"González",
			"Rodríguez",
			"Gómez",
			"Fernández",
			"López",
			"Díaz",
			"Martínez",
			"Pérez",
			"García",
			"Sánchez",
			"Romero",
			"Sosa",
			"Torres",
			"Álvarez",
			"Ruiz",
			"Ramírez",
			"Flores",
			"Benítez",
			"Acosta",
			"Medina",
			"Herrera",
			"Suárez",
			"Aguilar",
			"Castillo",
			"Vargas",
			"Rojas",
			"Mendoza",
			"Ortiz",
			"Gutiérrez",
			"Navarro",
			"Cabrera",
			"Ríos",
			"Jiménez",
			"Peralta",
			"Villalobos",
			"Salazar",
			"Espinoza",
			"Paredes",
			"Fuentes",
			"Cortés"
		]
	},
	andean: {
		label: "Andean (Quechua and Aymara heritage)",
		language: "es",
		secondFamily: .3,
		given: {
			f: [
				"Rosa",
				"Juana",
				"Marisol",
				"Sisa",
				"Killa",
				"Nayra",
				"Yessica",
				"Rocío",
				"Lidia",
				"Elena",
				"Janeth",
				"Nélida",
				"Roxana"
			],
			m: [
				"Wilber",
				"Edwin",
				"Freddy",
				"Inti",
				"Amaru",
				"Wilfredo",
				"Néstor",
				"Efraín",
				"Hilario",
				"Rubén",
				"Mario",
				"Percy",
				"Yuri"
			],
			x: ["Wayra", "Illari"]
		},
		family: [
			"Quispe",
			"Mamani",
			"Condori",
			"Huamán",
			"Choque",
			"Apaza",
			"Ticona",
			"Huanca",
			"Yupanqui",
			"Cusi",
			"Ccama",
			"Limachi",
			"Poma",
			"Tito",
			"Cutipa",
			"Chambi",
			"Flores",
			"Vargas",
			"Rojas",
			"Gutiérrez"
		]
	},
	brazilian: {
		label: "Brazilian",
		language: "pt",
		secondFamily: .3,
		given: {
			f: [
				"Ana",
				"Juliana",
				"Fernanda",
				"Camila",
				"Beatriz",
				"Larissa",
				"Mariana",
				"Gabriela",
				"Letícia",
				"Luana",
				"Aline",
				"Priscila",
				"Bruna",
				"Carolina",
				"Thaís",
				"Raquel",
				"Patrícia",
				"Rafaela",
				"Jéssica",
				"Tatiane"
			],
			m: [
				"João",
				"Pedro",
				"Lucas",
				"Gabriel",
				"Rafael",
				"Thiago",
				"Felipe",
				"Gustavo",
				"Bruno",
				"Rodrigo",
				"Leonardo",
				"Mateus",
				"André",
				"Paulo",
				"Marcelo",
				"Vinícius",
				"Caio",
				"Henrique",
				"Diego",
				"Renato"
			],
			x: [
				"Alex",
				"Ariel",
				"Darci"
			]
		},
		family: [
			"Silva",
			"Santos",
			"Oliveira",
			"Souza",
			"Rodrigues",
			"Ferreira",
			"Alves",
			"Pereira",
			"Lima",
			"Gomes",
			"Costa",
			"Ribeiro",
			"Martins",
			"Carvalho",
			"Almeida",
			"Lopes",
			"Soares",
			"Fernandes",
			"Vieira",
			"Barbosa",
			"Rocha",
			"Dias",
			"Nascimento",
			"Moreira",
			"Araújo",
			"Cardoso",
			"Teixeira",
			"Mendes",
			"Cavalcanti",
			"Monteiro"
		]
	},
	portuguese: {
		label: "Portuguese (Portugal)",
		language: "pt",
		secondFamily: .4,
		given: {
			f: [
				"Inês",
				"Joana",
				"Mariana",
				"Beatriz",
				"Catarina",
				"Sofia",
				"Rita",
				"Ana",
				"Marta",
				"Filipa",
				"Teresa",
				"Leonor",
				"Carolina",
				"Sara",
				"Margarida"
			],
			m: [
				"João",
				"Tiago",
				"Rui",
				"Nuno",
				"Diogo",
				"Pedro",
				"Miguel",
				"Ricardo",
				"Bruno",
				"Duarte",
				"Gonçalo",
				"Hugo",
				"André",
				"Francisco",
				"Luís"
			],
			x: []
		},
		family: [
			"Silva",
			"Santos",
			"Ferreira",
			"Pereira",
			"Oliveira",
			"Costa",
			"Rodrigues",
			"Martins",
			"Sousa",
			"Fernandes",
			"Gonçalves",
			"Gomes",
			"Lopes",
			"Marques",
			"Alves",
			"Almeida",
			"Ribeiro",
			"Pinto",
			"Carvalho",
			"Teixeira",
			"Moreira",
			"Correia",
			"Mendes",
			"Nunes",
			"Soares",
			"Vieira",
			"Monteiro",
			"Cardoso"
		]
	},
	german: {
		label: "German (Germany, Austria, Switzerland)",
		language: "de",
		given: {
			f: [
				"Anna",
				"Lena",
				"Julia",
				"Laura",
				"Lea",
				"Sarah",
				"Katharina",
				"Johanna",
				"Hannah",
				"Miriam",
				"Sabine",
				"Ulrike",
				"Anke",
				"Franziska",
				"Jana",
				"Nele",
				"Svenja",
				"Ines",
				"Birgit",
				"Petra",
				"Charlotte"
			],
			m: [
				"Jonas",
				"Lukas",
				"Felix",
				"Tobias",
				"Jan",
				"Florian",
				"Moritz",
				"Philipp",
				"Sebastian",
				"Stefan",
				"Matthias",
				"Thomas",
				"Jürgen",
				"Uwe",
				"Niklas",
				"Tim",
				"Benedikt",
				"Malte",
				"Christoph",
				"Andreas"
			],
			x: [
				"Kim",
				"Alex",
				"Robin",
				"Sascha",
				"Toni"
			]
		},
		family: [
			"Müller",
			"Schmidt",
			"Schneider",
			"Fischer",
			"Weber",
			"Meyer",
			"Wagner",
			"Becker",
			"Schulz",
			"Hoffmann",
			"Koch",
			"Richter",
			"Klein",
			"Wolf",
			"Schröder",
			"Neumann",
			"Schwarz",
			"Zimmermann",
			"Braun",
			"Krüger",
			"Hartmann",
			"Lange",
			"Werner",
			"Krause",
			"Lehmann",
			"Köhler",
			"Maier",
			"Huber",
			"Kaiser",
			"Fuchs",
			"Vogel",
			"Winkler",
			"Lorenz",
			"Bauer",
			"Graf"
		]
	},
	dutch: {
		label: "Dutch and Flemish",
		language: "nl",
		given: {
			f: [
				"Anne",
				"Sanne",
				"Lotte",
				"Eva",
				"Femke",
				"Lisa",
				"Anouk",
				"Fleur",
				"Iris",
				"Marieke",
				"Esther",
				"Ilse",
				"Maartje",
				"Roos",
				"Saskia",
				"Inge",
				"Merel",
				"Lieve"
			],
			m: [
				"Daan",
				"Sem",
				"Thijs",
				"Bram",
				"Lars",
				"Jeroen",
				"Bas",
				"Ruben",
				"Joost",
				"Pieter",
				"Wouter",
				"Koen",
				"Sander",
				"Maarten",
				"Niels",
				"Stijn",
				"Dirk",
				"Wim"
			],
			x: [
				"Floor",
				"Noor",
				"Robin",
				"Kim"
			]
		},
		family: [
			"de Jong",
			"Jansen",
			"de Vries",
			"van den Berg",
			"van Dijk",
			"Bakker",
			"Janssen",
			"Visser",
			"Smit",
			"Meijer",
			"de Boer",
			"Mulder",
			"de Groot",
			"Bos",
			"Vos",
			"Peters",
			"Hendriks",
			"van Leeuwen",
			"Dekker",
			"Brouwer",
			"de Wit",
			"Dijkstra",
			"de Graaf",
			"van der Meer",
			"van der Linden",
			"Kok",
			"de Haan",
			"Vermeulen",
			"Willems",
			"Maes",
			"Claes",
			"Wouters",
			"Peeters",
			"Goossens"
		]
	},
	swedish: {
		label: "Swedish",
		language: "sv",
		given: {
			f: [
				"Anna",
				"Maja",
				"Elin",
				"Sara",
				"Emma",
				"Linnea",
				"Ida",
				"Frida",
				"Karin",
				"Ingrid",
				"Johanna",
				"Malin",
				"Sofia",
				"Hanna",
				"Klara",
				"Tove",
				"Agnes",
				"Saga",
				"Matilda"
			],
			m: [
				"Erik",
				"Lars",
				"Johan",
				"Anders",
				"Karl",
				"Oskar",
				"Gustav",
				"Axel",
				"Viktor",
				"Per",
				"Magnus",
				"Henrik",
				"Fredrik",
				"Mattias",
				"Olof",
				"Jonas",
				"Emil",
				"Nils",
				"Linus"
			],
			x: [
				"Kim",
				"Robin",
				"Alex",
				"Charlie"
			]
		},
		family: [
			"Andersson",
			"Johansson",
			"Karlsson",
			"Nilsson",
			"Eriksson",
			"Larsson",
			"Olsson",
			"Persson",
			"Svensson",
			"Gustafsson",
			"Pettersson",
			"Jonsson",
			"Lindberg",
			"Lindqvist",
			"Lindström",
			"Berg",
			"Bergström",
			"Lundberg",
			"Holm",
			"Sandberg",
			"Ek",
			"Forsberg",
			"Sjöberg",
			"Wallin",
			"Engström",
			"Hedlund",
			"Nyström",
			"Åberg",
			"Björk",
			"Lundgren"
		]
	},
	"dano-norwegian": {
		label: "Danish and Norwegian",
		language: "da",
		given: {
			f: [
				"Ingrid",
				"Kari",
				"Sigrid",
				"Nora",
				"Ida",
				"Mette",
				"Camilla",
				"Silje",
				"Line",
				"Hanne",
				"Astrid",
				"Marte",
				"Freja",
				"Signe",
				"Trine",
				"Kirsten",
				"Solveig"
			],
			m: [
				"Ole",
				"Lars",
				"Jens",
				"Henrik",
				"Anders",
				"Magnus",
				"Mads",
				"Søren",
				"Rasmus",
				"Kasper",
				"Morten",
				"Jakob",
				"Bjørn",
				"Eirik",
				"Håkon",
				"Sindre",
				"Torben",
				"Kristian"
			],
			x: [
				"Kim",
				"Alex",
				"Robin"
			]
		},
		family: [
			"Hansen",
			"Johansen",
			"Olsen",
			"Larsen",
			"Andersen",
			"Pedersen",
			"Nilsen",
			"Kristiansen",
			"Jensen",
			"Karlsen",
			"Nielsen",
			"Christensen",
			"Rasmussen",
			"Sørensen",
			"Madsen",
			"Berg",
			"Haugen",
			"Hagen",
			"Johannessen",
			"Eriksen",
			"Dahl",
			"Lund",
			"Bakke",
			"Strand",
			"Holm",
			"Mikkelsen",
			"Thomsen",
			"Poulsen",
			"Kjær",
			"Moen"
		]
	},
	finnish: {
		label: "Finnish",
		language: "fi",
		given: {
			f: [
				"Aino",
				"Anni",
				"Emilia",
				"Eveliina",
				"Hanna",
				"Heidi",
				"Johanna",
				"Katja",
				"Laura",
				"Minna",
				"Noora",
				"Oona",
				"Riikka",
				"Sanna",
				"Tiina",
				"Venla",
				"Veera"
			],
			m: [
				"Antti",
				"Eero",
				"Heikki",
				"Janne",
				"Jari",
				"Juha",
				"Jukka",
				"Lauri",
				"Markus",
				"Mikko",
				"Olli",
				"Pekka",
				"Tapio",
				"Tuomas",
				"Ville",
				"Aleksi",
				"Teemu",
				"Joonas"
			],
			x: ["Kim", "Alex"]
		},
		family: [
			"Korhonen",
			"Virtanen",
			"Mäkinen",
			"Nieminen",
			"Mäkelä",
			"Hämäläinen",
			"Laine",
			"Heikkinen",
			"Koskinen",
			"Järvinen",
			"Lehtonen",
			"Lehtinen",
			"Saarinen",
			"Salminen",
			"Heinonen",
			"Niemi",
			"Heikkilä",
			"Kinnunen",
			"Salonen",
			"Turunen",
			"Salo",
			"Laitinen",
			"Tuominen",
			"Rantanen"
		]
	},
	icelandic: {
		label: "Icelandic (patronymic)",
		language: "is",
		given: {
			f: [
				"Guðrún",
				"Sigríður",
				"Kristín",
				"Margrét",
				"Helga",
				"Anna",
				"Sigrún",
				"Ragnheiður",
				"Hildur",
				"Þórdís",
				"Eva",
				"Birna",
				"Elín",
				"Sólveig",
				"Ásta",
				"Steinunn"
			],
			m: [
				"Jón",
				"Sigurður",
				"Guðmundur",
				"Gunnar",
				"Ólafur",
				"Einar",
				"Kristján",
				"Magnús",
				"Stefán",
				"Þór",
				"Árni",
				"Björn",
				"Helgi",
				"Páll",
				"Hörður",
				"Ragnar",
				"Davíð"
			],
			x: []
		},
		family: [
			["Jónsson", "Jónsdóttir"],
			["Guðmundsson", "Guðmundsdóttir"],
			["Sigurðsson", "Sigurðardóttir"],
			["Gunnarsson", "Gunnarsdóttir"],
			["Ólafsson", "Ólafsdóttir"],
			["Einarsson", "Einarsdóttir"],
			["Kristjánsson", "Kristjánsdóttir"],
			["Magnússon", "Magnúsdóttir"],
			["Stefánsson", "Stefánsdóttir"],
			["Björnsson", "Björnsdóttir"],
			["Helgason", "Helgadóttir"],
			["Pálsson", "Pálsdóttir"],
			["Ragnarsson", "Ragnarsdóttir"],
			["Arnarson", "Arnardóttir"],
			["Hauksson", "Hauksdóttir"],
			["Þórsson", "Þórsdóttir"],
			["Árnason", "Árnadóttir"],
			["Halldórsson", "Halldórsdóttir"],
			["Karlsson", "Karlsdóttir"],
			["Friðriksson", "Friðriksdóttir"]
		]
	},
	french: {
		label: "French (France, Belgium, Switzerland)",
		language: "fr",
		given: {
			f: [
				"Léa",
				"Manon",
				"Chloé",
				"Emma",
				"Inès",
				"Juliette",
				"Clara",
				"Sarah",
				"Pauline",
				"Marion",
				"Lucie",
				"Mathilde",
				"Claire",
				"Élise",
				"Margaux",
				"Céline",
				"Sophie",
				"Amélie",
				"Noémie",
				"Aurélie",
				"Isabelle",
				"Nathalie"
			],
			m: [
				"Lucas",
				"Hugo",
				"Théo",
				"Louis",
				"Antoine",
				"Thomas",
				"Nicolas",
				"Julien",
				"Maxime",
				"Mathieu",
				"Guillaume",
				"Pierre",
				"Olivier",
				"Sébastien",
				"Vincent",
				"Romain",
				"Benoît",
				"Jérôme",
				"Étienne",
				"Martin",
				"Alexandre"
			],
			x: [
				"Camille",
				"Dominique",
				"Claude",
				"Sacha",
				"Charlie"
			]
		},
		family: [
			"Martin",
			"Bernard",
			"Dubois",
			"Thomas",
			"Robert",
			"Richard",
			"Petit",
			"Durand",
			"Leroy",
			"Moreau",
			"Simon",
			"Laurent",
			"Lefebvre",
			"Michel",
			"Garcia",
			"David",
			"Bertrand",
			"Roux",
			"Vincent",
			"Fournier",
			"Morel",
			"Girard",
			"André",
			"Lefèvre",
			"Mercier",
			"Dupont",
			"Lambert",
			"Bonnet",
			"François",
			"Martinez",
			"Legrand",
			"Garnier",
			"Faure",
			"Rousseau",
			"Blanc"
		]
	},
	quebecois: {
		label: "Québécois",
		language: "fr",
		given: {
			f: [
				"Marie-Ève",
				"Geneviève",
				"Catherine",
				"Isabelle",
				"Julie",
				"Mélanie",
				"Valérie",
				"Stéphanie",
				"Véronique",
				"Annie",
				"Émilie",
				"Audrey",
				"Josée",
				"Karine",
				"Myriam",
				"Marie-Claude"
			],
			m: [
				"Jean-François",
				"Marc-André",
				"Mathieu",
				"Simon",
				"Philippe",
				"Éric",
				"Patrick",
				"Sébastien",
				"Alexandre",
				"François",
				"Louis",
				"Samuel",
				"Gabriel",
				"Olivier",
				"Étienne",
				"Jean-Philippe"
			],
			x: [
				"Dominique",
				"Camille",
				"Claude"
			]
		},
		family: [
			"Tremblay",
			"Gagnon",
			"Roy",
			"Côté",
			"Bouchard",
			"Gauthier",
			"Morin",
			"Lavoie",
			"Fortin",
			"Gagné",
			"Ouellet",
			"Pelletier",
			"Bélanger",
			"Bergeron",
			"Leblanc",
			"Paquette",
			"Girard",
			"Simard",
			"Boucher",
			"Caron",
			"Beaulieu",
			"Cloutier",
			"Dubé",
			"Poirier",
			"Lapointe",
			"Leclerc",
			"Poulin",
			"Thibault"
		]
	},
	italian: {
		label: "Italian",
		language: "it",
		given: {
			f: [
				"Giulia",
				"Chiara",
				"Francesca",
				"Sara",
				"Martina",
				"Valentina",
				"Alessia",
				"Elisa",
				"Federica",
				"Silvia",
				"Elena",
				"Laura",
				"Ilaria",
				"Beatrice",
				"Serena",
				"Marta",
				"Paola",
				"Roberta",
				"Anna",
				"Caterina"
			],
			m: [
				"Marco",
				"Luca",
				"Andrea",
				"Matteo",
				"Alessandro",
				"Davide",
				"Simone",
				"Federico",
				"Lorenzo",
				"Riccardo",
				"Giuseppe",
				"Francesco",
				"Stefano",
				"Giovanni",
				"Fabio",
				"Emanuele",
				"Tommaso",
				"Gabriele",
				"Nicola",
				"Daniele"
			],
			x: []
		},
		family: [
			"Russo",
			"Ferrari",
			"Esposito",
			"Bianchi",
			"Romano",
			"Colombo",
			"Ricci",
			"Marino",
			"Greco",
			"Bruno",
			"Gallo",
			"Conti",
			"De Luca",
			"Mancini",
			"Costa",
			"Giordano",
			"Rizzo",
			"Lombardi",
			"Moretti",
			"Barbieri",
			"Fontana",
			"Santoro",
			"Mariani",
			"Rinaldi",
			"Caruso",
			"Ferrara",
			"Galli",
			"Leone",
			"Longo",
			"Gentile",
			"Martinelli",
			"Vitale",
			"Serra",
			"Coppola",
			"De Santis",
			"Fabbri",
			"Marchetti",
			"Villa"
		]
	},
	greek: {
		label: "Greek",
		language: "el",
		given: {
			f: [
				"Maria",
				"Eleni",
				"Katerina",
				"Dimitra",
				"Sofia",
				"Georgia",
				"Ioanna",
				"Vasiliki",
				"Christina",
				"Despina",
				"Eirini",
				"Konstantina",
				"Athina",
				"Nikoleta",
				"Zoe",
				"Fotini",
				"Evangelia"
			],
			m: [
				"Giorgos",
				"Dimitris",
				"Nikos",
				"Kostas",
				"Giannis",
				"Christos",
				"Panagiotis",
				"Vasilis",
				"Thanasis",
				"Stelios",
				"Michalis",
				"Manolis",
				"Spyros",
				"Petros",
				"Stavros",
				"Antonis",
				"Lefteris"
			],
			x: []
		},
		family: [
			["Papadopoulos", "Papadopoulou"],
			["Papadakis", "Papadaki"],
			"Georgiou",
			["Nikolaidis", "Nikolaidou"],
			"Oikonomou",
			["Karagiannis", "Karagianni"],
			["Vlachos", "Vlachou"],
			"Dimitriou",
			["Konstantinidis", "Konstantinidou"],
			"Papageorgiou",
			["Makris", "Makri"],
			"Athanasiou",
			"Christodoulou",
			"Ioannou",
			["Pappas", "Pappa"],
			"Alexiou",
			"Antoniou",
			"Theodorou",
			"Stavrou",
			["Michailidis", "Michailidou"],
			"Kyriakou",
			["Giannopoulos", "Giannopoulou"],
			["Tsakiris", "Tsakiri"],
			["Karalis", "Karali"],
			"Lamprou",
			["Mavridis", "Mavridou"],
			["Galanis", "Galani"],
			["Sotiropoulos", "Sotiropoulou"]
		]
	},
	turkish: {
		label: "Turkish",
		language: "tr",
		given: {
			f: [
				"Elif",
				"Zeynep",
				"Ayşe",
				"Fatma",
				"Merve",
				"Büşra",
				"Esra",
				"Selin",
				"Defne",
				"Ecem",
				"Gizem",
				"Özlem",
				"Pınar",
				"Gül",
				"Sevgi",
				"Melike",
				"Nazlı",
				"Ebru",
				"Yağmur"
			],
			m: [
				"Mehmet",
				"Mustafa",
				"Ahmet",
				"Emre",
				"Burak",
				"Can",
				"Murat",
				"Kerem",
				"Onur",
				"Serkan",
				"Okan",
				"Barış",
				"Volkan",
				"Tolga",
				"Cem",
				"Oğuz",
				"Hakan",
				"Mert",
				"Ozan"
			],
			x: [
				"Deniz",
				"Umut",
				"Evren",
				"Derya"
			]
		},
		family: [
			"Yılmaz",
			"Kaya",
			"Demir",
			"Şahin",
			"Çelik",
			"Yıldız",
			"Yıldırım",
			"Öztürk",
			"Aydın",
			"Özdemir",
			"Arslan",
			"Doğan",
			"Kılıç",
			"Aslan",
			"Çetin",
			"Kara",
			"Koç",
			"Kurt",
			"Özkan",
			"Şimşek",
			"Polat",
			"Erdem",
			"Güneş",
			"Aksoy",
			"Ateş",
			"Korkmaz",
			"Tekin",
			"Uçar",
			"Bulut"
		]
	},
	kurdish: {
		label: "Kurdish",
		language: "ku",
		given: {
			f: [
				"Rojda",
				"Berfin",
				"Zozan",
				"Hêvî",
				"Rojin",
				"Şilan",
				"Avesta",
				"Delal",
				"Nazdar",
				"Helin",
				"Bêrîvan",
				"Gulistan"
			],
			m: [
				"Serhat",
				"Rojhat",
				"Azad",
				"Kawa",
				"Şervan",
				"Diyar",
				"Welat",
				"Dilşad",
				"Hozan",
				"Baver",
				"Rêzan"
			],
			x: [
				"Baran",
				"Jiyan",
				"Newroz",
				"Dilan"
			]
		},
		family: [
			"Ekinci",
			"Ertaş",
			"Baran",
			"Akın",
			"Aktaş",
			"Tunç",
			"Yıldız",
			"Kaya",
			"Aydın",
			"Demir",
			"Kılınç",
			"Aksu",
			"Tekin",
			"Doğan",
			"Oral",
			"Ateş",
			"Bulut",
			"Kaplan",
			"Güler",
			"Zengin"
		]
	},
	croatian: {
		label: "Croatian",
		language: "hr",
		given: {
			f: [
				"Ana",
				"Ivana",
				"Marija",
				"Petra",
				"Katarina",
				"Lana",
				"Nina",
				"Iva",
				"Tea",
				"Lucija",
				"Martina",
				"Sanja",
				"Mirna",
				"Dora"
			],
			m: [
				"Ivan",
				"Marko",
				"Luka",
				"Josip",
				"Ante",
				"Tomislav",
				"Dario",
				"Goran",
				"Filip",
				"Matej",
				"Hrvoje",
				"Krešimir",
				"Mario",
				"Domagoj"
			],
			x: ["Saša"]
		},
		family: [
			"Horvat",
			"Kovačević",
			"Babić",
			"Marić",
			"Jurić",
			"Novak",
			"Knežević",
			"Vuković",
			"Kovač",
			"Matić",
			"Tomić",
			"Božić",
			"Perić",
			"Radić",
			"Filipović",
			"Šarić",
			"Pavić",
			"Grgić",
			"Blažević",
			"Lovrić"
		]
	},
	serbian: {
		label: "Serbian",
		language: "sr",
		given: {
			f: [
				"Jelena",
				"Milica",
				"Tijana",
				"Jovana",
				"Marija",
				"Ana",
				"Mirjana",
				"Dragana",
				"Sanja",
				"Ivana",
				"Teodora",
				"Katarina",
				"Nevena",
				"Sofija"
			],
			m: [
				"Nikola",
				"Stefan",
				"Marko",
				"Petar",
				"Dejan",
				"Nenad",
				"Zoran",
				"Miloš",
				"Vladimir",
				"Dušan",
				"Bojan",
				"Aleksandar",
				"Uroš",
				"Lazar"
			],
			x: ["Saša"]
		},
		family: [
			"Petrović",
			"Jovanović",
			"Nikolić",
			"Đorđević",
			"Ilić",
			"Pavlović",
			"Marković",
			"Popović",
			"Stojanović",
			"Todorović",
			"Lukić",
			"Savić",
			"Mitrović",
			"Kostić",
			"Stanković",
			"Živković",
			"Ristić",
			"Obradović",
			"Janković",
			"Milenković"
		]
	},
	romanian: {
		label: "Romanian",
		language: "ro",
		given: {
			f: [
				"Andreea",
				"Ioana",
				"Maria",
				"Elena",
				"Alexandra",
				"Cristina",
				"Roxana",
				"Mihaela",
				"Diana",
				"Raluca",
				"Bianca",
				"Irina",
				"Oana",
				"Simona",
				"Alina"
			],
			m: [
				"Andrei",
				"Alexandru",
				"Mihai",
				"Ionuț",
				"Cristian",
				"Bogdan",
				"Florin",
				"Radu",
				"Vlad",
				"Gabriel",
				"Adrian",
				"Răzvan",
				"Sorin",
				"Cătălin",
				"Ștefan",
				"Dragoș",
				"Tudor"
			],
			x: []
		},
		family: [
			"Popescu",
			"Ionescu",
			"Popa",
			"Radu",
			"Dumitru",
			"Stan",
			"Stoica",
			"Gheorghe",
			"Matei",
			"Ciobanu",
			"Rusu",
			"Munteanu",
			"Constantin",
			"Marin",
			"Lazăr",
			"Dinu",
			"Florea",
			"Ilie",
			"Moldovan",
			"Barbu",
			"Nistor",
			"Toma",
			"Dobre",
			"Cristea",
			"Enache",
			"Oprea"
		]
	},
	polish: {
		label: "Polish",
		language: "pl",
		given: {
			f: [
				"Anna",
				"Katarzyna",
				"Magdalena",
				"Agnieszka",
				"Joanna",
				"Marta",
				"Aleksandra",
				"Zofia",
				"Natalia",
				"Monika",
				"Karolina",
				"Ewa",
				"Justyna",
				"Weronika",
				"Dorota",
				"Paulina"
			],
			m: [
				"Piotr",
				"Tomasz",
				"Paweł",
				"Michał",
				"Krzysztof",
				"Marcin",
				"Jakub",
				"Łukasz",
				"Kamil",
				"Mateusz",
				"Wojciech",
				"Bartosz",
				"Grzegorz",
				"Adam",
				"Rafał",
				"Szymon"
			],
			x: []
		},
		family: [
			"Nowak",
			["Kowalski", "Kowalska"],
			["Wiśniewski", "Wiśniewska"],
			"Wójcik",
			"Kowalczyk",
			["Kamiński", "Kamińska"],
			["Zieliński", "Zielińska"],
			["Szymański", "Szymańska"],
			"Woźniak",
			["Dąbrowski", "Dąbrowska"],
			["Kozłowski", "Kozłowska"],
			["Jankowski", "Jankowska"],
			"Mazur",
			["Kwiatkowski", "Kwiatkowska"],
			"Krawczyk",
			["Piotrowski", "Piotrowska"],
			["Grabowski", "Grabowska"],
			["Pawłowski", "Pawłowska"],
			["Michalski", "Michalska"],
			"Wróbel",
			"Zając",
			"Król",
			"Wieczorek",
			["Jabłoński", "Jabłońska"],
			["Majewski", "Majewska"],
			["Olszewski", "Olszewska"],
			"Stępień",
			"Dudek"
		]
	},
	czech: {
		label: "Czech",
		language: "cs",
		given: {
			f: [
				"Tereza",
				"Eliška",
				"Kateřina",
				"Lucie",
				"Veronika",
				"Petra",
				"Markéta",
				"Jana",
				"Hana",
				"Klára",
				"Barbora",
				"Zuzana",
				"Lenka",
				"Adéla"
			],
			m: [
				"Jan",
				"Tomáš",
				"Jakub",
				"Martin",
				"Lukáš",
				"Ondřej",
				"Pavel",
				"Jiří",
				"Vojtěch",
				"Michal",
				"Filip",
				"David",
				"Marek",
				"Vít"
			],
			x: []
		},
		family: [
			["Novák", "Nováková"],
			["Svoboda", "Svobodová"],
			["Novotný", "Novotná"],
			["Dvořák", "Dvořáková"],
			["Černý", "Černá"],
			["Procházka", "Procházková"],
			["Kučera", "Kučerová"],
			["Veselý", "Veselá"],
			["Horák", "Horáková"],
			["Němec", "Němcová"],
			["Pokorný", "Pokorná"],
			["Marek", "Marková"],
			["Pospíšil", "Pospíšilová"],
			["Hájek", "Hájková"],
			["Král", "Králová"],
			["Jelínek", "Jelínková"],
			["Růžička", "Růžičková"],
			["Beneš", "Benešová"],
			["Sedláček", "Sedláčková"],
			["Doležal", "Doležalová"],
			["Kolář", "Kolářová"],
			["Čermák", "Čermáková"],
			["Urban", "Urbanová"],
			["Vaněk", "Vaňková"],
			["Kříž", "Křížová"]
		]
	},
	ukrainian: {
		label: "Ukrainian",
		language: "uk",
		given: {
			f: [
				"Olena",
				"Oksana",
				"Iryna",
				"Kateryna",
				"Tetiana",
				"Nataliia",
				"Yuliia",
				"Anastasiia",
				"Daria",
				"Sofiia",
				"Khrystyna",
				"Viktoriia",
				"Olha",
				"Halyna",
				"Svitlana"
			],
			m: [
				"Oleksandr",
				"Andrii",
				"Dmytro",
				"Serhii",
				"Mykola",
				"Taras",
				"Yurii",
				"Bohdan",
				"Vasyl",
				"Ihor",
				"Maksym",
				"Artem",
				"Oleh",
				"Roman",
				"Pavlo"
			],
			x: ["Sasha"]
		},
		family: [
			"Shevchenko",
			"Kovalenko",
			"Bondarenko",
			"Tkachenko",
			"Kravchenko",
			"Boiko",
			"Kovalchuk",
			"Oliinyk",
			"Shevchuk",
			"Polishchuk",
			"Lysenko",
			"Marchenko",
			"Melnyk",
			"Savchenko",
			"Rudenko",
			"Moroz",
			"Pavlenko",
			"Petrenko",
			"Klymenko",
			"Ponomarenko",
			"Kuzmenko",
			"Honcharenko",
			"Tkachuk",
			"Vovk",
			["Levytskyi", "Levytska"],
			["Zhuravskyi", "Zhuravska"]
		]
	},
	hungarian: {
		label: "Hungarian",
		language: "hu",
		familyFirst: .1,
		given: {
			f: [
				"Eszter",
				"Anna",
				"Réka",
				"Zsófia",
				"Katalin",
				"Júlia",
				"Dóra",
				"Petra",
				"Boglárka",
				"Nóra",
				"Krisztina",
				"Judit",
				"Ágnes",
				"Orsolya",
				"Fanni",
				"Lilla"
			],
			m: [
				"Bence",
				"Máté",
				"Dávid",
				"Gergely",
				"Balázs",
				"Péter",
				"Tamás",
				"Zoltán",
				"Ádám",
				"Levente",
				"László",
				"Gábor",
				"Attila",
				"András",
				"Csaba",
				"Márton"
			],
			x: []
		},
		family: [
			"Nagy",
			"Kovács",
			"Tóth",
			"Szabó",
			"Horváth",
			"Varga",
			"Kiss",
			"Molnár",
			"Németh",
			"Farkas",
			"Balogh",
			"Papp",
			"Takács",
			"Juhász",
			"Lakatos",
			"Mészáros",
			"Oláh",
			"Simon",
			"Rácz",
			"Fekete",
			"Szilágyi",
			"Török",
			"Fehér",
			"Gál",
			"Szűcs",
			"Kocsis",
			"Pintér"
		]
	},
	arabic: {
		label: "Arabic (Egypt, Levant, Palestine)",
		language: "ar",
		given: {
			f: [
				"Layla",
				"Rania",
				"Yasmin",
				"Salma",
				"Hala",
				"Mariam",
				"Dina",
				"Reem",
				"Lina",
				"Sara",
				"Amira",
				"Fatima",
				"Aya",
				"Huda",
				"Samira",
				"Nadia",
				"Rasha",
				"Maha",
				"Ghada",
				"Dalia",
				"Zeina",
				"Heba",
				"Farah",
				"Rana",
				"Jumana",
				"Razan"
			],
			m: [
				"Ahmed",
				"Mohamed",
				"Omar",
				"Khaled",
				"Youssef",
				"Karim",
				"Tarek",
				"Hassan",
				"Ali",
				"Mahmoud",
				"Sami",
				"Wassim",
				"Fadi",
				"Bassel",
				"Ziad",
				"Walid",
				"Amr",
				"Mostafa",
				"Hussein",
				"Majd",
				"Nabil",
				"Ibrahim",
				"Mazen",
				"Tamer",
				"Hani",
				"Sherif",
				"Yazan",
				"Issa"
			],
			x: [
				"Nour",
				"Salam",
				"Ihsan"
			]
		},
		family: [
			"Haddad",
			"Khoury",
			"Saleh",
			"Nasser",
			"Hamdan",
			"Mansour",
			"Khalil",
			"Awad",
			"Aziz",
			"Ibrahim",
			"Youssef",
			"Abdallah",
			"Hassan",
			"Farouk",
			"Shalaby",
			"El-Sayed",
			"Mahmoud",
			"Barakat",
			"Qassem",
			"Odeh",
			"Jaber",
			"Najjar",
			"Salameh",
			"Hijazi",
			"Sabbagh",
			"Masri",
			"Attar",
			"Hamad",
			"Fakhoury",
			"Rizk",
			"Ghanem",
			"Nassar",
			"Zaher",
			"Bishara",
			"Khatib",
			"Halabi",
			"Karam"
		],
		arabicScript: {
			Layla: "ليلى",
			Rania: "رانيا",
			Yasmin: "ياسمين",
			Salma: "سلمى",
			Hala: "هالة",
			Mariam: "مريم",
			Dina: "دينا",
			Reem: "ريم",
			Lina: "لينا",
			Sara: "سارة",
			Amira: "أميرة",
			Fatima: "فاطمة",
			Aya: "آية",
			Huda: "هدى",
			Samira: "سميرة",
			Nadia: "نادية",
			Rasha: "رشا",
			Maha: "مها",
			Ghada: "غادة",
			Dalia: "داليا",
			Zeina: "زينة",
			Heba: "هبة",
			Farah: "فرح",
			Rana: "رنا",
			Jumana: "جمانة",
			Razan: "رزان",
			Ahmed: "أحمد",
			Mohamed: "محمد",
			Omar: "عمر",
			Khaled: "خالد",
			Youssef: "يوسف",
			Karim: "كريم",
			Tarek: "طارق",
			Hassan: "حسن",
			Ali: "علي",
			Mahmoud: "محمود",
			Sami: "سامي",
			Wassim: "وسيم",
			Fadi: "فادي",
			Bassel: "باسل",
			Ziad: "زياد",
			Walid: "وليد",
			Amr: "عمرو",
			Mostafa: "مصطفى",
			Hussein: "حسين",
			Majd: "مجد",
			Nabil: "نبيل",
			Ibrahim: "إبراهيم",
			Mazen: "مازن",
			Tamer: "تامر",
			Hani: "هاني",
			Sherif: "شريف",
			Yazan: "يزن",
			Issa: "عيسى",
			Nour: "نور",
			Salam: "سلام",
			Ihsan: "إحسان",
			Haddad: "حداد",
			Khoury: "خوري",
			Saleh: "صالح",
			Nasser: "ناصر",
			Hamdan: "حمدان",
			Mansour: "منصور",
			Khalil: "خليل",
			Awad: "عوض",
			Aziz: "عزيز",
			Abdallah: "عبد الله",
			Farouk: "فاروق",
			Shalaby: "شلبي",
			"El-Sayed": "السيد",
			Barakat: "بركات",
			Qassem: "قاسم",
			Odeh: "عودة",
			Jaber: "جابر",
			Najjar: "نجار",
			Salameh: "سلامة",
			Hijazi: "حجازي",
			Sabbagh: "صباغ",
			Masri: "المصري",
			Attar: "العطار",
			Hamad: "حمد",
			Fakhoury: "فاخوري",
			Rizk: "رزق",
			Ghanem: "غانم",
			Nassar: "نصار",
			Zaher: "زاهر",
			Bishara: "بشارة",
			Khatib: "الخطيب",
			Halabi: "الحلبي",
			Karam: "كرم"
		}
	},
	maghrebi: {
		label: "Maghrebi (Tunisia, Morocco; French-style transliteration)",
		language: "ar",
		given: {
			f: [
				"Amel",
				"Sana",
				"Imen",
				"Rim",
				"Meriem",
				"Salma",
				"Khadija",
				"Nadia",
				"Asma",
				"Houda",
				"Leila",
				"Samira",
				"Soukaina",
				"Hajar",
				"Yasmine",
				"Ines",
				"Oumaima",
				"Wafa",
				"Sarra",
				"Ghizlane",
				"Chaima",
				"Rania"
			],
			m: [
				"Mohamed",
				"Ahmed",
				"Youssef",
				"Yassine",
				"Amine",
				"Karim",
				"Mehdi",
				"Hamza",
				"Anis",
				"Aymen",
				"Bilel",
				"Sami",
				"Khalil",
				"Hichem",
				"Omar",
				"Rachid",
				"Walid",
				"Zakaria",
				"Oussama",
				"Mourad",
				"Slim",
				"Hatem",
				"Ayoub"
			],
			x: ["Nour", "Ihsane"]
		},
		family: [
			"Gharbi",
			"Mejri",
			"Dridi",
			"Chaabane",
			"Khelifi",
			"Mansouri",
			"Jlassi",
			"Sassi",
			"Zouari",
			"Hamdi",
			"El Amrani",
			"Alaoui",
			"Idrissi",
			"Bennani",
			"Tazi",
			"Berrada",
			"El Fassi",
			"Bouzid",
			"Saidi",
			"Naciri",
			"Lahlou",
			"Ziani",
			"Kettani",
			"Ben Amor",
			"Bouslama",
			"Chatti",
			"Riahi",
			"Ferchichi",
			"Baccouche",
			"Tlili",
			"Cherif",
			"Ouazzani"
		],
		arabicScript: {
			Amel: "أمل",
			Sana: "سناء",
			Imen: "إيمان",
			Rim: "ريم",
			Meriem: "مريم",
			Salma: "سلمى",
			Khadija: "خديجة",
			Nadia: "نادية",
			Asma: "أسماء",
			Houda: "هدى",
			Leila: "ليلى",
			Samira: "سميرة",
			Soukaina: "سكينة",
			Hajar: "هاجر",
			Yasmine: "ياسمين",
			Ines: "إيناس",
			Oumaima: "أميمة",
			Wafa: "وفاء",
			Sarra: "سارة",
			Ghizlane: "غزلان",
			Chaima: "شيماء",
			Rania: "رانيا",
			Mohamed: "محمد",
			Ahmed: "أحمد",
			Youssef: "يوسف",
			Yassine: "ياسين",
			Amine: "أمين",
			Karim: "كريم",
			Mehdi: "مهدي",
			Hamza: "حمزة",
			Anis: "أنيس",
			Aymen: "أيمن",
			Bilel: "بلال",
			Sami: "سامي",
			Khalil: "خليل",
			Hichem: "هشام",
			Omar: "عمر",
			Rachid: "رشيد",
			Walid: "وليد",
			Zakaria: "زكرياء",
			Oussama: "أسامة",
			Mourad: "مراد",
			Slim: "سليم",
			Hatem: "حاتم",
			Ayoub: "أيوب",
			Nour: "نور",
			Ihsane: "إحسان",
			Gharbi: "الغربي",
			Mejri: "المجري",
			Dridi: "الدريدي",
			Chaabane: "شعبان",
			Khelifi: "الخليفي",
			Mansouri: "المنصوري",
			Jlassi: "الجلاصي",
			Sassi: "ساسي",
			Zouari: "الزواري",
			Hamdi: "حمدي",
			"El Amrani": "العمراني",
			Alaoui: "العلوي",
			Idrissi: "الإدريسي",
			Bennani: "بناني",
			Tazi: "التازي",
			Berrada: "برادة",
			"El Fassi": "الفاسي",
			Bouzid: "بوزيد",
			Saidi: "السعيدي",
			Naciri: "الناصري",
			Lahlou: "لحلو",
			Ziani: "الزياني",
			Kettani: "الكتاني",
			"Ben Amor": "بن عمر",
			Bouslama: "بوسلامة",
			Chatti: "الشطي",
			Riahi: "الرياحي",
			Ferchichi: "الفرشيشي",
			Baccouche: "بكوش",
			Tlili: "التليلي",
			Cherif: "الشريف",
			Ouazzani: "الوزاني"
		}
	},
	persian: {
		label: "Persian (Iran)",
		language: "fa",
		given: {
			f: [
				"Maryam",
				"Sara",
				"Neda",
				"Shirin",
				"Parisa",
				"Leila",
				"Nasrin",
				"Niloufar",
				"Roya",
				"Azadeh",
				"Fatemeh",
				"Zahra",
				"Setareh",
				"Shadi",
				"Yasaman",
				"Golnaz",
				"Mina",
				"Ladan",
				"Bahar",
				"Tara"
			],
			m: [
				"Ali",
				"Reza",
				"Mohammad",
				"Hossein",
				"Amir",
				"Mehdi",
				"Hamid",
				"Babak",
				"Kaveh",
				"Arash",
				"Saeed",
				"Farhad",
				"Dariush",
				"Behnam",
				"Pouya",
				"Navid",
				"Omid",
				"Kian",
				"Siavash",
				"Payam"
			],
			x: []
		},
		family: [
			"Mohammadi",
			"Hosseini",
			"Ahmadi",
			"Rezaei",
			"Moradi",
			"Karimi",
			"Hashemi",
			"Jafari",
			"Rahimi",
			"Sadeghi",
			"Kazemi",
			"Ebrahimi",
			"Heidari",
			"Ghasemi",
			"Rostami",
			"Najafi",
			"Shirazi",
			"Tehrani",
			"Farahani",
			"Bagheri",
			"Soltani",
			"Golestani",
			"Akbari",
			"Nazari",
			"Abbasi",
			"Javadi",
			"Kamali",
			"Rahmani",
			"Ansari"
		]
	},
	hebrew: {
		label: "Israeli (Hebrew)",
		language: "he",
		given: {
			f: [
				"Noa",
				"Tamar",
				"Maya",
				"Shira",
				"Yael",
				"Michal",
				"Noga",
				"Hila",
				"Dana",
				"Inbal",
				"Avital",
				"Keren",
				"Orly",
				"Liat",
				"Efrat"
			],
			m: [
				"Yonatan",
				"Itai",
				"Omer",
				"Eitan",
				"Guy",
				"Oren",
				"Nadav",
				"Yoav",
				"Ariel",
				"Ido",
				"Uri",
				"Avi",
				"Erez",
				"Asaf",
				"Tomer",
				"Gilad",
				"Yaniv"
			],
			x: [
				"Adi",
				"Roni",
				"Tal",
				"Amit",
				"Rotem",
				"Shai",
				"Yuval",
				"Lior",
				"Gal",
				"Sahar"
			]
		},
		family: [
			"Cohen",
			"Levi",
			"Mizrahi",
			"Peretz",
			"Biton",
			"Dahan",
			"Avraham",
			"Friedman",
			"Azoulay",
			"Katz",
			"Malka",
			"Ben-David",
			"Shapiro",
			"Goldberg",
			"Amar",
			"Ohayon",
			"Rosen",
			"Ben-Ami",
			"Golan",
			"Shalev",
			"Segal",
			"Weiss",
			"Harel",
			"Tzur",
			"Navon",
			"Carmeli",
			"Avni",
			"Peleg",
			"Sharabi"
		]
	},
	hindi: {
		label: "North and West Indian",
		language: "hi",
		given: {
			f: [
				"Priya",
				"Ananya",
				"Kavya",
				"Neha",
				"Pooja",
				"Shreya",
				"Anjali",
				"Divya",
				"Meera",
				"Sunita",
				"Aarti",
				"Nisha",
				"Radhika",
				"Shweta",
				"Swati",
				"Aditi",
				"Ishita",
				"Sneha",
				"Rekha",
				"Payal",
				"Tanvi"
			],
			m: [
				"Rahul",
				"Amit",
				"Arjun",
				"Rohan",
				"Vikram",
				"Aditya",
				"Sanjay",
				"Rajesh",
				"Anil",
				"Siddharth",
				"Karan",
				"Nikhil",
				"Varun",
				"Manish",
				"Deepak",
				"Sandeep",
				"Vivek",
				"Abhishek",
				"Kunal",
				"Aakash",
				"Ravi"
			],
			x: [
				"Kiran",
				"Gurpreet",
				"Harpreet",
				"Jaspreet"
			]
		},
		family: [
			"Sharma",
			"Verma",
			"Gupta",
			"Singh",
			"Kumar",
			"Patel",
			"Shah",
			"Mehta",
			"Joshi",
			"Agarwal",
			"Malhotra",
			"Kapoor",
			"Chopra",
			"Mishra",
			"Pandey",
			"Yadav",
			"Jain",
			"Saxena",
			"Srivastava",
			"Tiwari",
			"Chauhan",
			"Desai",
			"Kulkarni",
			"Deshpande",
			"Patil",
			"Bhatt",
			"Trivedi",
			"Sinha",
			"Arora",
			"Gill",
			"Sandhu"
		]
	},
	bengali: {
		label: "Bengali (West Bengal)",
		language: "bn",
		given: {
			f: [
				"Moumita",
				"Tania",
				"Rupa",
				"Sharmistha",
				"Paromita",
				"Debjani",
				"Mitali",
				"Poulomi",
				"Rituparna",
				"Sreeja",
				"Ananya",
				"Shreya",
				"Sohini",
				"Arpita",
				"Madhurima"
			],
			m: [
				"Arindam",
				"Subhajit",
				"Debashis",
				"Anirban",
				"Abhijit",
				"Sayan",
				"Partha",
				"Tanmoy",
				"Souvik",
				"Rajarshi",
				"Indranil",
				"Arnab",
				"Sudipto",
				"Pritam",
				"Kaushik"
			],
			x: []
		},
		family: [
			"Banerjee",
			"Chatterjee",
			"Mukherjee",
			"Bhattacharya",
			"Chakraborty",
			"Das",
			"Dutta",
			"Ghosh",
			"Bose",
			"Sengupta",
			"Basu",
			"Mitra",
			"Saha",
			"Majumdar",
			"Sarkar",
			"Haldar",
			"Pal",
			"Dey",
			"Biswas",
			"Guha",
			"Nandi"
		]
	},
	bangladeshi: {
		label: "Bangladeshi",
		language: "bn",
		given: {
			f: [
				"Nusrat",
				"Farzana",
				"Tahmina",
				"Sadia",
				"Rumana",
				"Sumaiya",
				"Ishrat",
				"Nazia",
				"Tasnim",
				"Mahfuza",
				"Sharmin",
				"Jannat",
				"Afsana",
				"Laboni",
				"Tania"
			],
			m: [
				"Rahim",
				"Tanvir",
				"Rafiq",
				"Shafiq",
				"Habib",
				"Arif",
				"Mahmud",
				"Faisal",
				"Sajid",
				"Kamal",
				"Rakib",
				"Shakil",
				"Nayeem",
				"Mehedi",
				"Sohel",
				"Asif",
				"Zahid",
				"Rezaul"
			],
			x: []
		},
		family: [
			"Rahman",
			"Hossain",
			"Islam",
			"Ahmed",
			"Khan",
			"Chowdhury",
			["Miah", "Akter"],
			"Uddin",
			"Alam",
			"Haque",
			"Karim",
			"Sarker",
			"Bhuiyan",
			"Talukder",
			"Sikder",
			"Mollah",
			"Siddique",
			"Kabir",
			"Hasan",
			"Majumder"
		]
	},
	tamil: {
		label: "Tamil (India, Sri Lanka, Malaysia)",
		language: "ta",
		given: {
			f: [
				"Lakshmi",
				"Priya",
				"Divya",
				"Kavitha",
				"Meena",
				"Revathi",
				"Anitha",
				"Deepa",
				"Gayathri",
				"Nandhini",
				"Sangeetha",
				"Vani",
				"Malar",
				"Thenmozhi",
				"Yamini",
				"Abirami",
				"Keerthana",
				"Janani"
			],
			m: [
				"Karthik",
				"Suresh",
				"Senthil",
				"Murugan",
				"Vignesh",
				"Arun",
				"Bala",
				"Ganesh",
				"Prakash",
				"Rajan",
				"Saravanan",
				"Tamilselvan",
				"Dinesh",
				"Kumaran",
				"Anand",
				"Sathish",
				"Selvam",
				"Ilango"
			],
			x: []
		},
		family: [
			"Raman",
			"Krishnan",
			"Subramanian",
			"Natarajan",
			"Venkatesan",
			"Rajendran",
			"Ramasamy",
			"Sundaram",
			"Murugesan",
			"Srinivasan",
			"Balasubramanian",
			"Chandrasekaran",
			"Annamalai",
			"Arumugam",
			"Pillai",
			"Iyer",
			"Sivakumar",
			"Kandasamy",
			"Palaniappan",
			"Selvaraj",
			"Jeyaraj",
			"Thangaraj",
			"Anbalagan",
			"Elangovan"
		]
	},
	urdu: {
		label: "Pakistani (Urdu-speaking)",
		language: "ur",
		given: {
			f: [
				"Ayesha",
				"Fatima",
				"Sana",
				"Hira",
				"Zainab",
				"Maryam",
				"Amna",
				"Mahnoor",
				"Sadia",
				"Rabia",
				"Nida",
				"Iqra",
				"Saima",
				"Aliya",
				"Bushra",
				"Mehwish",
				"Sidra"
			],
			m: [
				"Ali",
				"Ahmed",
				"Usman",
				"Bilal",
				"Hamza",
				"Faisal",
				"Asad",
				"Omer",
				"Zain",
				"Saad",
				"Haris",
				"Fahad",
				"Taimur",
				"Kashif",
				"Adnan",
				"Junaid",
				"Waqas",
				"Salman",
				"Danish"
			],
			x: ["Noor", "Kiran"]
		},
		family: [
			"Khan",
			"Ahmed",
			"Malik",
			"Butt",
			"Qureshi",
			"Sheikh",
			"Siddiqui",
			"Chaudhry",
			"Raza",
			"Hussain",
			"Shah",
			"Mirza",
			"Abbasi",
			"Baig",
			"Iqbal",
			"Rana",
			"Javed",
			"Aslam",
			"Zaidi",
			"Rizvi",
			"Hashmi"
		]
	},
	sinhala: {
		label: "Sinhala (Sri Lanka)",
		language: "si",
		given: {
			f: [
				"Nimali",
				"Dilani",
				"Chamari",
				"Sanduni",
				"Ishara",
				"Kaushalya",
				"Tharushi",
				"Nadeesha",
				"Hiruni",
				"Sachini",
				"Dilhani",
				"Anusha",
				"Madhavi",
				"Shanika"
			],
			m: [
				"Kasun",
				"Nuwan",
				"Chaminda",
				"Ruwan",
				"Sampath",
				"Tharindu",
				"Lahiru",
				"Asela",
				"Buddhika",
				"Chathura",
				"Pradeep",
				"Sanjeewa",
				"Isuru",
				"Mahesh"
			],
			x: []
		},
		family: [
			"Perera",
			"Fernando",
			"de Silva",
			"Jayasinghe",
			"Wijesinghe",
			"Bandara",
			"Herath",
			"Kumara",
			"Dissanayake",
			"Gunawardena",
			"Rathnayake",
			"Karunaratne",
			"Weerasinghe",
			"Abeysekera",
			"Samarasinghe",
			"Ekanayake",
			"Liyanage",
			"Amarasinghe",
			"Gamage",
			"Pathirana"
		]
	},
	nepali: {
		label: "Nepali",
		language: "ne",
		given: {
			f: [
				"Sita",
				"Gita",
				"Sabina",
				"Anjana",
				"Sunita",
				"Puja",
				"Rojina",
				"Sarita",
				"Binita",
				"Asmita",
				"Srijana",
				"Kabita",
				"Nirmala",
				"Samjhana",
				"Pratikshya"
			],
			m: [
				"Bikash",
				"Suman",
				"Rajan",
				"Prakash",
				"Sagar",
				"Anil",
				"Dipesh",
				"Santosh",
				"Ramesh",
				"Bishal",
				"Rabin",
				"Niraj",
				"Sujan",
				"Roshan",
				"Manoj"
			],
			x: ["Kiran"]
		},
		family: [
			"Shrestha",
			"Sharma",
			"Adhikari",
			"Thapa",
			"Gurung",
			"Tamang",
			"Rai",
			"Magar",
			"Karki",
			"Poudel",
			"Pandey",
			"Maharjan",
			"Joshi",
			"Khadka",
			"Basnet",
			"Lama",
			"Ghimire",
			"Subedi",
			"Acharya",
			"Regmi",
			"Pokharel"
		]
	},
	chinese: {
		label: "Chinese (Mandarin, pinyin)",
		language: "zh",
		familyFirst: .35,
		given: {
			f: [
				"Mei",
				"Jing",
				"Yan",
				"Hui",
				"Ying",
				"Xiaomei",
				"Yuxin",
				"Siqi",
				"Jiayi",
				"Wenjing",
				"Ruoxi",
				"Yuting",
				"Xueying",
				"Lijuan",
				"Qian",
				"Shan"
			],
			m: [
				"Wei",
				"Jian",
				"Hao",
				"Lei",
				"Tao",
				"Jun",
				"Peng",
				"Bo",
				"Zhiwei",
				"Haoran",
				"Yifan",
				"Zihao",
				"Jianguo",
				"Ming",
				"Qiang"
			],
			x: [
				"Yu",
				"Xin",
				"Lin",
				"Ping",
				"Jie"
			]
		},
		family: [
			"Wang",
			"Li",
			"Zhang",
			"Liu",
			"Chen",
			"Yang",
			"Zhao",
			"Huang",
			"Zhou",
			"Wu",
			"Xu",
			"Sun",
			"Hu",
			"Zhu",
			"Gao",
			"Lin",
			"He",
			"Guo",
			"Ma",
			"Luo",
			"Liang",
			"Song",
			"Zheng",
			"Xie",
			"Tang",
			"Feng",
			"Deng",
			"Cao",
			"Peng",
			"Zeng"
		]
	},
	"chinese-southern": {
		label: "Chinese (Hokkien, Cantonese and Hakka romanisation; Malaysia, diaspora)",
		language: "zh",
		familyFirst: .5,
		given: {
			f: [
				"Mei Ling",
				"Hui Min",
				"Xin Yi",
				"Jia Hui",
				"Wei Ling",
				"Shu Fen",
				"Li Ting",
				"Pei Shan",
				"Siew Lan",
				"Hui Ying",
				"Yee Mun",
				"Kah Yan"
			],
			m: [
				"Wei Jie",
				"Jun Jie",
				"Kok Wai",
				"Chee Keong",
				"Zhi Hao",
				"Jia Wei",
				"Kian Seng",
				"Boon Huat",
				"Wai Kit",
				"Chun Wah",
				"Yong Sheng"
			],
			x: ["Wai Yee", "Kar Mun"]
		},
		family: [
			"Tan",
			"Lim",
			"Lee",
			"Ng",
			"Wong",
			"Chan",
			"Goh",
			"Ong",
			"Teo",
			"Koh",
			"Chua",
			"Chong",
			"Yeo",
			"Low",
			"Foo",
			"Lau",
			"Ho",
			"Cheng",
			"Leong",
			"Tay",
			"Sim",
			"Toh",
			"Lai",
			"Choo",
			"Khoo"
		]
	},
	taiwanese: {
		label: "Taiwanese (Wade–Giles style romanisation)",
		language: "zh",
		familyFirst: .3,
		given: {
			f: [
				"Yi-ting",
				"Yu-ting",
				"Shu-fen",
				"Hsin-yi",
				"Chia-hui",
				"Ya-ting",
				"Pei-shan",
				"Hui-chun",
				"Mei-ling",
				"Wan-ju",
				"Szu-yu",
				"Ching-wen"
			],
			m: [
				"Chih-wei",
				"Chia-hao",
				"Po-han",
				"Wei-lun",
				"Chun-hung",
				"Cheng-en",
				"Tsung-han",
				"Yu-hsiang",
				"Chien-hung",
				"Kuan-ting",
				"Ming-hsuan"
			],
			x: [
				"Yi-chen",
				"Yu-chen",
				"Pin-yu"
			]
		},
		family: [
			"Chen",
			"Lin",
			"Huang",
			"Chang",
			"Lee",
			"Wang",
			"Wu",
			"Liu",
			"Yang",
			"Hsu",
			"Cheng",
			"Hsieh",
			"Kuo",
			"Hung",
			"Chiu",
			"Tseng",
			"Liao",
			"Chou",
			"Yeh",
			"Su",
			"Chuang",
			"Lu",
			"Kao"
		]
	},
	japanese: {
		label: "Japanese",
		language: "ja",
		familyFirst: .15,
		given: {
			f: [
				"Aiko",
				"Haruka",
				"Misaki",
				"Yui",
				"Ayaka",
				"Nanami",
				"Sakura",
				"Mai",
				"Emi",
				"Keiko",
				"Naoko",
				"Tomoko",
				"Megumi",
				"Rina",
				"Asuka",
				"Kana",
				"Natsumi"
			],
			m: [
				"Hiroshi",
				"Takeshi",
				"Kenji",
				"Daisuke",
				"Shota",
				"Yuta",
				"Kenta",
				"Ryo",
				"Takumi",
				"Sota",
				"Naoki",
				"Kazuki",
				"Satoshi",
				"Tatsuya",
				"Koji",
				"Shun"
			],
			x: [
				"Yuki",
				"Hikaru",
				"Makoto",
				"Akira",
				"Chihiro",
				"Kaoru"
			]
		},
		family: [
			"Sato",
			"Suzuki",
			"Takahashi",
			"Tanaka",
			"Watanabe",
			"Ito",
			"Yamamoto",
			"Nakamura",
			"Kobayashi",
			"Kato",
			"Yoshida",
			"Yamada",
			"Sasaki",
			"Yamaguchi",
			"Matsumoto",
			"Inoue",
			"Kimura",
			"Hayashi",
			"Shimizu",
			"Yamazaki",
			"Mori",
			"Ikeda",
			"Hashimoto",
			"Ishikawa",
			"Ogawa",
			"Fujita",
			"Okada",
			"Goto",
			"Hasegawa"
		]
	},
	korean: {
		label: "Korean",
		language: "ko",
		familyFirst: .3,
		given: {
			f: [
				"Seo-yeon",
				"Min-ji",
				"Ji-eun",
				"Soo-jin",
				"Hye-jin",
				"Eun-ji",
				"Da-eun",
				"Ha-eun",
				"Ye-jin",
				"Hyun-joo",
				"Mi-young",
				"So-yeon",
				"Eun-bi"
			],
			m: [
				"Min-jun",
				"Seo-jun",
				"Ji-ho",
				"Hyun-woo",
				"Jun-seo",
				"Dong-hyun",
				"Sung-min",
				"Jae-won",
				"Tae-yang",
				"Woo-jin",
				"Sang-hoon",
				"Young-ho",
				"Jin-woo",
				"Kyung-soo"
			],
			x: [
				"Ji-woo",
				"Su-bin",
				"Ha-neul",
				"Ye-seul"
			]
		},
		family: [
			"Kim",
			"Lee",
			"Park",
			"Choi",
			"Jung",
			"Kang",
			"Cho",
			"Yoon",
			"Jang",
			"Lim",
			"Han",
			"Oh",
			"Seo",
			"Shin",
			"Kwon",
			"Hwang",
			"Ahn",
			"Song",
			"Jeon",
			"Hong",
			"Yoo",
			"Ko",
			"Yang",
			"Baek"
		]
	},
	vietnamese: {
		label: "Vietnamese",
		language: "vi",
		familyFirst: .6,
		middle: {
			f: ["Thi"],
			m: ["Van", "Duc"],
			chance: .6
		},
		given: {
			f: [
				"Lan",
				"Linh",
				"Trang",
				"Huong",
				"Mai",
				"Ngoc",
				"Thao",
				"Hanh",
				"Phuong",
				"Thu",
				"Hoa",
				"Nhung",
				"Yen",
				"Quynh",
				"Thuy"
			],
			m: [
				"Tuan",
				"Hung",
				"Duc",
				"Long",
				"Nam",
				"Huy",
				"Khoa",
				"Quang",
				"Son",
				"Phong",
				"Bao",
				"Tien",
				"Hieu",
				"Dung"
			],
			x: [
				"Anh",
				"Minh",
				"Thanh",
				"Khanh",
				"An"
			]
		},
		family: [
			"Nguyen",
			"Tran",
			"Le",
			"Pham",
			"Hoang",
			"Huynh",
			"Phan",
			"Vu",
			"Vo",
			"Dang",
			"Bui",
			"Do",
			"Ho",
			"Ngo",
			"Duong",
			"Ly",
			"Dinh",
			"Truong",
			"Lam",
			"Mai",
			"Trinh"
		]
	},
	filipino: {
		label: "Filipino",
		language: "tl",
		given: {
			f: [
				"Maria",
				"Kristine",
				"Jasmine",
				"Angelica",
				"Mary Grace",
				"Jocelyn",
				"Maricel",
				"Rowena",
				"Liza",
				"Joanna",
				"Camille",
				"Bea",
				"Patricia",
				"Nicole",
				"Divina",
				"Lorna",
				"Analyn",
				"Rhea"
			],
			m: [
				"Juan",
				"Jose",
				"Mark",
				"Paolo",
				"Rafael",
				"Miguel",
				"Carlo",
				"Jerome",
				"Ramon",
				"Noel",
				"Rodel",
				"Arnel",
				"Jericho",
				"Emmanuel",
				"Angelo",
				"Dennis",
				"Ronaldo",
				"Romeo"
			],
			x: ["Jessie", "Kim"]
		},
		family: [
			"Santos",
			"Reyes",
			"Cruz",
			"Bautista",
			"Ocampo",
			"Garcia",
			"Mendoza",
			"Torres",
			"Tomas",
			"Andrada",
			"Castillo",
			"Flores",
			"Villanueva",
			"Ramos",
			"Castro",
			"Rivera",
			"Navarro",
			"Salazar",
			"Mercado",
			"Dela Cruz",
			"De Leon",
			"Soriano",
			"Pascual",
			"Dizon",
			"Gonzales",
			"Manalo",
			"Valdez",
			"Macaraeg",
			"Magbanua",
			"Panganiban"
		]
	},
	indonesian: {
		label: "Indonesian",
		language: "id",
		given: {
			f: [
				"Siti",
				"Dewi",
				"Sri",
				"Putri",
				"Ayu",
				"Ratna",
				"Wulan",
				"Rina",
				"Fitri",
				"Intan",
				"Nurul",
				"Indah",
				"Kartika",
				"Diah",
				"Maya",
				"Anisa",
				"Citra"
			],
			m: [
				"Budi",
				"Agus",
				"Andi",
				"Dedi",
				"Eko",
				"Hendra",
				"Rizky",
				"Arief",
				"Yudi",
				"Bayu",
				"Dimas",
				"Fajar",
				"Gilang",
				"Irfan",
				"Teguh",
				"Wahyu",
				"Adi"
			],
			x: ["Tri", "Dwi"]
		},
		family: [
			"Santoso",
			"Wijaya",
			"Saputra",
			"Hidayat",
			"Kusuma",
			"Pratama",
			"Nugroho",
			"Setiawan",
			"Gunawan",
			"Susanto",
			"Wibowo",
			"Siregar",
			"Nasution",
			"Harahap",
			"Simanjuntak",
			"Sitompul",
			"Hutapea",
			"Purnomo",
			"Prasetyo",
			"Utomo",
			"Lubis",
			"Hakim",
			"Permana",
			"Firmansyah",
			"Kurniawan",
			"Ramadhan"
		]
	},
	malay: {
		label: "Malay",
		language: "ms",
		connector: {
			f: "binti",
			m: "bin",
			chance: .3
		},
		given: {
			f: [
				"Nur Aisyah",
				"Siti Aminah",
				"Nurul Huda",
				"Farah",
				"Aina",
				"Amira",
				"Syafiqah",
				"Nabila",
				"Hidayah",
				"Aisyah",
				"Izzati",
				"Alya",
				"Balqis",
				"Zulaikha"
			],
			m: [
				"Muhammad Hafiz",
				"Ahmad Faiz",
				"Amir",
				"Hafiz",
				"Aiman",
				"Haziq",
				"Irfan",
				"Syafiq",
				"Zulkifli",
				"Azman",
				"Hakim",
				"Firdaus",
				"Danial",
				"Khairul",
				"Ridzuan"
			],
			x: []
		},
		family: [
			"Abdullah",
			"Rahman",
			"Ismail",
			"Hassan",
			"Ibrahim",
			"Yusof",
			"Ahmad",
			"Omar",
			"Hamid",
			"Aziz",
			"Salleh",
			"Othman",
			"Mohamad",
			"Kassim",
			"Mahmud",
			"Zainal",
			"Rashid",
			"Idris",
			"Sulaiman",
			"Osman",
			"Jaafar",
			"Yaacob"
		]
	},
	thai: {
		label: "Thai",
		language: "th",
		given: {
			f: [
				"Nattaya",
				"Siriporn",
				"Kanokwan",
				"Pimchanok",
				"Suda",
				"Malee",
				"Waraporn",
				"Chutima",
				"Apinya",
				"Rattana",
				"Sasithorn",
				"Jiraporn"
			],
			m: [
				"Somchai",
				"Somsak",
				"Anan",
				"Chaiwat",
				"Nattapong",
				"Prasert",
				"Surasak",
				"Thanawat",
				"Krit",
				"Wichai",
				"Panya",
				"Kittisak"
			],
			x: []
		},
		family: [
			"Srisuk",
			"Chaiyaporn",
			"Saetang",
			"Rattanakorn",
			"Sukprasert",
			"Boonmee",
			"Kaewkla",
			"Thongdee",
			"Chaiyasit",
			"Sriwattana",
			"Phongsri",
			"Intarasuk",
			"Kongkaew",
			"Jaidee",
			"Rungrueang",
			"Suwannarat",
			"Chantarasiri",
			"Sombat",
			"Meechai"
		]
	},
	yoruba: {
		label: "Yoruba (Nigeria)",
		language: "yo",
		given: {
			f: [
				"Adeola",
				"Funmilayo",
				"Folake",
				"Bisola",
				"Titilayo",
				"Yetunde",
				"Omolara",
				"Adunni",
				"Kemi",
				"Bukola",
				"Morenike",
				"Ronke",
				"Iyabo",
				"Simisola"
			],
			m: [
				"Adebayo",
				"Babatunde",
				"Olumide",
				"Femi",
				"Tunde",
				"Kunle",
				"Segun",
				"Gbenga",
				"Wale",
				"Kayode",
				"Rotimi",
				"Akin",
				"Dapo"
			],
			x: [
				"Tolulope",
				"Temitope",
				"Oluwaseun",
				"Damilola",
				"Ayodele",
				"Abimbola",
				"Dayo",
				"Tayo",
				"Yemi",
				"Bolu"
			]
		},
		family: [
			"Adeyemi",
			"Ogunleye",
			"Adebayo",
			"Oladipo",
			"Afolabi",
			"Ogunbiyi",
			"Adeleke",
			"Olaniyan",
			"Akinwale",
			"Ajayi",
			"Oyelaran",
			"Bankole",
			"Adewale",
			"Ogundipe",
			"Oyewole",
			"Akande",
			"Olatunji",
			"Ojo",
			"Alabi",
			"Olawale",
			"Ilori",
			"Oyebanji",
			"Ayodele"
		]
	},
	igbo: {
		label: "Igbo (Nigeria)",
		language: "ig",
		given: {
			f: [
				"Chioma",
				"Ngozi",
				"Adaeze",
				"Chiamaka",
				"Nkechi",
				"Ifeoma",
				"Obiageli",
				"Chinwe",
				"Amarachi",
				"Ebere",
				"Oluchi",
				"Nneka",
				"Ogechi",
				"Adanna",
				"Chidinma",
				"Amaka"
			],
			m: [
				"Chukwuemeka",
				"Obinna",
				"Emeka",
				"Ikenna",
				"Chinedu",
				"Nnamdi",
				"Chibuzor",
				"Ifeanyi",
				"Tochukwu",
				"Ejike",
				"Okechukwu",
				"Chidi"
			],
			x: [
				"Uchenna",
				"Uche",
				"Kelechi",
				"Onyeka",
				"Somto",
				"Chidera"
			]
		},
		family: [
			"Okafor",
			"Okeke",
			"Nwosu",
			"Eze",
			"Okonkwo",
			"Nwankwo",
			"Obi",
			"Nnaji",
			"Okoro",
			"Chukwu",
			"Uzor",
			"Igwe",
			"Nwachukwu",
			"Ibe",
			"Anyanwu",
			"Ezeani",
			"Okoye",
			"Agu",
			"Ugwu",
			"Nwafor",
			"Obiora",
			"Onwuka",
			"Nnadi"
		]
	},
	hausa: {
		label: "Hausa (Nigeria)",
		language: "ha",
		given: {
			f: [
				"Aisha",
				"Fatima",
				"Zainab",
				"Hadiza",
				"Amina",
				"Hauwa",
				"Maryam",
				"Bilkisu",
				"Khadija",
				"Rukayya",
				"Halima",
				"Safiya",
				"Jamila",
				"Asma"
			],
			m: [
				"Abdullahi",
				"Ibrahim",
				"Musa",
				"Sani",
				"Usman",
				"Aminu",
				"Bashir",
				"Yusuf",
				"Abubakar",
				"Nasiru",
				"Haruna",
				"Umar",
				"Kabiru",
				"Shehu",
				"Isa",
				"Salisu"
			],
			x: []
		},
		family: [
			"Bello",
			"Abubakar",
			"Mohammed",
			"Yusuf",
			"Ibrahim",
			"Usman",
			"Aliyu",
			"Sani",
			"Danjuma",
			"Lawal",
			"Suleiman",
			"Garba",
			"Musa",
			"Abdullahi",
			"Shehu",
			"Idris",
			"Tanko",
			"Umar",
			"Bala",
			"Adamu",
			"Dikko",
			"Gambo",
			"Maikano"
		]
	},
	akan: {
		label: "Ghanaian (Akan and Ga)",
		language: "ak",
		given: {
			f: [
				"Akosua",
				"Ama",
				"Abena",
				"Efua",
				"Esi",
				"Adjoa",
				"Afua",
				"Yaa",
				"Akua",
				"Araba",
				"Adwoa",
				"Serwaa",
				"Gifty",
				"Priscilla",
				"Comfort",
				"Mercy",
				"Abigail"
			],
			m: [
				"Kwame",
				"Kofi",
				"Kwabena",
				"Kwaku",
				"Yaw",
				"Kojo",
				"Kwesi",
				"Kobina",
				"Fiifi",
				"Emmanuel",
				"Samuel",
				"Ebenezer",
				"Nii",
				"Kwadwo"
			],
			x: ["Nana"]
		},
		family: [
			"Mensah",
			"Owusu",
			"Boateng",
			"Asante",
			"Osei",
			"Agyeman",
			"Ofori",
			"Addo",
			"Darko",
			"Amoah",
			"Frimpong",
			"Antwi",
			"Bonsu",
			"Amponsah",
			"Adjei",
			"Tetteh",
			"Quaye",
			"Quartey",
			"Nkansah",
			"Asamoah",
			"Oppong",
			"Sarpong",
			"Gyamfi",
			"Yeboah"
		]
	},
	kenyan: {
		label: "Kenyan",
		language: "sw",
		given: {
			f: [
				"Wanjiru",
				"Akinyi",
				"Atieno",
				"Njeri",
				"Wambui",
				"Nyambura",
				"Achieng",
				"Wairimu",
				"Mumbi",
				"Chebet",
				"Faith",
				"Mercy",
				"Grace",
				"Esther",
				"Naomi",
				"Caroline",
				"Lilian",
				"Winnie"
			],
			m: [
				"Brian",
				"Kevin",
				"Dennis",
				"Collins",
				"Kamau",
				"Otieno",
				"Kiprop",
				"Njoroge",
				"Ochieng",
				"Onyango",
				"Kimani",
				"Wafula",
				"Evans",
				"Victor",
				"Emmanuel",
				"Samuel"
			],
			x: ["Amani", "Imani"]
		},
		family: [
			"Kamau",
			"Mwangi",
			"Otieno",
			"Ochieng",
			"Njoroge",
			"Wanjiku",
			"Kariuki",
			"Omondi",
			"Odhiambo",
			"Kimani",
			"Mutua",
			"Kiprono",
			"Cheruiyot",
			"Wafula",
			"Wekesa",
			"Onyango",
			"Macharia",
			"Maina",
			"Kiplagat",
			"Njuguna",
			"Owino",
			"Mwendwa",
			"Nyaga",
			"Korir",
			"Rotich"
		]
	},
	ugandan: {
		label: "Ugandan",
		language: "lg",
		given: {
			f: [
				"Nakato",
				"Namubiru",
				"Nalwoga",
				"Nabirye",
				"Namazzi",
				"Akello",
				"Atim",
				"Apio",
				"Grace",
				"Sarah",
				"Patience",
				"Brenda",
				"Esther",
				"Prossy",
				"Harriet",
				"Florence"
			],
			m: [
				"Mugisha",
				"Ssali",
				"Kato",
				"Okello",
				"Opio",
				"Otim",
				"Isaac",
				"Ronald",
				"Moses",
				"Godfrey",
				"Julius",
				"Geoffrey",
				"Brian",
				"Denis",
				"Emmanuel"
			],
			x: ["Mukisa"]
		},
		family: [
			"Mukasa",
			"Kiggundu",
			"Lubega",
			"Nsubuga",
			"Musoke",
			"Kizza",
			"Okello",
			"Opio",
			"Ochieng",
			"Byaruhanga",
			"Tumusiime",
			"Mugisha",
			"Twinomujuni",
			"Atuhaire",
			"Kabuye",
			"Ssempijja",
			"Kasozi",
			"Wasswa",
			"Mwesigwa",
			"Ainembabazi",
			"Ahimbisibwe",
			"Amanya"
		]
	},
	tanzanian: {
		label: "Tanzanian",
		language: "sw",
		given: {
			f: [
				"Neema",
				"Rehema",
				"Zawadi",
				"Halima",
				"Mwanaisha",
				"Subira",
				"Upendo",
				"Amina",
				"Asha",
				"Mwajuma",
				"Pendo",
				"Joyce",
				"Agnes",
				"Witness"
			],
			m: [
				"Juma",
				"Baraka",
				"Hamisi",
				"Rashidi",
				"Salim",
				"Athumani",
				"Daudi",
				"Elia",
				"Frank",
				"Godfrey",
				"Ally",
				"Emmanuel",
				"Saidi",
				"Omari"
			],
			x: [
				"Imani",
				"Amani",
				"Tumaini"
			]
		},
		family: [
			"Mwakyusa",
			"Massawe",
			"Mushi",
			"Kimaro",
			"Mrema",
			"Lyimo",
			"Swai",
			"Mollel",
			"Mbwambo",
			"Shirima",
			"Temba",
			"Makundi",
			"Mwamba",
			"Kombo",
			"Haji",
			"Mfinanga",
			"Kessy",
			"Ngowi",
			"Mashauri",
			"Mbise",
			"Urassa",
			"Mrisho",
			"Njau"
		]
	},
	ethiopian: {
		label: "Ethiopian",
		language: "am",
		given: {
			f: [
				"Selam",
				"Hana",
				"Meron",
				"Tigist",
				"Hiwot",
				"Mekdes",
				"Bethlehem",
				"Liya",
				"Saba",
				"Eden",
				"Mahlet",
				"Rahel",
				"Tsion",
				"Bezawit",
				"Meseret"
			],
			m: [
				"Dawit",
				"Yonas",
				"Biniam",
				"Abel",
				"Henok",
				"Yared",
				"Solomon",
				"Mikael",
				"Nahom",
				"Kaleab",
				"Elias",
				"Bereket",
				"Kidus",
				"Amanuel",
				"Ermias",
				"Fitsum"
			],
			x: []
		},
		family: [
			"Tesfaye",
			"Girma",
			"Alemu",
			"Tadesse",
			"Kebede",
			"Wolde",
			"Assefa",
			"Desta",
			"Gebremedhin",
			"Negash",
			"Abera",
			"Mulugeta",
			"Worku",
			"Tekle",
			"Mekonnen",
			"Demissie",
			"Hailu",
			"Getachew",
			"Berhane",
			"Asfaw",
			"Yohannes",
			"Tilahun"
		]
	},
	zimbabwean: {
		label: "Zimbabwean (Shona and Ndebele)",
		language: "sn",
		given: {
			f: [
				"Rutendo",
				"Chipo",
				"Chiedza",
				"Vimbai",
				"Fadzai",
				"Nyarai",
				"Ruvimbo",
				"Tsitsi",
				"Nomsa",
				"Sithembile",
				"Thandeka"
			],
			m: [
				"Simbarashe",
				"Munyaradzi",
				"Tonderai",
				"Takunda",
				"Tawanda",
				"Farirai",
				"Mthokozisi",
				"Sibusiso",
				"Nkosana"
			],
			x: [
				"Tatenda",
				"Tendai",
				"Farai",
				"Nyasha",
				"Tafadzwa",
				"Rufaro",
				"Tinashe",
				"Kudzai",
				"Tanaka",
				"Tapiwa",
				"Blessing"
			]
		},
		family: [
			"Moyo",
			"Ncube",
			"Sibanda",
			"Dube",
			"Chikore",
			"Mutasa",
			"Chiweshe",
			"Mhlanga",
			"Marufu",
			"Gumbo",
			"Makoni",
			"Nyathi",
			"Mpofu",
			"Zhou",
			"Mlambo",
			"Chigumba",
			"Muchena",
			"Ndlovu",
			"Mushonga",
			"Chiwara",
			"Madziva"
		]
	},
	"zulu-xhosa": {
		label: "South African (Zulu, Xhosa, Sotho, Tswana)",
		language: "zu",
		given: {
			f: [
				"Thandiwe",
				"Nomvula",
				"Lindiwe",
				"Zanele",
				"Nokuthula",
				"Zodwa",
				"Nandi",
				"Lerato",
				"Palesa",
				"Buhle",
				"Khanyisile",
				"Nosipho",
				"Ayabonga",
				"Refilwe"
			],
			m: [
				"Sipho",
				"Thabo",
				"Bongani",
				"Sibusiso",
				"Lwazi",
				"Mandla",
				"Siyabonga",
				"Themba",
				"Luyolo",
				"Tshepo",
				"Lungile",
				"Sizwe"
			],
			x: [
				"Ayanda",
				"Andile",
				"Kagiso",
				"Anele",
				"Mpho",
				"Lesedi"
			]
		},
		family: [
			"Dlamini",
			"Nkosi",
			"Ndlovu",
			"Khumalo",
			"Mthembu",
			"Zulu",
			"Mokoena",
			"Ngcobo",
			"Mahlangu",
			"Sithole",
			"Mabaso",
			"Nxumalo",
			"Mkhize",
			"Gumede",
			"Zungu",
			"Cele",
			"Ntuli",
			"Shabalala",
			"Radebe",
			"Molefe",
			"Ngubane",
			"Mabuza",
			"Nkabinde",
			"Mthethwa",
			"Qwabe",
			"Mqadi",
			"Mahlaba"
		]
	},
	afrikaans: {
		label: "Afrikaans",
		language: "af",
		given: {
			f: [
				"Annelie",
				"Marike",
				"Elmarie",
				"Anke",
				"Liezl",
				"Mariska",
				"Riana",
				"Sunette",
				"Lize",
				"Chantelle",
				"Ilse"
			],
			m: [
				"Riaan",
				"Pieter",
				"Johan",
				"Willem",
				"Hendrik",
				"Jacques",
				"Francois",
				"Gerhard",
				"Stefan",
				"Wikus",
				"Danie",
				"Andries",
				"Ruan"
			],
			x: []
		},
		family: [
			"van der Merwe",
			"Botha",
			"Pretorius",
			"du Plessis",
			"Nel",
			"Venter",
			"Steyn",
			"Fourie",
			"Joubert",
			"Kruger",
			"Swanepoel",
			"Louw",
			"Smit",
			"Jacobs",
			"Visser",
			"van Wyk",
			"Snyman",
			"Erasmus",
			"Viljoen",
			"du Toit",
			"Marais"
		]
	},
	senegalese: {
		label: "Senegalese (Wolof, Pulaar, Serer)",
		language: "wo",
		given: {
			f: [
				"Aminata",
				"Fatou",
				"Awa",
				"Mariama",
				"Khady",
				"Ndeye",
				"Aïssatou",
				"Coumba",
				"Rokhaya",
				"Seynabou",
				"Astou",
				"Dieynaba"
			],
			m: [
				"Moussa",
				"Mamadou",
				"Ousmane",
				"Cheikh",
				"Ibrahima",
				"Abdoulaye",
				"Modou",
				"Pape",
				"Babacar",
				"Lamine",
				"Serigne",
				"Alioune"
			],
			x: []
		},
		family: [
			"Diop",
			"Ndiaye",
			"Fall",
			"Sow",
			"Diallo",
			"Sarr",
			"Faye",
			"Gueye",
			"Mbaye",
			"Ba",
			"Sy",
			"Cissé",
			"Thiam",
			"Ndour",
			"Seck",
			"Kane",
			"Niang",
			"Touré",
			"Camara",
			"Dieng",
			"Mbodj"
		]
	}
};
/** Every given name of a pool with its gender tag, in a stable order (f, then m, then x). */
function givenNamesOf(pool) {
	return [
		...pool.given.f.map((name) => ({
			name,
			gender: "f"
		})),
		...pool.given.m.map((name) => ({
			name,
			gender: "m"
		})),
		...pool.given.x.map((name) => ({
			name,
			gender: "x"
		}))
	];
}
/** The form of a family name that goes with a given name of this gender. */
function familyNameFor(family, gender) {
	return typeof family === "string" ? family : gender === "f" ? family[1] : family[0];
}
/**
* Full names that the pools could produce and that belong to people known
* for participatory economics or IOPS. Checked by the generator so a demo
* profile never impersonates a real person from that world.
*/
var RESERVED_FULL_NAMES = /* @__PURE__ */ new Set([
	"michael albert",
	"robin hahnel",
	"noam chomsky",
	"lydia sargent",
	"cynthia peters",
	"chris spannos",
	"stephen shalom",
	"mandisi majavu",
	"yotam marom",
	"marcela olivera",
	"oscar olivera",
	"ezequiel adamovsky",
	"mark evans",
	"khaled said"
]);
// src/lib/server/seed/demo-people.ts
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
var DEMO_HANDLE = "demo";
var DEMO_EMAIL = "demo@example.org";
/** The demo login: always index 0, so the app can sign in as a known, fully filled-in member. */
var DEMO_PERSON = {
	email: DEMO_EMAIL,
	handle: DEMO_HANDLE,
	displayName: "Robin Ashdown",
	country: "GB",
	city: "London",
	timeZone: "Europe/London",
	continent: "europe",
	languages: ["en", "es"],
	locale: "en",
	bio: "Tenant organiser and part-time librarian in London. Joined in the first week after the launch and helped start the local chapter. This is the demo account, so feel free to look around.",
	gender: "x",
	ageBand: "35-44",
	joinedAt: "2012-01-16T09:30:00.000Z",
	lastActiveAt: "2018-06-29T17:45:00.000Z"
};
var DAY$1 = 864e5;
var LAUNCH = Date.UTC(2012, 0, 15);
/** Last moment anyone may join: the start of the last day, so there is room for activity after it. */
var JOIN_END = Date.UTC(2018, 5, 30);
/** "Now" for the demo: the end of 30 June 2018. */
var NOW = Date.UTC(2018, 5, 30, 23, 59, 59);
/**
* mulberry32: tiny, fast, and good enough for picking names. The seed is
* scrambled first so nearby seeds (2012, 2013) give unrelated streams.
*/
var Rng = class {
	state;
	constructor(seed) {
		let s = (Math.trunc(seed) ^ 2654435769) >>> 0;
		s = Math.imul(s ^ s >>> 16, 2246822507);
		s = Math.imul(s ^ s >>> 13, 3266489909);
		this.state = (s ^ s >>> 16) >>> 0;
	}
	/** Uniform in [0, 1). */
	next() {
		this.state = this.state + 1831565813 >>> 0;
		let t = this.state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	}
	/** Integer in [0, n). */
	int(n) {
		return Math.floor(this.next() * n);
	}
	chance(p) {
		return this.next() < p;
	}
	pick(items) {
		if (items.length === 0) throw new Error("pick from an empty list");
		return items[this.int(items.length)];
	}
	weighted(items) {
		let total = 0;
		for (const [, w] of items) total += w;
		let r = this.next() * total;
		for (const [item, w] of items) {
			r -= w;
			if (r < 0) return item;
		}
		const last = items[items.length - 1];
		if (!last) throw new Error("weighted pick from an empty list");
		return last[0];
	}
	/** Exponentially distributed with the given mean. */
	exponential(mean) {
		return -mean * Math.log(1 - this.next());
	}
};
/** Letters NFD does not decompose into an ASCII base letter. */
var ASCII_SPECIALS = {
	ß: "ss",
	æ: "ae",
	Æ: "ae",
	ø: "o",
	Ø: "o",
	œ: "oe",
	Œ: "oe",
	đ: "d",
	Đ: "d",
	ð: "d",
	Ð: "d",
	þ: "th",
	Þ: "th",
	ł: "l",
	Ł: "l",
	ı: "i"
};
function asciiFold(text) {
	return text.replace(/[ßæÆøØœŒđĐðÐþÞłŁı]/g, (ch) => ASCII_SPECIALS[ch] ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
/** Names repeat a lot across 3,000 people; folding each spelling once keeps generation fast. */
var SLUG_CACHE = /* @__PURE__ */ new Map();
/** Lower-case ASCII letters and digits only: "O'Sullivan" → "osullivan", "van der Merwe" → "vandermerwe". */
function slug(text) {
	let result = SLUG_CACHE.get(text);
	if (result === void 0) {
		result = asciiFold(text).toLowerCase().replace(/[^a-z0-9]+/g, "");
		SLUG_CACHE.set(text, result);
	}
	return result;
}
function capitalise(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
/** "a nurse" → "nurse". */
function bare(phrase) {
	return phrase.replace(/^(a|an) /, "");
}
/**
* Splits `total` into integer quotas proportional to `weights` (largest
* remainder method), giving every entry at least `minimum`. Ties go to the
* earlier entry, so the result is deterministic.
*/
function allocate(total, weights, minimum) {
	const floor = total >= 2 * minimum * weights.length ? minimum : 0;
	const rest = total - floor * weights.length;
	const sum = weights.reduce((a, b) => a + b, 0);
	const exact = weights.map((w) => rest * w / sum);
	const quotas = exact.map((x) => floor + Math.floor(x));
	let left = total - quotas.reduce((a, b) => a + b, 0);
	const order = exact.map((x, i) => ({
		i,
		frac: x - Math.floor(x)
	})).sort((a, b) => b.frac - a.frac || a.i - b.i);
	for (const { i } of order) {
		if (left <= 0) break;
		quotas[i] = (quotas[i] ?? 0) + 1;
		left--;
	}
	return quotas;
}
var GIVEN_CACHE = /* @__PURE__ */ new Map();
function givenOf(pool) {
	let list = GIVEN_CACHE.get(pool);
	if (!list) {
		list = givenNamesOf(pool);
		GIVEN_CACHE.set(pool, list);
	}
	return list;
}
function chooseName(rng, pool) {
	for (let attempt = 0;; attempt++) {
		const given = rng.pick(givenOf(pool));
		const reads = given.gender === "x" ? rng.chance(.5) ? "f" : "m" : given.gender;
		const family = familyNameFor(rng.pick(pool.family), reads);
		let second = null;
		if (pool.secondFamily !== void 0 && rng.chance(pool.secondFamily)) {
			const candidate = familyNameFor(rng.pick(pool.family), reads);
			if (candidate !== family) second = candidate;
		}
		const surname = second ? `${family} ${second}` : family;
		let full;
		if (pool.familyFirst !== void 0 && rng.chance(pool.familyFirst)) {
			const middles = pool.middle && given.gender !== "x" ? pool.middle[given.gender] : void 0;
			const middle = middles && pool.middle && rng.chance(pool.middle.chance) ? rng.pick(middles) : null;
			full = middle ? `${surname} ${middle} ${given.name}` : `${surname} ${given.name}`;
		} else if (pool.connector && rng.chance(pool.connector.chance)) full = `${given.name} ${pool.connector[reads]} ${surname}`;
		else full = `${given.name} ${surname}`;
		if (attempt < 20 && RESERVED_FULL_NAMES.has(`${given.name} ${family}`.toLowerCase())) continue;
		const script = pool.arabicScript;
		const arabicGiven = script?.[given.name];
		const arabicFamily = script?.[family];
		const arabic = arabicGiven && arabicFamily ? `${arabicGiven} ${arabicFamily}` : null;
		return {
			full,
			arabic,
			given: given.name,
			family,
			reads,
			tag: given.gender
		};
	}
}
var HANDLE_BASE_MAX = 26;
function uniqueHandle(given, family, taken) {
	let base = `${slug(given) || "member"}_${slug(family) || "x"}`.slice(0, HANDLE_BASE_MAX).replace(/_+$/, "");
	if (!/^[a-z]/.test(base)) base = `m${base}`.slice(0, HANDLE_BASE_MAX);
	let handle = base;
	for (let n = 2; taken.has(handle); n++) handle = `${base}${n}`;
	taken.add(handle);
	return handle;
}
var EMAIL_STYLES = [
	[(g, f) => `${g}.${f}`, 40],
	[(g, f, _yy, rng) => `${g}.${f}.${10 + rng.int(90)}`, 20],
	[(g, f) => `${g.charAt(0)}${f}`, 12],
	[(g, f, yy) => `${g}${f}${yy}`, 13],
	[(g, f) => `${f}.${g}`, 8],
	[(g, f) => `${g}_${f}`, 7]
];
function uniqueEmail(rng, given, family, birthYear, taken) {
	const g = slug(given) || "member";
	const f = slug(family) || "x";
	const yy = String(birthYear % 100).padStart(2, "0");
	let local = rng.weighted(EMAIL_STYLES)(g, f, yy, rng);
	local = local.slice(0, 40).replace(/[._]+$/, "");
	let candidate = local;
	for (let n = 2; taken.has(candidate); n++) candidate = /\d$/.test(local) ? `${local}.${n}` : `${local}${n}`;
	taken.add(candidate);
	return `${candidate}@example.org`;
}
var AGE_BANDS = [
	["18-24", 15],
	["25-34", 32],
	["35-44", 22],
	["45-54", 14],
	["55-64", 10],
	["65+", 7]
];
/** A plausible birth year for the e-mail "yy" suffix, as of 2018. */
function birthYearFor(rng, band) {
	const [lo, hi] = band ? {
		"18-24": [18, 24],
		"25-34": [25, 34],
		"35-44": [35, 44],
		"45-54": [45, 54],
		"55-64": [55, 64],
		"65+": [65, 80]
	}[band] : [20, 62];
	return 2018 - (lo + rng.int(hi - lo + 1));
}
function declaredGender(rng, name) {
	if (rng.chance(.25)) return null;
	if (rng.chance(name.tag === "x" ? .1 : .03)) return "x";
	return name.reads;
}
/** Languages people pick up besides their own, weighted by how often activists list them. */
var EXTRA_LANGUAGES = [
	["es", 5],
	["fr", 4],
	["de", 2],
	["pt", 2],
	["it", 1],
	["ar", 1]
];
/**
* Main language: the pool's language when the city speaks it (a Québécois
* name in Montréal speaks French), otherwise the city's main language.
* Diaspora members often keep their heritage language; most non-English
* speakers in an international organisation also list English.
*/
function chooseLanguages(rng, base, pool) {
	const first = base[0] ?? "en";
	const heritage = pool.language;
	let main = first;
	if (heritage !== first && base.includes(heritage) && rng.chance(.5)) main = heritage;
	const langs = [main];
	const add = (code) => {
		if (langs.length < 3 && !langs.includes(code)) langs.push(code);
	};
	if (main !== first) add(first);
	if (!base.includes(heritage) && heritage !== "en" && rng.chance(.6)) add(heritage);
	if (main !== "en" && rng.chance(.6)) add("en");
	if (rng.chance(.15)) {
		const options = [...base.map((code) => [code, 4]), ...EXTRA_LANGUAGES].filter(([code]) => !langs.includes(code));
		if (options.length > 0) add(rng.weighted(options));
	}
	return langs;
}
var OCCUPATIONS_EN = [
	"a nurse",
	"a secondary-school teacher",
	"a primary-school teacher",
	"a bus driver",
	"a social worker",
	"a software developer",
	"a librarian",
	"a carpenter",
	"a care worker",
	"a graphic designer",
	"an electrician",
	"a cook",
	"a freelance journalist",
	"a translator",
	"a midwife",
	"a small-scale farmer",
	"an architect",
	"a bike mechanic",
	"a warehouse worker",
	"a family doctor",
	"a housing caseworker",
	"a sound engineer",
	"a paralegal",
	"a lecturer in urban planning",
	"a barista",
	"a call-centre worker",
	"a documentary filmmaker",
	"a public-health researcher",
	"a gardener",
	"a postal worker",
	"a hospital porter",
	"a union organiser",
	"a web designer",
	"a community radio producer",
	"a physiotherapist",
	"an adult-education tutor",
	"a bookseller",
	"a plumber",
	"a data analyst",
	"a trainee lawyer",
	"a school counsellor",
	"a shop worker"
];
var SUBJECTS_EN = [
	"sociology",
	"economics",
	"history",
	"political science",
	"engineering",
	"nursing",
	"philosophy",
	"law",
	"architecture",
	"environmental science",
	"computer science",
	"geography",
	"medicine",
	"social work",
	"anthropology"
];
var THINGS_FOUNDED_EN = [
	"a food co-op",
	"a bike repair co-op",
	"a tenants' union",
	"a community radio station",
	"a reading group on economics",
	"a neighbourhood assembly",
	"a worker-owned bakery",
	"a migrant solidarity network",
	"a free school",
	"a community garden"
];
var MEMBERSHIPS_EN = [
	"my union's branch committee",
	"a local tenants' union",
	"a housing co-op",
	"a climate action group",
	"a migrant solidarity network",
	"a worker-owned café",
	"a community land trust",
	"a neighbourhood assembly"
];
var ENTRY_POINTS_EN = [
	"student occupations",
	"the anti-war movement",
	"the Occupy camps",
	"a workplace dispute",
	"a fight to save our local library",
	"my tenants' association",
	"the World Social Forum",
	"anti-austerity protests",
	"environmental campaigns",
	"a strike at my first job"
];
var isYoung = (c) => c.ageBand === "18-24";
var isOld = (c) => c.ageBand === "65+";
var BIO_KITS = {
	en: {
		causes: [
			"housing justice",
			"climate action",
			"labour organising",
			"worker co-ops",
			"participatory budgeting",
			"independent media",
			"popular education",
			"migrants' rights",
			"food sovereignty",
			"public transport campaigns",
			"tenant organising",
			"feminist organising",
			"anti-racist work",
			"disability rights",
			"community energy",
			"free software",
			"public healthcare",
			"LGBTQ+ rights",
			"indigenous land rights",
			"water as a commons",
			"debt resistance",
			"community radio",
			"refugee solidarity",
			"anti-eviction work",
			"solidarity economy projects"
		],
		intro: [
			(c) => isYoung(c) ? `Studying ${c.rng.pick(SUBJECTS_EN)} in ${c.city}.` : null,
			(c) => isYoung(c) ? `${capitalise(c.rng.pick(SUBJECTS_EN))} student in ${c.city}.` : null,
			(c) => isOld(c) ? `Retired ${bare(c.rng.pick(OCCUPATIONS_EN))} living in ${c.city}.` : null,
			(c) => isOld(c) ? `Recently retired after thirty years as ${c.rng.pick(OCCUPATIONS_EN)}.` : null,
			(c) => `${capitalise(bare(c.rng.pick(OCCUPATIONS_EN)))} in ${c.city}.`,
			(c) => `I'm ${c.rng.pick(OCCUPATIONS_EN)} in ${c.city}.`,
			(c) => `${capitalise(bare(c.rng.pick(OCCUPATIONS_EN)))} based in ${c.city}.`,
			(c) => {
				const job = c.rng.pick(OCCUPATIONS_EN);
				return job.includes("organiser") ? null : `${capitalise(bare(job))} by day, organiser the rest of the time.`;
			},
			(c) => `Working as ${c.rng.pick(OCCUPATIONS_EN)} in ${c.city}.`,
			(c) => `${capitalise(bare(c.rng.pick(OCCUPATIONS_EN)))} and part-time ${bare(c.rng.pick(OCCUPATIONS_EN))}.`,
			(c) => `I live in ${c.city} and work as ${c.rng.pick(OCCUPATIONS_EN)}.`,
			(c) => `Living in ${c.city} for ${3 + c.rng.int(20)} years now, working as ${c.rng.pick(OCCUPATIONS_EN)}.`
		],
		cause: [
			(c) => `Involved in ${c.cause} for about ${c.years} years.`,
			(c) => `Mostly doing ${c.cause} these days.`,
			(c) => `Active in ${c.cause} and ${c.cause2}.`,
			(c) => `Organising around ${c.cause} in ${c.city}.`,
			(c) => `Most of my spare time goes into ${c.cause}.`,
			(c) => `Co-founded ${c.rng.pick(THINGS_FOUNDED_EN)} in ${c.city}.`,
			(c) => `Member of ${c.rng.pick(MEMBERSHIPS_EN)}.`,
			(c) => `Got into politics through ${c.rng.pick(ENTRY_POINTS_EN)}; these days it's mostly ${c.cause}.`
		],
		found: [
			() => "Found the organisation through a reading group on participatory economics.",
			(c) => `Joined after a local chapter meeting in ${c.city}.`,
			() => "A friend dragged me to my first chapter meeting and I stayed.",
			() => "Heard about it at a social forum and signed up the same week.",
			() => "Read the vision and values statement and it said what I'd been trying to say for years.",
			(c) => c.joinedYear <= 2013 ? "Came here via the Occupy movement." : null,
			(c) => c.joinedYear === 2012 ? "Signed up in the first weeks after the launch." : null,
			() => "Came across it online after years of looking for an organisation that practises what it preaches.",
			() => "A colleague forwarded me the founding documents.",
			() => "Found it through a podcast about economic democracy."
		],
		want: [
			(c) => `Here to help build a chapter in ${c.city}.`,
			(c) => `Keen to connect with people working on ${c.cause} elsewhere.`,
			() => "Interested in how we make decisions together, and how to do it better.",
			(c) => {
				const name = LANGUAGE_NAMES_EN[c.mainLanguage];
				return c.mainLanguage !== "en" && name ? `Happy to help translate between ${name} and English.` : null;
			},
			() => "Happy to help with the website and other tech things.",
			(c) => `I'd like to learn from other chapters about ${c.cause}.`,
			(c) => `Looking for people to start a study group on participatory economics in ${c.city}.`,
			() => "Mostly here to listen and learn for now.",
			() => "Hoping to bring more young people into the organisation.",
			() => "Want to see our internal structures match our values.",
			() => "Can facilitate meetings and happy to train others to do it.",
			() => "Would like to help with the newsletter.",
			() => "Looking forward to meeting members from other countries."
		],
		personal: [
			(c) => isYoung(c) ? null : c.rng.pick([
				"Parent of two.",
				"Parent of a teenager.",
				"Raising a toddler and a vegetable patch."
			]),
			(c) => isOld(c) ? "Grandparent of three." : null,
			() => "Cyclist, gardener, bad guitarist.",
			() => "Dog person.",
			() => "Reads too much science fiction.",
			() => "Amateur cook, serious football fan.",
			(c) => `Learning ${c.rng.pick([
				"Spanish",
				"Portuguese",
				"Arabic",
				"French",
				"German",
				"Swahili"
			])}, slowly.`,
			(c) => c.gender ? `Pronouns: ${{
				f: "she/her",
				m: "he/him",
				x: "they/them"
			}[c.gender]}.` : null,
			() => "Allotment holder and compulsive composter.",
			() => "Chess on Sundays.",
			() => "Never without a book.",
			() => "Ask me about community land trusts."
		]
	},
	es: {
		causes: [
			"vivienda digna",
			"justicia climática",
			"organización sindical",
			"cooperativismo",
			"presupuestos participativos",
			"medios libres",
			"educación popular",
			"derechos de las personas migrantes",
			"soberanía alimentaria",
			"feminismo",
			"transporte público",
			"defensa del agua",
			"derechos de los pueblos indígenas",
			"salud pública",
			"economía social y solidaria"
		],
		intro: [
			(c) => isYoung(c) ? `Estudio ${c.rng.pick([
				"sociología",
				"economía",
				"historia",
				"trabajo social",
				"derecho",
				"ingeniería",
				"medicina",
				"filosofía",
				"periodismo"
			])} en ${c.city}.` : null,
			(c) => isOld(c) ? "Después de muchos años dando clases, ahora tengo tiempo para militar." : null,
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
			() => "Colaboro con una cooperativa de consumo.",
			(c) => c.country === "ES" ? "Participo en un sindicato de inquilinas." : null
		],
		found: [
			() => "Conocí la organización en un grupo de lectura sobre economía participativa.",
			() => "Una amiga me llevó a una reunión del capítulo local y me quedé.",
			() => "Me enteré en un foro social y me sumé esa misma semana.",
			(c) => c.country === "ES" && c.joinedYear <= 2014 ? "Llegué aquí después de las asambleas del 15M." : null,
			(c) => c.joinedYear === 2012 ? "Me uní en las primeras semanas, en 2012." : null,
			() => "Leí la declaración de visión y valores y me convenció."
		],
		want: [
			(c) => `Quiero ayudar a formar un capítulo en ${c.city}.`,
			(c) => `Me interesa conectar con gente que trabaja en ${c.cause} en otros países.`,
			() => "Puedo ayudar con traducciones entre español e inglés.",
			() => "Quiero aprender cómo toman decisiones otros capítulos.",
			() => "Por ahora, sobre todo escuchar y aprender.",
			(c) => `Me gustaría armar un grupo de estudio en ${c.city}.`
		],
		personal: [
			() => "Me gusta la bici, la huerta y la música.",
			(c) => isYoung(c) ? null : "Tengo dos hijos y poco tiempo libre.",
			() => "Fútbol los domingos, asambleas los martes.",
			() => "Aprendiendo portugués, poco a poco."
		]
	},
	pt: {
		causes: [
			"direito à moradia",
			"justiça climática",
			"organização sindical",
			"cooperativismo",
			"orçamento participativo",
			"comunicação popular",
			"educação popular",
			"direitos dos migrantes",
			"reforma agrária",
			"feminismo",
			"transporte público",
			"economia solidária"
		],
		intro: [
			(c) => isYoung(c) ? `Estudo ${c.rng.pick([
				"sociologia",
				"economia",
				"história",
				"serviço social",
				"direito",
				"engenharia",
				"geografia",
				"jornalismo"
			])} em ${c.city}.` : null,
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
			() => "Faço parte de uma assembleia de bairro."
		],
		found: [
			() => "Conheci a organização num grupo de leitura sobre economia participativa.",
			() => "Cheguei aqui através do Fórum Social Mundial.",
			(c) => c.country === "PT" ? "Uma amiga levou-me a uma reunião do núcleo local." : "Uma amiga me levou a uma reunião do núcleo local.",
			(c) => c.joinedYear === 2012 ? "Entrei nas primeiras semanas, em 2012." : null
		],
		want: [
			(c) => `Quero ajudar a formar um capítulo em ${c.city}.`,
			() => "Posso ajudar com traduções entre português e inglês.",
			() => "Quero aprender com a experiência de outros capítulos.",
			(c) => `Gostaria de conhecer gente que trabalha com ${c.cause} em outros países.`
		],
		personal: [() => "Gosto de bicicleta, de livros e de cozinhar.", (c) => c.country === "BR" ? "Samba no fim de semana, assembleia durante a semana." : null]
	},
	fr: {
		causes: [
			"le logement",
			"la justice climatique",
			"le syndicalisme",
			"les coopératives",
			"le budget participatif",
			"les médias libres",
			"l'éducation populaire",
			"les droits des personnes migrantes",
			"l'agriculture paysanne",
			"le féminisme",
			"les transports publics"
		],
		intro: [
			(c) => isYoung(c) ? `J'étudie ${c.rng.pick([
				"la sociologie",
				"l'économie",
				"l'histoire",
				"le droit",
				"la géographie",
				"la philosophie",
				"l'urbanisme"
			])} à ${c.city}.` : null,
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
			() => "J'ai découvert l'organisation grâce à un groupe de lecture sur l'économie participative.",
			() => "C'est une amie qui m'a parlé de l'organisation.",
			(c) => c.joinedYear === 2012 ? "J'ai rejoint l'organisation dès les premières semaines, en 2012." : null
		],
		want: [
			(c) => `J'aimerais aider à lancer un chapitre à ${c.city}.`,
			() => "Je peux aider pour les traductions entre le français et l'anglais.",
			() => "J'ai envie d'apprendre des autres chapitres.",
			() => "Pour l'instant, j'écoute et j'apprends."
		],
		personal: [() => "Vélo, jardin partagé et beaucoup trop de réunions."]
	},
	de: {
		causes: [
			"bezahlbaren Wohnraum",
			"Klimagerechtigkeit",
			"gewerkschaftliche Organisierung",
			"Genossenschaften",
			"Bürgerhaushalte",
			"freie Medien",
			"politische Bildung",
			"die Rechte von Geflüchteten",
			"solidarische Landwirtschaft",
			"feministische Politik",
			"einen kostenlosen Nahverkehr"
		],
		intro: [
			(c) => isYoung(c) ? `Ich studiere ${c.rng.pick([
				"Soziologie",
				"Politikwissenschaft",
				"Geschichte",
				"Informatik",
				"Stadtplanung",
				"Jura"
			])} in ${c.city}.` : null,
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
			() => "Mitglied einer Food-Coop."
		],
		found: [
			() => "Auf die Organisation bin ich über einen Lesekreis zur partizipatorischen Ökonomie gestoßen.",
			() => "Eine Freundin hat mich zu einem Treffen der Ortsgruppe mitgenommen.",
			(c) => c.joinedYear === 2012 ? "Dabei seit den ersten Wochen im Jahr 2012." : null
		],
		want: [
			(c) => `Ich möchte helfen, in ${c.city} eine Ortsgruppe aufzubauen.`,
			() => "Ich kann bei Übersetzungen Deutsch–Englisch helfen.",
			() => "Ich möchte von den Erfahrungen anderer Gruppen lernen.",
			() => "Erstmal zuhören und lernen."
		],
		personal: [() => "Fahrrad, Garten, zu viele Plena."]
	},
	ar: {
		causes: [
			"الحق في السكن",
			"العدالة المناخية",
			"التنظيم النقابي",
			"التعاونيات",
			"الموازنة التشاركية",
			"الإعلام المستقل",
			"التعليم الشعبي",
			"حقوق المهاجرين واللاجئين",
			"السيادة الغذائية",
			"حقوق المرأة"
		],
		intro: [
			(c) => c.city ? `أعمل في مستشفى حكومي في ${c.city}.` : null,
			(c) => c.city ? `أدرّس في مدرسة ثانوية في ${c.city}.` : null,
			(c) => c.city ? `أدرس علم الاجتماع في ${c.city}.` : null,
			(c) => c.city ? `أعمل في الصحافة المستقلة في ${c.city}.` : null,
			(c) => c.city ? `أعمل في تعاونية زراعية قرب ${c.city}.` : null,
			() => "أعمل في منظمة مجتمعية صغيرة."
		],
		cause: [(c) => `أنشط منذ سنوات في مجال ${c.cause}.`, (c) => `يهمني العمل على ${c.cause} و${c.cause2}.`],
		found: [() => "تعرفت على المنظمة من خلال مجموعة قراءة حول الاقتصاد التشاركي.", () => "عرّفتني صديقة على المنظمة."],
		want: [
			(c) => c.city ? `أريد أن أساعد في تأسيس فرع في ${c.city}.` : null,
			() => "يمكنني المساعدة في الترجمة بين العربية والإنجليزية.",
			() => "أريد أن أتعلم من تجارب الفروع الأخرى."
		],
		personal: [() => "أحب القراءة وركوب الدراجة."]
	}
};
/** Where members usually write American English. */
var AMERICAN_SPELLING = /* @__PURE__ */ new Set([
	"US",
	"PH",
	"MX",
	"CU",
	"GT",
	"CR",
	"NI",
	"SV",
	"DO",
	"PA",
	"BR",
	"AR",
	"CL",
	"CO",
	"VE",
	"PE",
	"UY",
	"EC",
	"BO",
	"JP",
	"KR",
	"TW",
	"IL",
	"LB",
	"JO"
]);
function americanise(text) {
	return text.replace(/rganis/g, "rganiz").replace(/([Ll])abour/g, "$1abor").replace(/centre/g, "center").replace(/eighbour/g, "eighbor").replace(/practises/g, "practices").replace(/counsellor/g, "counselor");
}
var FRANCOPHONE_LEANING = /* @__PURE__ */ new Set([
	"SN",
	"TN",
	"MA",
	"LB",
	"BE",
	"CH"
]);
function chooseBioLanguage(rng, country, langs, locale) {
	const main = langs[0];
	if (locale === "es") return rng.chance(.65) ? "es" : "en";
	if (main === "ar") return rng.chance(locale === "ar" ? .3 : .05) ? "ar" : "en";
	if (main === "pt") return rng.chance(.3) ? "pt" : "en";
	if (main === "de") return rng.chance(.25) ? "de" : "en";
	if (main === "fr") return rng.chance(.3) ? "fr" : "en";
	if (langs.includes("fr") && FRANCOPHONE_LEANING.has(country)) return rng.chance(.15) ? "fr" : "en";
	return "en";
}
function pickFragment(ctx, fragments, accept) {
	for (let attempt = 0; attempt < 8; attempt++) {
		const text = ctx.rng.pick(fragments)(ctx);
		if (text !== null && accept(text)) return text;
	}
	return null;
}
var BIO_MAX = 400;
function composeBio(rng, lang, city, country, joinedYear, ageBand, gender, mainLanguage) {
	if (rng.chance(.12)) return "";
	const kit = BIO_KITS[lang];
	const cityName = lang === "en" ? city.name : lang === "ar" ? city.names?.ar ?? null : city.names?.[lang] ?? city.name;
	const cause = rng.pick(kit.causes);
	let cause2 = rng.pick(kit.causes);
	if (cause2 === cause) cause2 = kit.causes[(kit.causes.indexOf(cause) + 1) % kit.causes.length] ?? cause;
	const ctx = {
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
	const sections = [
		[kit.intro, .8],
		[kit.cause, .7],
		[kit.found, .35],
		[kit.want, .55],
		[kit.personal, .25]
	];
	let cityMentioned = false;
	const mentionsCity = (text) => cityName !== null && text.includes(cityName);
	const accept = (text) => !(cityMentioned && mentionsCity(text));
	const parts = [];
	const take = (text) => {
		if (!text) return;
		parts.push(text);
		if (mentionsCity(text)) cityMentioned = true;
	};
	for (const [fragments, p] of sections) if (rng.chance(p)) take(pickFragment(ctx, fragments, accept));
	if (parts.length === 0) take(pickFragment(ctx, kit.intro, accept) ?? pickFragment(ctx, kit.want, accept));
	let bio = parts.join(" ");
	if (lang === "en" && AMERICAN_SPELLING.has(country)) bio = americanise(bio);
	while (bio.length > BIO_MAX && parts.length > 1) {
		parts.pop();
		bio = parts.join(" ");
	}
	return bio.slice(0, BIO_MAX);
}
/**
* Joining is front-loaded: a rush in the three weeks after the launch, then
* a truncated exponential decay over the whole period, which puts about two
* thirds of members in 2012–2013.
*/
function chooseJoinedAt(rng) {
	if (rng.chance(.12)) return LAUNCH + rng.next() * 21 * DAY$1;
	return LAUNCH + -Math.log(1 - rng.next() * (1 - Math.exp(-3))) / 3 * (JOIN_END - LAUNCH);
}
/** Some members are active right up to "now", some lapsed soon after joining, the rest anywhere in between. */
function chooseLastActiveAt(rng, joined) {
	const earliest = joined + 36e5;
	const r = rng.next();
	const t = r < .45 ? NOW - rng.exponential(21 * DAY$1) : r < .7 ? joined + rng.exponential(120 * DAY$1) : earliest + rng.next() * (NOW - earliest);
	return t >= earliest && t <= NOW ? t : earliest + rng.next() * (NOW - earliest);
}
var toSeconds = (ms) => Math.floor(ms / 1e3) * 1e3;
var CITY_CHOICES = /* @__PURE__ */ new Map();
function cityFor(rng, country) {
	let choices = CITY_CHOICES.get(country);
	if (!choices) {
		choices = country.cities.map((c) => [c, c.weight]);
		CITY_CHOICES.set(country, choices);
	}
	return rng.weighted(choices);
}
function poolFor(rng, mix) {
	return NAME_POOLS[rng.weighted(mix)];
}
function makePerson(rng, country, takenHandles, takenEmails) {
	const city = cityFor(rng, country);
	const pool = poolFor(rng, city.pools ?? country.pools);
	const name = chooseName(rng, pool);
	const gender = declaredGender(rng, name);
	const ageBand = rng.chance(.3) ? null : rng.weighted(AGE_BANDS);
	const languages = chooseLanguages(rng, city.languages ?? country.languages, pool);
	const main = languages[0] ?? "en";
	let locale = "en";
	let displayName = name.full;
	if (main === "es" || country.languages[0] === "es" && languages.includes("es")) locale = "es";
	else if (main === "ar") {
		const useScript = name.arabic !== null && rng.chance(1 / 3);
		if (useScript && name.arabic) displayName = name.arabic;
		if (useScript || rng.chance(.25)) locale = "ar";
	}
	if (displayName === name.full) {
		const r = rng.next();
		if (r < .04) displayName = `${name.given} ${asciiFold(name.family).charAt(0).toUpperCase()}.`;
		else if (r < .06) displayName = name.given;
	}
	const birthYear = birthYearFor(rng, ageBand);
	const handle = uniqueHandle(name.given, name.family, takenHandles);
	const email = uniqueEmail(rng, name.given, name.family, birthYear, takenEmails);
	const joined = toSeconds(chooseJoinedAt(rng));
	const lastActive = toSeconds(chooseLastActiveAt(rng, joined));
	const joinedYear = new Date(joined).getUTCFullYear();
	const bio = composeBio(rng, chooseBioLanguage(rng, country.code, languages, locale), city, country.code, joinedYear, ageBand, gender, main);
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
function generateDemoPeople(count = 3e3, seed = 2012) {
	if (!Number.isFinite(count) || count < 1) return [];
	const total = Math.floor(count);
	const rng = new Rng(seed);
	const people = [{
		...DEMO_PERSON,
		languages: [...DEMO_PERSON.languages]
	}];
	const takenHandles = /* @__PURE__ */ new Set([DEMO_HANDLE]);
	const takenEmails = /* @__PURE__ */ new Set(["demo@example.org".split("@")[0] ?? "demo"]);
	const quotas = allocate(total - 1, DEMO_COUNTRIES.map((c) => c.weight), 1);
	const slots = [];
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
// src/lib/server/seed/demo-chapters.ts
var BATCH$3 = 2e3;
/** The end of the generated demo history (see demo-people.ts). */
var DEMO_NOW = "2018-06-30T23:59:59Z";
/**
* The demo organisation's chapters, built from the members already inserted: the organisation,
* a chapter for every country with members, a local chapter for every city (so some are busy
* and many small), every member at home in their city's chapter, and every 29th member also in
* a second chapter. Members inactive for over 13 months are lapsed, and a few members keep
* themselves out of the directory, off the map or show only a first name, so privacy shows.
* Deterministic: everything follows the members' ids, countries and cities.
*/
async function seedDemoChapters(db) {
	await db.transaction(async (tx) => {
		const people = await tx.select({
			id: members.id,
			country: members.country,
			city: members.city,
			createdAt: members.createdAt
		}).from(members).orderBy(members.id);
		const [root] = await tx.insert(chapters).values({
			kind: "organisation",
			name: "organisation",
			slug: "organisation",
			createdAt: people[0]?.createdAt
		}).returning({ id: chapters.id });
		const countries = /* @__PURE__ */ new Map();
		const cities = /* @__PURE__ */ new Map();
		const cityKey = (country, city) => `${country}|${city.toLowerCase()}`;
		for (const p of people) {
			if (!countries.has(p.country)) countries.set(p.country, p.createdAt);
			const city = normaliseCity(p.city);
			if (city && !cities.has(cityKey(p.country, city))) cities.set(cityKey(p.country, city), {
				country: p.country,
				city,
				createdAt: p.createdAt
			});
		}
		const countryRows = await tx.insert(chapters).values([...countries].map(([country, createdAt]) => ({
			kind: "country",
			parentId: root.id,
			country,
			name: country,
			slug: country.toLowerCase(),
			createdAt
		}))).returning({
			id: chapters.id,
			country: chapters.country
		});
		const countryId = new Map(countryRows.map((r) => [r.country, r.id]));
		const slugs = new Set(countryRows.map((r) => r.country.toLowerCase()));
		const localValues = [...cities.values()].map((c) => {
			const base = `${c.country.toLowerCase()}-${slugify(c.city)}`;
			let slug = base;
			for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
			slugs.add(slug);
			return {
				kind: "local",
				parentId: countryId.get(c.country),
				country: c.country,
				city: c.city,
				name: c.city,
				slug,
				createdAt: c.createdAt
			};
		});
		const localRows = [];
		for (let i = 0; i < localValues.length; i += BATCH$3) localRows.push(...await tx.insert(chapters).values(localValues.slice(i, i + BATCH$3)).returning({
			id: chapters.id,
			country: chapters.country,
			city: chapters.city
		}));
		const localId = new Map(localRows.map((r) => [cityKey(r.country, r.city), r.id]));
		const localsOf = /* @__PURE__ */ new Map();
		for (const r of localRows) localsOf.set(r.country, [...localsOf.get(r.country) ?? [], r.id]);
		const rows = [];
		for (const p of people) {
			const city = normaliseCity(p.city);
			const home = city ? localId.get(cityKey(p.country, city)) : countryId.get(p.country);
			if (!home) continue;
			rows.push({
				chapterId: home,
				memberId: p.id,
				home: true,
				joinedAt: p.createdAt
			});
			if (p.id % 29 === 0) {
				const others = (localsOf.get(p.country) ?? []).filter((id) => id !== home);
				const second = others.length ? others[p.id % others.length] : localRows[0]?.id;
				if (second && second !== home) rows.push({
					chapterId: second,
					memberId: p.id,
					home: false,
					joinedAt: p.createdAt
				});
			}
		}
		await insertMemberships(tx, rows);
		await setMembershipSetting(tx, "activeChapterMembers", 25);
		await tx.execute(sql`
			update members set last_active_at = last_active_at + (now() - ${DEMO_NOW}::timestamptz)`);
		await tx.execute(sql`
			update members set
				lapse_warned_at = last_active_at + interval '12 months',
				lapsed_at = case when last_active_at < now() - interval '13 months'
					then last_active_at + interval '13 months' end
			where last_active_at < now() - interval '12 months'`);
		await tx.execute(sql`
			update members set
				in_directory = (id % 11 <> 5),
				on_map = (id % 13 <> 7),
				show_full_name = (id % 7 <> 3)
			where id > (select min(id) from members)`);
	});
}
async function insertMemberships(tx, rows) {
	for (let i = 0; i < rows.length; i += BATCH$3) await tx.insert(chapterMemberships).values(rows.slice(i, i + BATCH$3));
}
// src/lib/server/seed/demo-decisions.ts
/**
* The demo organisation's decisions, in every state: the interim Mission, Vision and
* Organisation documents under discussion with amendments; a finished secret Schulze vote; a
* consent decision with a block; a decision with a minority report; a revisit petition halfway to
* its threshold; live votes; a draft; a compromise run-off; a committee's decision. Proposals,
* amendments, reports and petitions go through the real commands; ballots are inserted in
* batches (with the weights and receipts the commands would give) and counted by the real close.
*/
var HOUR = 36e5;
var MISSION = `## Interim Mission

We are an international, participatory, self-managing organisation.

We work for a society without classes, in which people control their own lives.

We decide together, with influence in proportion to how much a decision affects each of us.

We share empowering and onerous work fairly, and we keep the dissent of minorities.`;
var VISION = `## Interim Vision

A world in which economic, political, kinship and cultural life are organised by solidarity, diversity, equity and self-management.

Workplaces and neighbourhoods decide through councils.

No one is rewarded for property or power; effort and sacrifice are recognised.

Ecological balance is a condition of every plan.`;
var ORGANISATION = `## Interim Organisation

Members join chapters: local chapters in a city, national chapters in a country.

Each chapter decides its own affairs; the organisation decides what affects all of us.

Committees are mandated, rotate, and report back; they do not decide for the members.

A founding convention will ratify these documents when the preconditions are met.`;
async function seedDemoDecisions(db) {
	const rng = new SeededRandom("plenary-demo-decisions");
	const now = Date.now();
	const at = (offsetHours) => new Date(now + offsetHours * HOUR);
	const everyone = await db.select({
		id: members.id,
		tier: members.tier
	}).from(members).where(and(isNotNull(members.emailVerifiedAt), isNull(members.lapsedAt), ne(members.tier, "friend"))).orderBy(asc(members.id));
	const [demo] = await db.select({
		id: members.id,
		tier: members.tier
	}).from(members).where(eq(members.email, DEMO_EMAIL));
	const others = everyone.filter((p) => p.id !== demo.id);
	const person = (i) => others[i % others.length];
	/** `n` different members from the `start`-th on (wrapping round: lapsed members are left out). */
	const crowd = (start, n) => Array.from({ length: Math.min(n, others.length) }, (_, i) => others[(start + i) % others.length]);
	const handleOf = async (p) => (await db.select({ handle: members.handle }).from(members).where(eq(members.id, p.id)))[0].handle;
	/** Propose and submit a decision as if `daysAgo` days ago. */
	async function propose(author, input, daysAgo, coauthors = []) {
		const id = await createDecision(db, author, {
			scope: "organisation",
			discussionDays: "14",
			amendmentDays: "7",
			votingDays: "7",
			...input
		});
		for (const c of coauthors) await addCoauthor(db, author, id, { handle: await handleOf(c) });
		await submitDecision(db, author, id, at(-daysAgo * 24));
		await db.update(decisions).set({ createdAt: at(-daysAgo * 24 - 30) }).where(eq(decisions.id, id));
		return id;
	}
	/** Move a decision on to a moment, taking every step due by then. */
	const advanceTo = (id, hoursFromNow) => advanceDecision(db, id, at(hoursFromNow));
	/** Insert ballots for `voters` at once, as castBallot would write them. */
	async function vote(id, voters, choose, options = {}) {
		const optionIds = (await countOptions(db, id)).map((o) => o.id);
		const rows = voters.map((p, i) => ({
			decisionId: id,
			voterId: p.id,
			choice: choose(i, optionIds),
			weight: options.weight?.(p) ?? 1,
			receipt: options.secret ? newReceipt() : null,
			reason: options.reason?.(i) ?? "",
			castAt: at(-(options.castHoursAgo ?? 24) - rng.below(48))
		}));
		for (let i = 0; i < rows.length; i += 500) await db.insert(ballots).values(rows.slice(i, i + 500));
	}
	const [coA, coB, coC] = [
		person(3),
		person(17),
		person(41)
	];
	const mission = await propose(demo, {
		title: "Adopt the interim Mission",
		summary: "The short statement of what we are for, until the founding convention ratifies it.",
		body: MISSION,
		ballotType: "consent",
		maxBlocks: "2",
		quorumPercent: "10"
	}, 3, [coA]);
	const fairly = MISSION.replace("We share empowering and onerous work fairly", "We share empowering and onerous work in balance, and recognise effort");
	const a1 = await proposeAmendment(db, coB, mission, {
		body: fairly,
		reason: "Name the principle of balanced work and recognition of effort."
	});
	await acceptAmendment(db, demo, mission, a1);
	const mission2 = fairly.replace("We are an international", "We are an inclusive, international");
	const a2 = await proposeAmendment(db, coC, mission, {
		body: mission2,
		reason: "Say who is welcome, first."
	});
	await putAmendmentToVote(db, demo, mission, a2);
	for (const p of crowd(0, 40)) await voteOnAmendment(db, p, mission, a2, { vote: rng.below(4) === 0 ? "no" : "yes" });
	await proposeAmendment(db, person(77), mission, {
		body: mission2.replace("without classes", "without classes or borders"),
		reason: "Internationalism belongs in the mission."
	});
	const vision = await propose(person(5), {
		title: "Adopt the interim Vision",
		summary: "The society we are working towards.",
		body: VISION,
		ballotType: "consent",
		quorumPercent: "10"
	}, 16, [demo]);
	await advanceTo(vision, 0);
	await proposeAmendment(db, person(8), vision, {
		body: VISION.replace("Ecological balance is a condition of every plan.", "Ecological balance and the needs of future generations are conditions of every plan."),
		reason: "Future generations are affected too."
	});
	await proposeAmendment(db, demo, vision, {
		body: VISION.replace("councils", "nested councils"),
		reason: "Councils federate; say so."
	});
	const organisation = await propose(person(9), {
		title: "Adopt the interim Organisation document",
		summary: "How chapters, committees and the convention relate.",
		body: ORGANISATION,
		ballotType: "motion",
		threshold: "two-thirds",
		quorumPercent: "10"
	}, 5, [person(10)]);
	await proposeAmendment(db, person(12), organisation, {
		body: ORGANISATION.replace("Committees are mandated, rotate, and report back", "Committees are mandated, rotate every six months, and report back"),
		reason: "Make rotation concrete."
	});
	const newsletter = await propose(person(20), {
		title: "Name the members’ newsletter",
		summary: "A ranked, secret vote between the names suggested in the forum.",
		body: "The newsletter goes to every member each month. Five names were suggested in the forum; rank them.",
		ballotType: "choice",
		method: "schulze",
		options: [
			"Commons",
			"Plenary Voice",
			"The Assembly",
			"Common Ground",
			"Solidarity Notes"
		].join("\n"),
		secret: "on",
		hideResults: "on",
		discussionDays: "7",
		amendmentDays: "0",
		votingDays: "7"
	}, 30);
	await advanceTo(newsletter, -528);
	const preference = [
		[
			1,
			0,
			2,
			3,
			4
		],
		[
			0,
			1,
			3,
			2,
			4
		],
		[
			2,
			1,
			0,
			4,
			3
		],
		[
			1,
			2,
			0,
			3,
			4
		],
		[
			3,
			1,
			0,
			2,
			4
		]
	];
	await vote(newsletter, [demo, ...crowd(100, 420)], (i, ids) => {
		const order = preference[i % 7 === 0 ? 4 : i % 3];
		const depth = 2 + rng.below(4);
		return { ranking: order.slice(0, depth).map((k) => [ids[k]]) };
	}, {
		secret: true,
		castHoursAgo: 480
	});
	await advanceTo(newsletter, -360);
	await recordOutcome(db, person(20), newsletter, { statement: "The newsletter will be called **Plenary Voice**. Thank you to everyone who suggested a name." });
	const [home] = await db.select({ id: chapterMemberships.chapterId }).from(chapterMemberships).innerJoin(chapters, eq(chapters.id, chapterMemberships.chapterId)).where(and(eq(chapterMemberships.memberId, demo.id), eq(chapterMemberships.home, true)));
	if (home) {
		const locals = (await db.select({ id: chapterMemberships.memberId }).from(chapterMemberships).where(eq(chapterMemberships.chapterId, home.id)).limit(60)).map((r) => everyone.find((p) => p.id === r.id)).filter(Boolean);
		const rota = await propose(locals.find((p) => p.id !== demo.id) ?? demo, {
			title: "A rota for the tiring work of chapter meetings",
			summary: "Minutes, room booking and cleaning up rotate among everyone.",
			body: "Every member takes a turn, in alphabetical order, at taking minutes, booking the room and cleaning up. Anyone can swap a turn with a note in the forum.",
			scope: `chapter:${home.id}`,
			ballotType: "consent",
			discussionDays: "7",
			amendmentDays: "0",
			votingDays: "5"
		}, 25);
		await advanceTo(rota, -431);
		await vote(rota, locals, (i) => ({ vote: i === 2 ? "block" : i % 5 === 0 ? "abstain" : i % 7 === 0 ? "disagree" : "agree" }), {
			castHoursAgo: 384,
			reason: (i) => i === 2 ? "Alphabetical order puts the same three people on every cleaning shift in winter; let us draw lots instead." : ""
		});
		await advanceTo(rota, -288);
	}
	const fees = await propose(person(30), {
		title: "A sliding scale for membership contributions",
		summary: "Contributions follow income, and nobody is excluded for not paying.",
		body: "Members contribute what they can on a sliding scale from nothing to 2% of income. Nobody loses any right for not contributing.",
		ballotType: "motion",
		weighting: "stake",
		stakeLevels: "5",
		discussionDays: "10",
		amendmentDays: "0",
		votingDays: "7",
		minorityReportDays: "60"
	}, 40);
	await advanceTo(fees, -719);
	const feeVoters = crowd(600, 300);
	const stakes = feeVoters.map((p, i) => ({
		decisionId: fees,
		memberId: p.id,
		level: 1 + i % 5,
		reason: [
			"It changes little for me.",
			"I pay now and would pay less.",
			"I cannot pay the flat fee.",
			"I keep the accounts of my chapter.",
			"Our chapter depends on the contributions."
		][i % 5]
	}));
	await db.insert(stakeDeclarations).values(stakes);
	await vote(fees, feeVoters, (i) => ({ vote: i % 4 === 0 ? "no" : i % 9 === 0 ? "abstain" : "yes" }), {
		weight: (p) => stakes.find((s) => s.memberId === p.id).level,
		castHoursAgo: 672
	});
	await advanceTo(fees, -528);
	const dissenter = feeVoters[4];
	const report = await fileMinorityReport(db, dissenter, fees, {
		title: "A floor keeps the organisation solvent",
		body: "We agree that nobody should be excluded, but without a small minimum contribution the national chapters cannot pay for rooms and translation. We ask that the decision be reviewed after one year with the accounts on the table."
	}, at(-504));
	for (const p of [
		feeVoters[8],
		feeVoters[12],
		feeVoters[16]
	]) await signMinorityReport(db, p, fees, report);
	const online = await propose(person(50), {
		title: "Hold the founding convention online",
		summary: "Meet online so that members in every country can take part.",
		body: "The founding convention meets online over three weekends, with interpretation into every language members ask for.",
		ballotType: "motion",
		discussionDays: "14",
		amendmentDays: "0",
		votingDays: "7",
		revisitPercent: "5"
	}, 60);
	await advanceTo(online, -1103);
	await vote(online, crowd(1e3, 400), (i) => ({ vote: i % 3 === 0 ? "no" : "yes" }), { castHoursAgo: 1056 });
	await advanceTo(online, -912);
	const petition = await petitionRevisit(db, person(1001), online, { reason: "Travel grants now exist; an in-person convention with an online link would let more people take part fully." });
	const [{ threshold }] = await db.execute(sql`select threshold from revisit_petitions where id = ${petition}`).then((r) => r.rows);
	for (const p of crowd(1002, Math.floor(Number(threshold) / 2) - 1)) await signPetition(db, p, online, petition);
	const [{ id: someCountry }] = await db.select({ id: chapters.id }).from(chapters).where(eq(chapters.kind, "country")).orderBy(asc(chapters.id)).limit(1);
	const translation = await propose(person(60), {
		title: "A budget for the translation working group",
		summary: "Interpretation and translation for the convention and the interim documents.",
		body: "The translation working group gets a budget for interpretation at the convention and for translating the interim documents into the ten most spoken languages among members.",
		ballotType: "motion",
		weighting: "group",
		groupFactor: "2",
		affected: [`chapter:${someCountry}`],
		discussionDays: "7",
		amendmentDays: "0",
		votingDays: "10",
		quorumPercent: "15"
	}, 9);
	await advanceTo(translation, 0);
	await vote(translation, crowd(1500, 300), (i) => ({ vote: i % 6 === 0 ? "no" : i % 11 === 0 ? "abstain" : "yes" }), {
		castHoursAgo: 1,
		reason: (i) => i % 10 === 0 ? "Language should never decide who takes part." : ""
	});
	await db.execute(sql`update ballots b set weight = 2 where b.decision_id = ${translation} and exists (select 1 from chapter_memberships cm join chapters c on c.id = cm.chapter_id where cm.member_id = b.voter_id and (c.id = ${someCountry} or c.parent_id = ${someCountry}))`);
	const call = await propose(person(70), {
		title: "Which days suit the monthly international call?",
		summary: "Approve every day you could join.",
		body: "The international call moves to the days most members can join. Approve every day that suits you.",
		ballotType: "choice",
		method: "approval",
		options: "Tuesday\nWednesday\nSaturday\nSunday",
		secret: "on",
		hideResults: "on",
		discussionDays: "3",
		amendmentDays: "0",
		votingDays: "7"
	}, 4);
	await advanceTo(call, 0);
	await vote(call, crowd(2e3, 150), (i, ids) => ({ approve: ids.filter((_, k) => (i + k) % 3 !== 0) }), {
		secret: true,
		castHoursAgo: 1
	});
	await createDecision(db, demo, {
		scope: "organisation",
		title: "A code of conduct for online discussion",
		summary: "How we disagree well.",
		body: "We criticise ideas, not people. We assume good faith. Moderators are elected and rotate.",
		ballotType: "consent"
	});
	const structure = await propose(person(80), {
		title: "How chapters federate",
		summary: "A compromise run-off between the positions in the forum.",
		body: "Three positions on how local and national chapters relate emerged in the forum. First we poll them; then the authors write a compromise and we choose between it and the most popular position.",
		ballotType: "choice",
		method: "schulze",
		template: "compromise-runoff",
		options: "National chapters coordinate local ones\nLocal chapters federate directly\nRegional assemblies between them",
		discussionDays: "7",
		amendmentDays: "0",
		votingDays: "7"
	}, 28);
	await advanceTo(structure, -503);
	await vote(structure, crowd(2200, 200), (i, ids) => ({ ranking: [[ids[i % 3]], [ids[(i + 1) % 3]]] }), { castHoursAgo: 456 });
	await advanceTo(structure, -336);
	const [runoff] = await db.select({ id: decisions.id }).from(decisions).where(eq(decisions.followsId, structure));
	if (runoff) {
		await db.update(decisions).set({ body: "Local chapters federate directly in regional assemblies; national chapters coordinate only what regional assemblies ask them to." }).where(eq(decisions.id, runoff.id));
		await submitDecision(db, person(80), runoff.id, at(-48));
	}
	const [committee] = await db.insert(committees).values({
		name: "Interim Committee",
		slug: "interim-committee",
		mandate: "Prepares the founding convention and reports to the members every month."
	}).returning({ id: committees.id });
	const seats = [demo, ...crowd(10, 11)];
	await db.insert(committeeMembers).values(seats.map((p) => ({
		committeeId: committee.id,
		memberId: p.id
	})));
	const venue = await propose(seats[1], {
		title: "Which platform for the online convention",
		summary: "The committee scores the platforms it tested.",
		body: "We tested three platforms for interpretation, breakout rooms and accessibility.",
		scope: `committee:${committee.id}`,
		ballotType: "choice",
		method: "score",
		options: "Jitsi\nBigBlueButton\nMatrix with Element Call",
		discussionDays: "3",
		amendmentDays: "0",
		votingDays: "3"
	}, 12);
	await advanceTo(venue, -215);
	await vote(venue, seats.slice(1), (i, ids) => ({ scores: Object.fromEntries(ids.map((id, k) => [id, (i + k * 2) % 6])) }), { castHoursAgo: 168 });
	await advanceTo(venue, -144);
	await db.insert(decisionGroups).values({
		decisionId: venue,
		groupKind: "chapter",
		groupId: someCountry
	}).onConflictDoNothing();
}
// src/lib/server/seed/demo-writing.ts
var TEXT = {
	en: {
		titles: [
			"Why our chapter meets every fortnight",
			"Balanced job complexes in a food co-op",
			"Notes from the housing assembly",
			"What participatory budgeting taught us",
			"How we share out the tiring work",
			"Reading group: Parecon, chapter three",
			"Making meetings that people want to attend",
			"A year of organising tenants",
			"On self-management and small groups",
			"Why the convention matters"
		],
		sentences: [
			"We started with six people in a kitchen and now fill a community hall.",
			"Everyone takes a turn at the tasks nobody wants, including minutes and cleaning up.",
			"Decisions are made by those affected, in proportion to how much they are affected.",
			"The hardest part was not the vote but the weeks of listening before it.",
			"We publish every count so that anyone can check it.",
			"New members get a buddy for their first three meetings.",
			"Dissent is written down and kept with the decision.",
			"Our rota is public, and anyone can swap a shift with a note.",
			"We learned to keep proposals short and the reasons long.",
			"Solidarity is a habit we practise, not a slogan we repeat."
		],
		replies: [
			"Thanks for writing this up, it helps our chapter a lot.",
			"I disagree with the second point, but I like the rota idea.",
			"How do you handle people who never take the hard shifts?",
			"We tried something similar and it worked after a few months.",
			"Could you share the template you used for the minutes?",
			"Agreed. Short proposals, long reasons.",
			"This is the kind of practical detail we need more of.",
			"I would add that childcare at meetings changed everything for us."
		]
	},
	es: {
		titles: [
			"Por qué nuestro capítulo se reúne cada quince días",
			"Asambleas de inquilinos en el barrio",
			"Lo que aprendimos del presupuesto participativo",
			"Cómo repartimos el trabajo pesado",
			"Autogestión en grupos pequeños"
		],
		sentences: [
			"Empezamos seis personas en una cocina y ahora llenamos un local vecinal.",
			"Todo el mundo hace por turnos las tareas que nadie quiere.",
			"Decide quien está afectado, en proporción a cuánto le afecta.",
			"Publicamos cada recuento para que cualquiera pueda comprobarlo.",
			"Las personas nuevas tienen una madrina o un padrino en sus tres primeras reuniones.",
			"El desacuerdo se escribe y se guarda junto a la decisión."
		],
		replies: [
			"Gracias por contarlo, nos sirve mucho.",
			"No estoy de acuerdo con el segundo punto, pero me gusta la idea de los turnos.",
			"¿Podéis compartir la plantilla de las actas?",
			"Nosotras probamos algo parecido y funcionó al cabo de unos meses."
		]
	},
	ar: {
		titles: [
			"لماذا يجتمع فرعنا كل أسبوعين",
			"تنظيم المستأجرين في حيّنا",
			"ما تعلمناه من الموازنة التشاركية",
			"كيف نتقاسم الأعمال المرهقة"
		],
		sentences: [
			"بدأنا ستة أشخاص في مطبخ، واليوم نملأ قاعة الحي.",
			"يتناوب الجميع على المهام التي لا يرغب فيها أحد.",
			"يقرر المتأثرون بالقرار، بقدر تأثرهم به.",
			"ننشر كل فرز للأصوات ليتمكن أي شخص من التحقق منه.",
			"يُكتب الرأي المخالف ويُحفظ مع القرار."
		],
		replies: [
			"شكرًا على هذا العرض، إنه مفيد جدًا لفرعنا.",
			"أختلف مع النقطة الثانية، لكن فكرة المناوبة جميلة.",
			"هل يمكنكم مشاركة نموذج المحضر؟"
		]
	},
	fr: {
		titles: ["Pourquoi notre section se réunit tous les quinze jours", "Partager le travail pénible"],
		sentences: [
			"Nous avons commencé à six dans une cuisine.",
			"Chacun prend son tour pour les tâches que personne ne veut.",
			"Les décisions reviennent aux personnes concernées.",
			"Chaque décompte est publié pour que tout le monde puisse le vérifier."
		],
		replies: ["Merci pour ce compte rendu.", "Nous avons essayé la même chose à Lyon."]
	}
};
var BATCH$2 = 400;
var DAY = 864e5;
/** A fixed "now" for the demo history, so every installation gets the same dates. */
var ANCHOR = Date.UTC(2026, 9, 1, 12);
function pick(rng, list) {
	return list[rng.below(list.length)];
}
function paragraphs(rng, lang, count) {
	const out = [];
	for (let p = 0; p < count; p++) {
		const n = 2 + rng.below(3);
		out.push(Array.from({ length: n }, () => pick(rng, TEXT[lang].sentences)).join(" "));
	}
	return out.join("\n\n");
}
async function insertBatches(rows, insert) {
	for (let i = 0; i < rows.length; i += BATCH$2) await insert(rows.slice(i, i + BATCH$2));
}
async function seedDemoWriting(db) {
	const rng = new SeededRandom("plenary-demo-writing");
	const people = await db.select({
		id: members.id,
		handle: members.handle,
		languages: members.languages
	}).from(members).orderBy(asc(members.id)).limit(600);
	if (people.length < 10) return;
	const langOf = (p) => [
		"es",
		"ar",
		"fr"
	].find((l) => p.languages.includes(l)) ?? "en";
	const demo = people.find((p) => p.handle === "demo") ?? people[0];
	const someChapters = await db.select({
		id: chapters.id,
		name: chapters.name,
		kind: chapters.kind,
		country: chapters.country
	}).from(chapters).where(inArray(chapters.kind, ["country", "local"])).orderBy(asc(chapters.id)).limit(8).then((rows) => rows.map((c) => ({
		...c,
		name: chapterName(c, "en", "Plenary")
	})));
	await db.transaction(async (tx) => {
		const newPosts = [];
		for (let i = 0; i < 60; i++) {
			const author = people[rng.below(people.length)];
			const lang = i % 5 === 1 ? "es" : i % 7 === 2 ? "ar" : i % 11 === 3 ? "fr" : langOf(author);
			const at = /* @__PURE__ */ new Date(ANCHOR - (60 - i) * 5 * DAY - rng.below(DAY));
			newPosts.push({
				kind: "blog",
				authorId: author.id,
				title: pick(rng, TEXT[lang].titles),
				slug: "",
				body: paragraphs(rng, lang, 2 + rng.below(3)),
				language: lang,
				tags: [pick(rng, [
					"housing",
					"chapters",
					"work",
					"convention",
					"vision",
					"co-ops"
				])],
				visibility: i % 9 === 0 ? "members" : "public",
				status: "published",
				createdAt: at,
				updatedAt: at,
				publishedAt: at
			});
		}
		for (let i = 0; i < 6; i++) {
			const at = /* @__PURE__ */ new Date(ANCHOR - (6 - i) * 30 * DAY);
			newPosts.push({
				kind: "organisation",
				authorId: demo.id,
				title: [
					"Welcome to the interim organisation",
					"The road to the founding convention",
					"How decisions are counted here",
					"Our first thousand members",
					"Chapters: start one where you live",
					"Sharing out the work fairly"
				][i],
				slug: "",
				body: `${paragraphs(rng, "en", 3)}\n\n- [x] Interim documents published\n- [ ] Convention date agreed\n\n| Step | Status |\n|---|---|\n| Chapters | growing |\n| Convention | planned |`,
				language: "en",
				tags: ["organisation"],
				visibility: "public",
				status: "published",
				createdAt: at,
				updatedAt: at,
				publishedAt: at
			});
		}
		for (const [i, chapter] of someChapters.entries()) {
			const [member] = await tx.select({ memberId: chapterMemberships.memberId }).from(chapterMemberships).where(eq(chapterMemberships.chapterId, chapter.id)).limit(1);
			const at = /* @__PURE__ */ new Date(ANCHOR - (i + 1) * 9 * DAY);
			newPosts.push({
				kind: "chapter",
				authorId: member?.memberId ?? demo.id,
				chapterId: chapter.id,
				title: `${chapter.name}: ${pick(rng, TEXT.en.titles)}`,
				slug: "",
				body: paragraphs(rng, "en", 2),
				language: "en",
				tags: ["chapter-news"],
				visibility: "public",
				status: "published",
				createdAt: at,
				updatedAt: at,
				publishedAt: at
			});
		}
		for (const p of newPosts) p.slug = slugify$1(p.title);
		const postRows = await tx.insert(posts).values(newPosts).returning({
			id: posts.id,
			title: posts.title,
			body: posts.body,
			tags: posts.tags,
			authorId: posts.authorId,
			createdAt: posts.createdAt
		});
		await tx.insert(postVersions).values(postRows.map((p) => ({
			postId: p.id,
			version: 1,
			title: p.title,
			body: p.body,
			tags: p.tags,
			editorId: p.authorId,
			createdAt: p.createdAt
		})));
		const categoryRows = await tx.insert(forumCategories).values([
			{
				slug: "general",
				name: "General discussion",
				description: "Anything about the organisation.",
				position: 1
			},
			{
				slug: "vision",
				name: "Vision and program",
				description: "What we want, and how we get there.",
				position: 2
			},
			{
				slug: "organising",
				name: "Organising help",
				description: "Practical questions from chapters.",
				position: 3
			},
			{
				slug: "debate-es",
				name: "Debate en español",
				description: "Conversaciones en castellano.",
				position: 4
			},
			{
				slug: "nqash",
				name: "نقاش بالعربية",
				description: "نقاشات باللغة العربية.",
				position: 5
			},
			...someChapters.map((c, i) => ({
				chapterId: c.id,
				slug: `chapter-${c.id}`,
				name: c.name,
				description: `Forum of ${c.name}.`,
				position: 10 + i
			}))
		]).returning({
			id: forumCategories.id,
			slug: forumCategories.slug
		});
		const categoryLang = (slug) => slug === "debate-es" ? "es" : slug === "nqash" ? "ar" : "en";
		const newThreads = [{
			categoryId: categoryRows[0].id,
			authorId: demo.id,
			title: "What should the founding convention decide first?",
			body: `${paragraphs(rng, "en", 2)}\n\nPlease keep it civil: this thread is long, and everyone should get a say.`,
			language: "en",
			pinned: true,
			createdAt: /* @__PURE__ */ new Date(ANCHOR - 40 * DAY),
			lastActivityAt: /* @__PURE__ */ new Date(ANCHOR - DAY)
		}];
		for (let i = 0; i < 40; i++) {
			const category = categoryRows[i % categoryRows.length];
			const lang = categoryLang(category.slug);
			const at = /* @__PURE__ */ new Date(ANCHOR - (40 - i) * 2 * DAY - rng.below(DAY));
			newThreads.push({
				categoryId: category.id,
				authorId: people[rng.below(people.length)].id,
				title: pick(rng, TEXT[lang].titles),
				body: paragraphs(rng, lang, 1 + rng.below(2)),
				language: lang,
				locked: i === 7,
				slowModeSeconds: i === 3 ? 300 : 0,
				createdAt: at,
				lastActivityAt: at
			});
		}
		const threadRows = await tx.insert(forumThreads).values(newThreads).returning({
			id: forumThreads.id,
			language: forumThreads.language,
			createdAt: forumThreads.createdAt
		});
		const mentionEvents = [];
		const allComments = [];
		async function discussion(subjectType, subjectId, lang, start, levels) {
			let parents = [];
			let minute = 0;
			for (const [depth, n] of levels.entries()) {
				if (!n || depth > 0 && !parents.length) break;
				const rows = [];
				const meta = [];
				for (let i = 0; i < n; i++) {
					const author = people[rng.below(people.length)];
					const parent = depth > 0 ? parents[rng.below(parents.length)] : null;
					let body = pick(rng, TEXT[lang].replies);
					if (parent && rng.below(4) === 0) body = `@${parent.handle} ${body}`;
					if (rng.below(12) === 0) body = `> ${pick(rng, TEXT[lang].sentences)}\n\n${body}`;
					if (rng.below(5) === 0) body += ` ${pick(rng, TEXT[lang].sentences)}`;
					minute += 1 + rng.below(90);
					rows.push({
						subjectType,
						subjectId,
						parentId: parent?.id ?? null,
						rootId: parent ? parent.rootId : null,
						depth,
						authorId: author.id,
						body,
						language: lang,
						createdAt: new Date(start.getTime() + minute * 6e4)
					});
					meta.push({
						rootId: parent?.rootId ?? null,
						handle: author.handle
					});
				}
				const inserted = [];
				await insertBatches(rows, async (batch) => {
					inserted.push(...await tx.insert(comments).values(batch).returning({
						id: comments.id,
						body: comments.body,
						createdAt: comments.createdAt,
						authorId: comments.authorId
					}));
				});
				allComments.push(...inserted);
				parents = inserted.map((c, i) => ({
					id: c.id,
					rootId: meta[i].rootId ?? c.id,
					depth,
					handle: meta[i].handle
				}));
				for (const c of inserted) {
					const mention = /^@([A-Za-z0-9_]+)/.exec(c.body);
					const target = mention && people.find((p) => p.handle === mention[1]);
					if (target && target.id !== c.authorId) mentionEvents.push({
						type: "member.mentioned",
						actorId: c.authorId,
						subjectType: "comment",
						subjectId: c.id,
						data: {
							memberId: target.id,
							demo: true
						},
						createdAt: c.createdAt
					});
				}
			}
		}
		const big = threadRows[0];
		await discussion("thread", big.id, "en", big.createdAt, [
			170,
			190,
			100,
			40,
			15,
			5
		]);
		for (const t of threadRows.slice(1)) await discussion("thread", t.id, t.language, t.createdAt, [
			2 + rng.below(8),
			rng.below(6),
			rng.below(3)
		]);
		for (const p of postRows.filter((_, i) => i % 3 === 0)) await discussion("post", p.id, "en", p.createdAt, [1 + rng.below(5), rng.below(4)]);
		await insertBatches(allComments, (batch) => tx.insert(commentVersions).values(batch.map((c) => ({
			commentId: c.id,
			version: 1,
			body: c.body,
			createdAt: c.createdAt
		}))));
		const bigComments = allComments.slice(0, 520);
		for (const c of bigComments.filter((_, i) => i % 97 === 5)) {
			const body = `${c.body} (Edited: I changed my mind a little.)`;
			await tx.update(comments).set({
				body,
				version: 2,
				editedAt: new Date(c.createdAt.getTime() + 36e5)
			}).where(eq(comments.id, c.id));
			await tx.insert(commentVersions).values({
				commentId: c.id,
				version: 2,
				body
			});
		}
		for (const c of bigComments.filter((_, i) => i % 131 === 17)) {
			await tx.update(comments).set({
				body: "",
				deletedAt: new Date(c.createdAt.getTime() + 72e5)
			}).where(eq(comments.id, c.id));
			await tx.delete(commentVersions).where(eq(commentVersions.commentId, c.id));
		}
		await tx.execute(sql`
			update forum_threads t set comment_count = c.n, last_activity_at = greatest(t.last_activity_at, c.last)
			from (select subject_id, count(*)::int as n, max(created_at) as last from comments where subject_type = 'thread' group by subject_id) c
			where c.subject_id = t.id`);
		await insertBatches(mentionEvents, (batch) => tx.insert(events).values(batch));
	});
}
// src/lib/server/seed/demo.ts
/** Public on purpose: it is printed at start and written in the README. */
var DEMO_PASSWORD = "plenary-demo-2012";
var BATCH$1 = 500;
/** Fill an empty database with the demo organisation; a database with members is left alone. */
async function seedDemoIfEmpty(db, options = {}) {
	const [{ n }] = await db.select({ n: count() }).from(members);
	if (n > 0) return false;
	await seedDemo(db, options);
	return true;
}
/**
* The demo organisation: about 3,000 members in about 76 countries, the same every time.
* Every demo account shares the demo password; hashing it once keeps seeding to seconds.
*/
async function seedDemo(db, { log } = {}) {
	const started = Date.now();
	const people = generateDemoPeople();
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db.transaction(async (tx) => {
		for (let i = 0; i < people.length; i += BATCH$1) {
			const batch = people.slice(i, i + BATCH$1);
			const inserted = await tx.insert(members).values(batch.map((p) => ({
				email: p.email,
				emailVerifiedAt: new Date(p.joinedAt),
				passwordHash,
				handle: p.handle,
				displayName: p.displayName,
				country: p.country,
				city: p.city,
				languages: p.languages,
				bio: p.bio,
				locale: p.locale,
				timeZone: p.timeZone,
				gender: p.gender,
				ageBand: p.ageBand,
				tier: "interim",
				createdAt: new Date(p.joinedAt),
				lastActiveAt: new Date(p.lastActiveAt)
			}))).returning({
				id: members.id,
				createdAt: members.createdAt,
				country: members.country
			});
			await tx.insert(events).values(inserted.map((m) => ({
				type: "member.joined",
				actorId: m.id,
				subjectType: "member",
				subjectId: m.id,
				data: {
					country: m.country,
					demo: true
				},
				createdAt: m.createdAt
			})));
		}
	});
	await seedDemoChapters(db);
	await seedDemoWriting(db);
	await seedDemoDecisions(db);
	await db.execute(sql`analyze`);
	log?.(`Demo organisation created: ${people.length} members (${Date.now() - started} ms).\n  Demo login: ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
}
// src/lib/server/scheduler/index.ts
/** Add the jobs' rows if missing (first run: due now); intervals follow the code. */
async function registerJobs(db, jobs) {
	for (const job of jobs) await db.insert(scheduledJobs).values({
		name: job.name,
		intervalSeconds: job.intervalSeconds
	}).onConflictDoUpdate({
		target: scheduledJobs.name,
		set: { intervalSeconds: job.intervalSeconds }
	});
}
/** Claim the due jobs among these names; returns the names this process may now run. */
async function claimDueJobs(db, jobs) {
	const names = jobs.map((j) => j.name);
	if (!names.length) return [];
	const lease = Math.max(...jobs.map((j) => j.leaseSeconds ?? 600));
	return (await db.execute(sql`
		update scheduled_jobs
		set run_at = now() + make_interval(secs => interval_seconds),
			leased_until = now() + make_interval(secs => ${lease}),
			last_started_at = now()
		where name in (
			select name from scheduled_jobs
			where run_at <= now() and (leased_until is null or leased_until < now())
				and name in (${sql.join(names.map((n) => sql`${n}`), sql`, `)})
			order by run_at
			for update skip locked)
		returning name`)).rows.map((r) => r.name);
}
async function runClaimed(db, job) {
	let failure = null;
	try {
		await job.run(db);
	} catch (err) {
		failure = err instanceof Error ? err.message : String(err);
		console.error(`[scheduler] ${job.name} failed:`, err);
	}
	await db.update(scheduledJobs).set({
		leasedUntil: null,
		lastFinishedAt: sql`now()`,
		lastError: failure
	}).where(eq(scheduledJobs.name, job.name));
}
/** Start ticking every `tickMs`; `tick()` can also be called directly (tests). */
function startScheduler(db, jobs, { tickMs = 6e4 } = {}) {
	let stopped = false;
	let running = null;
	const registered = registerJobs(db, jobs);
	async function tick() {
		await registered;
		const names = await claimDueJobs(db, jobs);
		for (const name of names) {
			if (stopped) break;
			await runClaimed(db, jobs.find((j) => j.name === name));
		}
		return names;
	}
	const guarded = () => {
		if (stopped || running) return running ?? Promise.resolve([]);
		running = tick().catch((err) => {
			console.error("[scheduler] tick failed:", err instanceof Error ? err.message : err);
			return [];
		}).finally(() => running = null);
		return running;
	};
	const timer = setInterval(guarded, tickMs);
	timer.unref?.();
	const first = setTimeout(guarded, Math.min(tickMs, 5e3));
	first.unref?.();
	return {
		tick: guarded,
		stop: async () => {
			stopped = true;
			clearInterval(timer);
			clearTimeout(first);
			await running;
		}
	};
}
// src/lib/server/members/mail.ts
function lapseWarningMail(to, locale, name, months, days, link) {
	return {
		to,
		subject: tier_lapse_warning_subject({}, { locale }),
		text: tier_lapse_warning_body({
			name,
			months,
			days,
			link
		}, { locale })
	};
}
function lapsedMail(to, locale, name, link) {
	return {
		to,
		subject: tier_lapsed_subject({}, { locale }),
		text: tier_lapsed_body({
			name,
			link
		}, { locale })
	};
}
// src/lib/server/members/lapsing.ts
var BATCH = 200;
/**
* The lapsing job. A member inactive for `lapseMonths` is told by mail; if they stay away for
* `lapseGraceDays` more they become lapsed (out of quorum bases and eligible counts; their
* content stays). Logging in and confirming at /welcome makes them active again. Each step works
* in small batches, each in its own transaction, and is safe to run again.
*/
async function runLapsing(db, origin, now = /* @__PURE__ */ new Date()) {
	const settings = await membershipSettings(db);
	const link = `${origin}/welcome`;
	return {
		warned: await inBatches(db, sql`
			update members set lapse_warned_at = ${now}
			where id in (
				select id from members
				where lapsed_at is null and deleted_at is null and email_verified_at is not null
					and last_active_at < ${now}::timestamptz - make_interval(months => ${settings.lapseMonths})
					and (lapse_warned_at is null or lapse_warned_at < last_active_at)
				order by id limit ${BATCH}
				for update skip locked)
			returning id::int as id, email, display_name as name, locale`, "member.lapse-warned", (r, locale) => lapseWarningMail(r.email, locale, r.name, settings.lapseMonths, settings.lapseGraceDays, link)),
		lapsed: await inBatches(db, sql`
			update members set lapsed_at = ${now}
			where id in (
				select id from members
				where lapsed_at is null and deleted_at is null and lapse_warned_at is not null
					and lapse_warned_at >= last_active_at
					and lapse_warned_at < ${now}::timestamptz - make_interval(days => ${settings.lapseGraceDays})
				order by id limit ${BATCH}
				for update skip locked)
			returning id::int as id, email, display_name as name, locale`, "member.lapsed", (r, locale) => lapsedMail(r.email, locale, r.name, link))
	};
}
/**
* Run one step until no member is left to it: each batch marks up to BATCH members (the update
* returns them), mails each in their language and appends the event, all in one transaction.
*/
async function inBatches(db, markBatch, eventType, mail) {
	let total = 0;
	for (;;) {
		const n = await db.transaction(async (tx) => {
			const due = await tx.execute(markBatch);
			for (const r of due.rows) {
				await enqueueMail(tx, mail(r, isLocale(r.locale) ? r.locale : "en"));
				await appendEvent(tx, {
					type: eventType,
					actorId: null,
					subjectType: "member",
					subjectId: Number(r.id)
				});
			}
			return due.rows.length;
		});
		total += n;
		if (n < BATCH) return total;
	}
}
// src/lib/server/scheduler/jobs.ts
/** The app's periodic jobs. */
function appJobs(origin) {
	return [{
		name: "members.lapse",
		intervalSeconds: 3600,
		leaseSeconds: 900,
		run: (db) => runLapsing(db, origin)
	}, {
		name: "decisions.advance",
		intervalSeconds: 60,
		leaseSeconds: 300,
		run: (db) => advanceDueDecisions(db)
	}];
}
// src/lib/server/app.ts
var starting;
/** The running app's shared pieces, started once: database, migrations, demo data, mailer. */
function app() {
	starting ??= start();
	return starting;
}
async function start() {
	const cfg = config();
	let child;
	let connection;
	if (cfg.databaseUrl) connection = openPool({
		url: cfg.databaseUrl,
		max: cfg.poolSize
	});
	else {
		const embedded = await startEmbeddedDatabase(cfg.dataDir);
		child = embedded.child;
		connection = openPool({
			socketDir: embedded.socketDir,
			port: embedded.port
		});
	}
	await migrateDatabase(connection.pool);
	if (cfg.demoSeed === "auto") await seedDemoIfEmpty(connection.db, { log: console.log });
	const mailer = startMailer(connection.db, cfg.smtpUrl, cfg.mailFrom);
	const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3e3}`;
	const scheduler = startScheduler(connection.db, appJobs(origin));
	return {
		db: connection.db,
		config: cfg,
		mailer,
		close: async () => {
			await scheduler.stop();
			await mailer.stop();
			await connection.close();
			child?.kill("SIGTERM");
		}
	};
}
// src/hooks.server.ts
var init = async () => {
	try {
		const started = await app();
		process.once("sveltekit:shutdown", () => void started.close());
	} catch (err) {
		if (err instanceof ConfigError || err instanceof EmbeddedDatabaseError) {
			console.error(err.message);
			process.exit(1);
		}
		throw err;
	}
};
var localeStorage = new AsyncLocalStorage();
overwriteServerAsyncLocalStorage(localeStorage);
var handle = async ({ event, resolve }) => {
	const plenary = await app();
	event.locals.app = plenary;
	event.locals.db = plenary.db;
	event.locals.member = null;
	event.locals.sessionToken = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = token.length <= 100 ? await validateSession(plenary.db, token) : null;
		if (session) {
			event.locals.member = session.member;
			event.locals.sessionToken = token;
			setSessionCookie(event.cookies, event.url, token, session.expiresAt);
		} else clearSessionCookie(event.cookies, event.url);
	}
	const cookieLocale = event.cookies.get(LOCALE_COOKIE);
	const locale = isLocale(event.locals.member?.locale) && event.locals.member.locale || isLocale(cookieLocale) && cookieLocale || localeFromAcceptLanguage(event.request.headers.get("accept-language")) || "en";
	event.locals.locale = locale;
	return localeStorage.run({
		locale,
		origin: event.url.origin,
		messageCalls: /* @__PURE__ */ new Set()
	}, async () => {
		const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace("%plenary.lang%", locale).replace("%plenary.dir%", getTextDirection(locale)) });
		setSecurityHeaders(response.headers, event.url);
		if (event.request.method !== "GET" && event.request.method !== "HEAD") plenary.mailer.kick();
		return response;
	});
};
function setSecurityHeaders(headers, url) {
	headers.set("X-Content-Type-Options", "nosniff");
	headers.set("X-Frame-Options", "DENY");
	headers.set("Referrer-Policy", "same-origin");
	headers.set("Cross-Origin-Opener-Policy", "same-origin");
	headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
	if (url.protocol === "https:") headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
	if (headers.get("content-type")?.startsWith("text/html")) {
		headers.append("Vary", "Cookie, Accept-Language");
		headers.set("Cache-Control", "private, no-cache");
	}
}
/** Unexpected errors: logged with an id, and the visitor sees only a translated message and the id. */
var handleError = ({ error, status, message }) => {
	if (status === 404) return { message: translate("error_page_not_found") };
	if (status < 500) return { message };
	const id = randomUUID().slice(0, 8);
	console.error(`[error ${id}]`, error);
	return {
		message: translate("error_unexpected"),
		id
	};
};
export { handle, handleError, init };
