/**
 * A setting's value in words, field by field, in a reader's language: for the settings pages, the
 * public log and the text of a settings decision.
 */
import type { Field, SettingDef } from '$lib/domain/instance/fields';
import type { Locale } from '$lib/paraglide/runtime.js';
import { translate } from '$lib/server/i18n';

export type Described = { label: string; lang?: string; text: string; long: boolean };

export function fieldLabel(field: Field, locale: Locale): string {
	if ('locale' in field)
		return (
			new Intl.DisplayNames([field.locale], { type: 'language' }).of(field.locale) ?? field.locale
		);
	return translate(field.label, {}, locale);
}

/** Each field of a value as a label and its text; null when the value is the translated default. */
export function describeFields(
	def: SettingDef,
	value: unknown,
	locale: Locale
): Described[] | null {
	if (value == null) return null;
	const form = def.toForm(value);
	const out: Described[] = [];
	for (const field of def.fields) {
		const raw = form[field.name];
		const label = fieldLabel(field, locale);
		if (field.kind === 'checkboxes') {
			const chosen = field.options.filter((o) => (raw as string[] | undefined)?.includes(o.value));
			out.push({
				label,
				text: chosen.length
					? chosen.map((o) => translate(o.label, {}, locale)).join(', ')
					: translate('setting_nothing', {}, locale),
				long: false
			});
			continue;
		}
		const text = typeof raw === 'string' ? raw : '';
		// A text left empty in one language shows the default there; a rule's number only with its rule.
		if (field.kind === 'text' && !text) continue;
		if (field.kind === 'integer' && field.optional && !text && def.fields[0].kind === 'select')
			continue;
		if (field.kind === 'select') {
			const option = field.options.find((o) => o.value === text);
			out.push({ label, text: option ? translate(option.label, {}, locale) : text, long: false });
		} else if (field.kind === 'integer' || field.kind === 'decimal')
			out.push({ label, text: text || translate('setting_no_limit', {}, locale), long: false });
		else
			out.push({
				label,
				lang: 'locale' in field ? field.locale : undefined,
				text,
				long: field.kind === 'text' && !!field.multiline
			});
	}
	return out;
}

/** The value as Markdown-safe lines (`prefix` before each), for a decision's text. */
export function describeValue(
	def: SettingDef,
	value: unknown,
	locale: Locale,
	prefix = ''
): string {
	const fields = describeFields(def, value, locale);
	if (!fields) return `${prefix}${translate('setting_default_text', {}, locale)}`;
	return fields.map((f) => `${prefix}${f.label}: ${f.text.replace(/\s*\n\s*/g, ' / ')}`).join('\n');
}
