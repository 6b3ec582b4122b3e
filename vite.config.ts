import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './scripts/i18n-options.mjs';

export default defineConfig({
	plugins: [paraglideVitePlugin(paraglideOptions), sveltekit()],
	build: {
		// The bundler's note that plugins (Svelte, Paraglide) take most of the build time is true of
		// every build here and says nothing to act on: it was most of what `npm start` printed.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	ssr: {
		// PGlite loads its WASM and data files from its own package folder.
		external: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2']
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		// Every file in one process: modules load once instead of once per file, which halves the
		// suites' time. Each file still gets its own database, and tests/setup/fresh-process.ts
		// makes the process forget what the previous file left (environment, caches).
		isolate: false,
		setupFiles: ['tests/setup/fresh-process.ts', 'tests/setup/one-query-per-client.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
