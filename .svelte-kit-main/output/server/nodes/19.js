import * as server from '../entries/pages/dev/mail/_page.server.ts.js';

export const index = 19;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/dev/mail/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/dev/mail/+page.server.ts";
export const imports = ["_app/immutable/nodes/19.BPqMvTXC.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/BvTubfVH.js"];
export const stylesheets = ["_app/immutable/assets/EmptyState.BkV9-fHh.css","_app/immutable/assets/19.5YBJ7b6x.css"];
export const fonts = [];
