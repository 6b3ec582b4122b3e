import * as server from '../entries/pages/chapters/_page.server.ts.js';

export const index = 7;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/chapters/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/chapters/+page.server.ts";
export const imports = ["_app/immutable/nodes/7.BQHjJHhG.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/L_Ha1DGC.js","_app/immutable/chunks/BvTubfVH.js"];
export const stylesheets = ["_app/immutable/assets/EmptyState.BkV9-fHh.css","_app/immutable/assets/7.uVVB8wBG.css"];
export const fonts = [];
