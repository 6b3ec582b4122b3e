import * as server from '../entries/pages/flag/_page.server.ts.js';

export const index = 20;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/flag/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/flag/+page.server.ts";
export const imports = ["_app/immutable/nodes/20.BNe0SrdI.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/CwAfjUka.js","_app/immutable/chunks/DXjv1s4c.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/20.C1yEdUpo.css"];
export const fonts = [];
