import * as server from '../entries/pages/@_handle_/_page.server.ts.js';

export const index = 4;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/@_handle_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/@[handle]/+page.server.ts";
export const imports = ["_app/immutable/nodes/4.Cq5xf3Kd.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js"];
export const stylesheets = ["_app/immutable/assets/4.X37fU7GE.css"];
export const fonts = [];
