import * as server from '../entries/pages/decisions/_ref_/receipt/_page.server.ts.js';

export const index = 15;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/decisions/_ref_/receipt/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/decisions/[ref]/receipt/+page.server.ts";
export const imports = ["_app/immutable/nodes/15.DMpXZTOV.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/xmCWYa02.js","_app/immutable/chunks/C022uDDn.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/15.BCNPz6XW.css"];
export const fonts = [];
