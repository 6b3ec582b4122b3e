import * as server from '../entries/pages/chapters/_slug_/_page.server.ts.js';

export const index = 8;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/chapters/_slug_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/chapters/[slug]/+page.server.ts";
export const imports = ["_app/immutable/nodes/8.EXcWsC7b.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/L_Ha1DGC.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/XP79-rcP.js","_app/immutable/chunks/BvTubfVH.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/GrowthTable.DGtupJU7.css","_app/immutable/assets/EmptyState.BkV9-fHh.css","_app/immutable/assets/8.C6gnjcMl.css"];
export const fonts = [];
