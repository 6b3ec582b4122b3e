import * as server from '../entries/pages/members/_page.server.ts.js';

export const index = 29;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/members/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/members/+page.server.ts";
export const imports = ["_app/immutable/nodes/29.DEMSDDuk.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/BvTubfVH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/BJ49Tst9.js"];
export const stylesheets = ["_app/immutable/assets/EmptyState.BkV9-fHh.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/29.BAqaW2vh.css"];
export const fonts = [];
