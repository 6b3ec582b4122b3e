import * as server from '../entries/pages/blog/new/_page.server.ts.js';

export const index = 6;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/blog/new/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/blog/new/+page.server.ts";
export const imports = ["_app/immutable/nodes/6.CKvpZUrN.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/fzdkByGs.js","_app/immutable/chunks/C6hk23Yn.js","_app/immutable/chunks/CJ_OzMBk.js","_app/immutable/chunks/B4-0Q8g6.js","_app/immutable/chunks/D_3Rc1AE.js","_app/immutable/chunks/D4LJIG0h.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/BJ49Tst9.js","_app/immutable/chunks/CwAfjUka.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css"];
export const fonts = [];
