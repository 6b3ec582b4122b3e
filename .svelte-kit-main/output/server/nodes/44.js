import * as server from '../entries/pages/welcome/_page.server.ts.js';

export const index = 44;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/welcome/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/welcome/+page.server.ts";
export const imports = ["_app/immutable/nodes/44.rHfCrLyI.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/BvTubfVH.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/EmptyState.BkV9-fHh.css","_app/immutable/assets/44.DvGEGeKn.css"];
export const fonts = [];
