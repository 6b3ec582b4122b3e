import * as server from '../entries/pages/posts/_ref_/edit/_page.server.ts.js';

export const index = 31;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/posts/_ref_/edit/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/posts/[ref]/edit/+page.server.ts";
export const imports = ["_app/immutable/nodes/31.BlNXudrR.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Dw7TsI5w.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/C6hk23Yn.js","_app/immutable/chunks/CJ_OzMBk.js","_app/immutable/chunks/B4-0Q8g6.js","_app/immutable/chunks/D_3Rc1AE.js","_app/immutable/chunks/D4LJIG0h.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/BJ49Tst9.js","_app/immutable/chunks/CwAfjUka.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css"];
export const fonts = [];
