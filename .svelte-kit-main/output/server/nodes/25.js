import * as server from '../entries/pages/join/_page.server.ts.js';

export const index = 25;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/join/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/join/+page.server.ts";
export const imports = ["_app/immutable/nodes/25.Sb8-uC38.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/DJFVcrQj.js","_app/immutable/chunks/BwFu-67t.js","_app/immutable/chunks/BQPakHFg.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/Da52A84A.js","_app/immutable/chunks/BJ49Tst9.js","_app/immutable/chunks/CwAfjUka.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css"];
export const fonts = [];
