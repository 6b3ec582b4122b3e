import * as server from '../entries/pages/verify/resend/_page.server.ts.js';

export const index = 43;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/verify/resend/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/verify/resend/+page.server.ts";
export const imports = ["_app/immutable/nodes/43.C67lm5jM.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Dpf5R3v2.js","_app/immutable/chunks/DJFVcrQj.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css"];
export const fonts = [];
