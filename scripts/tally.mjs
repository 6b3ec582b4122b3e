// `npm run tally -- FILE …`: count a ballot file. Runs the bundled command (scripts/tally-bundle.mjs)
// in this same process, so a small file is counted in about Node's own start-up time.
import { pathToFileURL } from 'node:url';
import { tallyBundle } from './tally-bundle.mjs';

await import(pathToFileURL(await tallyBundle()).href);
