import * as server from '../entries/pages/decisions/_ref_/edit/_page.server.ts.js';

export const index = 14;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/decisions/_ref_/edit/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/decisions/[ref]/edit/+page.server.ts";
export const imports = ["_app/immutable/nodes/14.D7RPza-6.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/BuIdkje4.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/CwAfjUka.js","_app/immutable/chunks/CIvdYiNx.js","_app/immutable/chunks/C022uDDn.js","_app/immutable/chunks/BJ49Tst9.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/DecisionForm.tUBqU4gV.css"];
export const fonts = [];
