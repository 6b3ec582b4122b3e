/**
 * Compiles the message catalogues into src/lib/paraglide. Unlike the paraglide CLI, it never
 * empties the output folder first: it writes only the files whose content changed, so two test
 * runs started side by side (CI runs the PGlite and PostgreSQL suites at once) cannot pull the
 * folder from under each other.
 */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './i18n-options.mjs';

await compile({ ...paraglideOptions, cleanOutdir: false });
