import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			// Without type information: typed parsing of every component took about 70 of ESLint's 90
			// seconds, for one rule that used it (svelte/no-unused-props), which needs it to run at all.
			// svelte-check covers it: tsconfig's noUnusedLocals reports a prop taken from $props() and
			// never used, as it does any other unused name.
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Links are built with resolve()/localised helpers where it matters; plain hrefs are fine here.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'build-*/',
			'.svelte-kit-*/',
			'src/lib/paraglide/',
			'drizzle/',
			'data/',
			'test-results/'
		]
	}
);
