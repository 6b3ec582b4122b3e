/**
 * How a setting's value becomes a form and a form becomes a value. Every setting is edited through
 * a short list of fields (text, whole or decimal number, one choice, several choices); the value's
 * own zod schema then decides whether the result is acceptable. Pure: no I/O, no translation
 * (labels are message keys, or a locale whose name the page writes in that language).
 */
import { z } from 'zod';

export type Option = { value: string; label: string };

type Labelled = { name: string } & ({ label: string } | { locale: string });

export type Field = Labelled &
	(
		| { kind: 'text'; max: number; multiline?: boolean }
		| { kind: 'integer' | 'decimal'; min: number; max: number; optional?: boolean }
		| { kind: 'select'; options: readonly Option[] }
		| { kind: 'checkboxes'; options: readonly Option[] }
	);

/** What a form sends: one string per field, a list for checkboxes. */
export type FormValues = Record<string, string | string[]>;

/** One setting as the registry describes it: its value's shape, its default, its form. */
export type SettingDef<T = unknown> = {
	key: string;
	group: SettingGroup;
	/** Message keys. */
	title: string;
	hint: string;
	fields: readonly Field[];
	schema: z.ZodType<T>;
	/** Null: the default is translated text (the organisation's texts), shown as such. */
	default: T | null;
	// Methods, not properties: a list of settings of different value types is a SettingDef[].
	toForm(value: T): FormValues;
	fromForm(form: FormValues): unknown;
};

export const SETTING_GROUPS = [
	'governance',
	'organisation',
	'tiers',
	'limits',
	'readiness',
	'decisions',
	'roles'
] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** The field names a form sends as lists (checkboxes). */
export function listFields(def: Pick<SettingDef, 'fields'>): string[] {
	return def.fields.filter((f) => f.kind === 'checkboxes').map((f) => f.name);
}

const one = (form: FormValues, name: string): string => {
	const v = form[name];
	return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
};

const many = (form: FormValues, name: string): string[] => {
	const v = form[name];
	return Array.isArray(v) ? v : v ? [v] : [];
};

/** A number typed in a form: '' is null (an optional field left empty), otherwise a number or NaN. */
export function numberFrom(form: FormValues, name: string): number | null {
	const text = one(form, name).replace(',', '.');
	return text === '' ? null : Number(text);
}

export const textFrom = one;
export const listFrom = many;

export const whole = (min: number, max: number) =>
	z
		.number({ error: 'error_invalid_value' })
		.int({ error: 'setting_error_whole' })
		.min(min, { error: 'setting_error_range' })
		.max(max, { error: 'setting_error_range' });

export const decimal = (min: number, max: number) =>
	z
		.number({ error: 'error_invalid_value' })
		.min(min, { error: 'setting_error_range' })
		.max(max, { error: 'setting_error_range' });

/** Form values for a value made of named numbers. */
export function numbersToForm(value: Record<string, number | null>): FormValues {
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v == null ? '' : String(v)]));
}

export function numbersFromForm(fields: readonly Field[], form: FormValues) {
	return Object.fromEntries(fields.map((f) => [f.name, numberFrom(form, f.name)]));
}
