/**
 * Starts `astro preview` (of the project in `cwd`, by default this one) on a port for scripts that need the built site
 * served, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export async function servePreview(port: number, cwd = process.cwd()): Promise<{ url: string; stop: () => void }> {
	const child: ChildProcess = spawn(
		process.execPath,
		[path.resolve('node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{ stdio: 'ignore', detached: true, cwd },
	);
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${url}/`)).ok) return { url, stop: () => process.kill(-child.pid!) };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	// The preview may have exited already (another preview of this project was running): stopping it must not hide why.
	if (child.exitCode === null) process.kill(-child.pid!);
	throw new Error(`astro preview did not start on port ${port}: is another preview running? (npx astro preview stop)`);
}
