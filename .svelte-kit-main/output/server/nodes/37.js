import * as server from '../entries/pages/settings/account/_page.server.ts.js';

export const index = 37;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/settings/account/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/settings/account/+page.server.ts";
export const imports = ["_app/immutable/nodes/37.CzZWp2ai.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/C96RYRcx.js","_app/immutable/chunks/BQPakHFg.js","_app/immutable/chunks/CAS4qG0R.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/37.LPerirNJ.css"];
export const fonts = [];
