import { afterAll, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../../../scripts/embedded-db.mjs';
import { DemoSeedError, seedDemoInOwnProcess } from './demo-process';

// A database without the app's tables: the seeding process fails on its first query.
const server = await startEmbeddedServer({});
afterAll(() => server.stop());

it('fails with a message when the seeding process fails, and says how to start without it', async () => {
	const seeding = seedDemoInOwnProcess({ socketDir: server.socketDir, port: server.port });
	await expect(seeding).rejects.toThrow(DemoSeedError);
	await expect(seeding).rejects.toThrow(/ended with code 1 .*PLENARY_DEMO_SEED=never/);
});
