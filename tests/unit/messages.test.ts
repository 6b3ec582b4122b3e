import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every area keeps its messages in its own folder (messages/<area>/<locale>.json); the shell's
// are in messages/<locale>.json. English is the source; every other locale must match it.
const folders = [
	'messages',
	...readdirSync('messages')
		.filter((f) => statSync(join('messages', f)).isDirectory())
		.map((f) => join('messages', f))
];
const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
// Words that are the same in another language; names and formats without words of their own
// (a city with its country in brackets).
const SAME_EVERYWHERE = new Set(['org_default_name', 'error_title', 'decision_groups_local']);
// Words a language shares with English (cognates), per locale.
const SAME_IN: Record<string, string[]> = {
	fr: [
		'settings_sessions',
		'sessions_actions',
		'decision_filter_phase',
		'decision_form_influence',
		'decision_field_options',
		'decision_field_quorum',
		'decision_timeline',
		'decision_version_n',
		'chapter_active',
		'glance_continents',
		'glance_total',
		'project_task_description_label',
		'project_intensity_3',
		'result_quorum',
		'result_points',
		'result_option',
		'result_quota',
		'forum_nav',
		'forum_title',
		'upload_alt_label',
		'upload_photo_label',
		'upload_title'
	],
	de: [
		'field_optional',
		'account_sessions_device',
		'decision_filter_phase',
		'decision_field_quorum',
		'project_task_status',
		'project_intensity_3',
		'result_quorum',
		'result_option',
		'post_in_chapter'
	],
	pt: ['glance_total', 'project_intensity_3', 'result_quota']
};

const catalogues = folders.flatMap((folder) =>
	readdirSync(folder)
		.filter((f) => f.endsWith('.json') && f !== 'en.json')
		.map((file) => ({
			name: join(folder, file),
			locale: file.replace(/\.json$/, ''),
			english: load(join(folder, 'en.json')),
			translation: load(join(folder, file))
		}))
);

describe.each(catalogues)('$name', ({ locale, english, translation }) => {
	it('has every message and no stray ones', () => {
		expect(Object.keys(translation).sort()).toEqual(Object.keys(english).sort());
	});
	it('keeps the placeholders of every message', () => {
		for (const key of Object.keys(english)) {
			expect(placeholders(translation[key] ?? ''), key).toEqual(placeholders(english[key]));
		}
	});
	it('translates every message (same text only for names and symbols)', () => {
		const same = Object.keys(english).filter(
			(k) =>
				k !== '$schema' &&
				!SAME_EVERYWHERE.has(k) &&
				!SAME_IN[locale]?.includes(k) &&
				translation[k] === english[k] &&
				/[a-z]{4}/.test(english[k])
		);
		expect(same).toEqual([]);
	});
});

it('no message key is defined in two areas', () => {
	const seen = new Map<string, string>();
	const twice: string[] = [];
	for (const folder of folders) {
		for (const key of Object.keys(load(join(folder, 'en.json')))) {
			if (key !== '$schema' && seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${folder})`);
			seen.set(key, folder);
		}
	}
	expect(twice).toEqual([]);
});

it('every message used in the code exists', () => {
	const english = Object.assign({}, ...folders.map((folder) => load(join(folder, 'en.json'))));
	const used = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory()) {
				if (entry.name !== 'paraglide') walk(path);
			} else if (/\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
				const text = readFileSync(path, 'utf8');
				// `m.key(` only means a message where `m` is the compiled catalogue.
				if (text.includes('paraglide/messages')) {
					for (const match of text.matchAll(/\bm\.([a-z][a-z0-9_]*)\(/g)) used.add(match[1]);
				}
				for (const match of text.matchAll(/'(error_[a-z0-9_]+)'/g)) used.add(match[1]);
			}
		}
	};
	walk('src');
	expect([...used].filter((key) => !(key in english))).toEqual([]);
});

// Keys the code builds from data instead of naming them: each pattern lists the keys it covers,
// and the template that builds them must still be in the code, so the list cannot go stale.
const BUILT_KEYS = [
	{ keys: /^value_[a-z_]+_(title|text)$/, template: '`value_${' },
	{ keys: /^tier_(friend|interim|member)$/, template: '`tier_${' }
];

it('every message is used in the code', () => {
	const keys = folders.flatMap((folder) =>
		Object.keys(load(join(folder, 'en.json'))).filter((key) => key !== '$schema')
	);
	const sources: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = `${dir}/${entry.name}`;
			if (entry.isDirectory()) {
				if (entry.name !== 'paraglide') walk(path);
			} else if (/\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
				sources.push(readFileSync(path, 'utf8'));
			}
		}
	};
	walk('src');
	const code = sources.join('\n');
	// A message is used when the catalogue's function is named (`m.key(`, or `m.key` handed on
	// as a value) or when its key is written out as a string (domain errors, translate()).
	const named = new Set([...code.matchAll(/\bm\.([a-z][a-z0-9_]*)\b/g)].map((m) => m[1]));
	const quoted = new Set([...code.matchAll(/['"`]([a-z][a-z0-9_]*)['"`]/g)].map((m) => m[1]));
	for (const { template } of BUILT_KEYS) expect(code, template).toContain(template);
	const unused = keys.filter(
		(key) =>
			!named.has(key) && !quoted.has(key) && !BUILT_KEYS.some((built) => built.keys.test(key))
	);
	expect(unused).toEqual([]);
});
