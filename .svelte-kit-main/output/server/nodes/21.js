import * as server from '../entries/pages/forums/_page.server.ts.js';

export const index = 21;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/forums/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/forums/+page.server.ts";
export const imports = ["_app/immutable/nodes/21.DEpk3gYZ.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/duIZoofC.js"];
export const stylesheets = ["_app/immutable/assets/21.B2ACP16T.css"];
export const fonts = [];
