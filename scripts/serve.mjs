// Serves the production build (PLENARY_BUILD_DIR, default build/), as `node build` does, with one
// listener in front: a visitor's page the server keeps (src/lib/server/page-cache.ts) is answered
// from Node's request as it arrives, before the framework turns it into a Request, runs the hooks
// and streams the answer back (about ten times the work of the answer itself); so is a ballot
// posted by the decision page's script (src/lib/server/decisions/ballot-door.ts). Everything else,
// and any request that first look cannot judge, goes to the framework unchanged.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const build = resolve(import.meta.dirname, '..', process.env.PLENARY_BUILD_DIR ?? 'build');
const { server } = await import(pathToFileURL(resolve(build, 'index.js')).href);
const http = server.server;
// adapter-node's own listener, attached when it started listening (polka's `listen`). Should a
// later adapter attach it otherwise, the server runs as it is, without the door, and says so.
const framework = server.attach;
if (http.listeners('request').includes(framework)) {
	http.removeListener('request', framework);
	const onward = (req, res) => framework.call(http, req, res);
	http.prependListener('request', (req, res) => {
		const answer = globalThis[Symbol.for('plenary.answerKept')]?.(req);
		if (answer) {
			res.writeHead(answer.status, answer.headers.flat());
			return res.end(answer.body);
		}
		// A ballot from the decision page's script (src/lib/server/decisions/ballot-door.ts): the
		// door answers it, or hands it on before reading its body.
		if (globalThis[Symbol.for('plenary.ballotDoor')]?.(req, res, () => onward(req, res))) return;
		onward(req, res);
	});
} else
	console.warn('Kept pages are answered by the framework: its request listener was not found.');
