import { defineConfig } from 'vitest/config';

// The reliability tests run real processes: the built server, the backup and restore scripts,
// PostgreSQL's own tools. `npm run test:reliability` (after the browser tests in .ci/run).
export default defineConfig({
	test: {
		include: ['tests/reliability/**/*.test.ts'],
		globalSetup: ['tests/reliability/global-setup.ts'],
		// One at a time: each file starts servers and databases of its own on a 2-core machine.
		fileParallelism: false,
		testTimeout: 180_000,
		hookTimeout: 600_000
	}
});
