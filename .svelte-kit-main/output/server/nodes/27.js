import * as server from '../entries/pages/login/_page.server.ts.js';

export const index = 27;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/login/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/login/+page.server.ts";
export const imports = ["_app/immutable/nodes/27.BINFX3d3.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/w7H-3Kyp.js","_app/immutable/chunks/DJFVcrQj.js","_app/immutable/chunks/BwFu-67t.js","_app/immutable/chunks/BrVYmat6.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css"];
export const fonts = [];
