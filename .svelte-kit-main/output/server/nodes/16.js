import * as server from '../entries/pages/decisions/_ref_/reminders/_page.server.ts.js';

export const index = 16;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/decisions/_ref_/reminders/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/decisions/[ref]/reminders/+page.server.ts";
export const imports = ["_app/immutable/nodes/16.BRko64d1.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/rvWUQl5B.js"];
export const stylesheets = ["_app/immutable/assets/16.fEGHGOlA.css"];
export const fonts = [];
