/**
 * The message compiler's options, shared by the Vite plugin (builds, dev, tests) and `npm run
 * i18n`, so both produce the same runtime.
 */
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// Locale is decided on the server (member setting, then Accept-Language) and handed to the
	// browser through <html lang>; see src/lib/i18n.
	strategy: ['custom-plenary', 'baseLocale']
};
