import * as server from '../entries/pages/verify/_page.server.ts.js';

export const index = 42;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/verify/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/verify/+page.server.ts";
export const imports = ["_app/immutable/nodes/42.CzKTRMBM.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css"];
export const fonts = [];
