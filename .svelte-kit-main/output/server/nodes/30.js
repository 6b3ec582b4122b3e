import * as server from '../entries/pages/posts/_ref_/_page.server.ts.js';

export const index = 30;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/posts/_ref_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/posts/[ref]/+page.server.ts";
export const imports = ["_app/immutable/nodes/30.HzCCTUIt.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Duj6NRVw.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/D4LJIG0h.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/C98B1O3h.js","_app/immutable/chunks/B6ZUxZO7.js","_app/immutable/chunks/DCDZs6Qy.js","_app/immutable/chunks/-s4v9Rcm.js","_app/immutable/chunks/B4-0Q8g6.js","_app/immutable/chunks/Dm-K7tHo.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/CwAfjUka.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/C98OS3IF.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/Prose.Qitgg_LH.css","_app/immutable/assets/Comments.WemgLTsc.css","_app/immutable/assets/30.CygcQBUK.css"];
export const fonts = [];
