import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage, translate } from './i18n';

describe('locale negotiation', () => {
	it('offers French, German and Portuguese, whatever the region', () => {
		expect(localeFromAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.5')).toBe('fr');
		expect(localeFromAcceptLanguage('de-AT')).toBe('de');
		expect(localeFromAcceptLanguage('pt-BR,pt;q=0.9')).toBe('pt');
		expect(localeFromAcceptLanguage('pt-PT')).toBe('pt');
	});

	it('honours the order of preference and skips languages it lacks', () => {
		expect(localeFromAcceptLanguage('it;q=1, de;q=0.8, fr;q=0.9')).toBe('fr');
		expect(localeFromAcceptLanguage('ja, zh;q=0.9')).toBeUndefined();
	});

	it('accepts only the locales it has as a member setting', () => {
		for (const locale of ['en', 'es', 'ar', 'fr', 'de', 'pt']) expect(isLocale(locale)).toBe(true);
		expect(isLocale('it')).toBe(false);
	});

	it('translates mail into each language with its placeholders filled', () => {
		const params = { name: 'Ana', link: 'https://example.org/verify/x' };
		expect(translate('mail_verify_body', params, 'fr')).toContain('Bonjour Ana');
		expect(translate('mail_verify_body', params, 'de')).toContain('Hallo Ana');
		expect(translate('mail_verify_body', params, 'pt')).toContain('Olá, Ana');
		for (const locale of ['fr', 'de', 'pt'] as const)
			expect(translate('mail_verify_body', params, locale)).toContain(params.link);
	});
});
