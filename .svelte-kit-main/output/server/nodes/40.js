import * as server from '../entries/pages/settings/privacy/_page.server.ts.js';

export const index = 40;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/settings/privacy/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/settings/privacy/+page.server.ts";
export const imports = ["_app/immutable/nodes/40.DOu-yy_L.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/BvW8Tn4W.js","_app/immutable/chunks/khFuKLpo.js","_app/immutable/chunks/yxgK1Qhn.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/BJ49Tst9.js","_app/immutable/chunks/DXjv1s4c.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/40.4xylgTRT.css"];
export const fonts = [];
