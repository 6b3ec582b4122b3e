// `npm start`: build when the build is missing or older than the sources, then serve it.
// The server itself migrates the database and, on an empty one, creates the demo organisation.
import { existsSync } from 'node:fs';
import { buildIfChanged } from './build-if-changed.mjs';

// A .env file, when there is one, fills in what the environment does not set.
if (existsSync('.env')) process.loadEnvFile('.env');
buildIfChanged();

// Without ORIGIN the server takes every request for HTTPS (right behind a TLS proxy). For a local
// run, say where it really is, so cookies, links in mail and the origin check all match.
if (!process.env.ORIGIN && process.env.NODE_ENV !== 'production') {
	process.env.ORIGIN = `http://localhost:${process.env.PORT || 3000}`;
	console.log(`Open ${process.env.ORIGIN} (set ORIGIN to serve it under another address).`);
}
// Behind a reverse proxy every request comes from the proxy's address, so log-in throttling would
// count everyone as one client. adapter-node reads the client's address from ADDRESS_HEADER (and,
// for X-Forwarded-For, the XFF_DEPTH-th address from the right) when they are set: they reach it
// from this process's environment (or .env). Checked here, because adapter-node finds a wrong
// value only on the first request that asks for the address.
const addressHeader = (process.env.ADDRESS_HEADER ?? '').toLowerCase();
const xffDepth = process.env.XFF_DEPTH;
if (xffDepth !== undefined && addressHeader !== 'x-forwarded-for') {
	console.error('XFF_DEPTH is set, but it is only read with ADDRESS_HEADER=X-Forwarded-For.');
	process.exit(1);
}
if (xffDepth !== undefined && !/^[1-9]\d{0,2}$/.test(xffDepth)) {
	console.error(`XFF_DEPTH must be the number of trusted proxies (1 or more), not "${xffDepth}".`);
	process.exit(1);
}
if (addressHeader)
	console.log(
		`Client addresses come from the ${addressHeader} header` +
			(addressHeader === 'x-forwarded-for' ? `, ${xffDepth ?? 1} from the right.` : '.')
	);
else if (process.env.NODE_ENV === 'production')
	console.log(
		'Behind a reverse proxy? Set ADDRESS_HEADER (see README), or every client looks alike.'
	);
// Room for 8 MB image uploads (adapter-node's default is 512 KB).
process.env.BODY_SIZE_LIMIT ??= '10M';
await import('./serve.mjs');
