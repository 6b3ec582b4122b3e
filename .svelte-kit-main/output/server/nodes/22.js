import * as server from '../entries/pages/forums/_slug_/_page.server.ts.js';

export const index = 22;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/forums/_slug_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/forums/[slug]/+page.server.ts";
export const imports = ["_app/immutable/nodes/22.s0gmYA9X.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/-s4v9Rcm.js","_app/immutable/chunks/IOmaRi2n.js","_app/immutable/chunks/CL73MjlT.js","_app/immutable/chunks/duIZoofC.js","_app/immutable/chunks/CJ_OzMBk.js","_app/immutable/chunks/B4-0Q8g6.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/BJ49Tst9.js","_app/immutable/chunks/CwAfjUka.js","_app/immutable/chunks/Dm-K7tHo.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/22.Bdo1Ztvm.css"];
export const fonts = [];
