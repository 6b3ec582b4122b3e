import { spawn } from 'node:child_process';

export type ScriptResult = { code: number | null; stdout: string; stderr: string };

/** Run one of the project's scripts as `npm run …` does (through tsx), in its own process. */
export function runScript(
	script: string,
	args: string[],
	env: Record<string, string>
): Promise<ScriptResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.once('error', reject);
		child.once('close', (code) => resolve({ code, stdout, stderr }));
	});
}
