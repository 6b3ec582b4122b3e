import * as server from '../entries/pages/glance/_page.server.ts.js';

export const index = 23;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/glance/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/glance/+page.server.ts";
export const imports = ["_app/immutable/nodes/23.Bw8lpfwX.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/XP79-rcP.js","_app/immutable/chunks/yxgK1Qhn.js"];
export const stylesheets = ["_app/immutable/assets/GrowthTable.DGtupJU7.css","_app/immutable/assets/23.DwpI3hlU.css"];
export const fonts = [];
