import * as server from '../entries/pages/comments/_id_/edit/_page.server.ts.js';

export const index = 9;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/comments/_id_/edit/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/comments/[id]/edit/+page.server.ts";
export const imports = ["_app/immutable/nodes/9.DKfwRvQd.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/B6ZUxZO7.js","_app/immutable/chunks/B4-0Q8g6.js","_app/immutable/chunks/D_3Rc1AE.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/CwAfjUka.js","_app/immutable/chunks/DXjv1s4c.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css"];
export const fonts = [];
