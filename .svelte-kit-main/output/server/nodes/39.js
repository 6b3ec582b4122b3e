import * as server from '../entries/pages/settings/preferences/_page.server.ts.js';

export const index = 39;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/settings/preferences/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/settings/preferences/+page.server.ts";
export const imports = ["_app/immutable/nodes/39.DnNjTtjN.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/CEd7HVd1.js","_app/immutable/chunks/BvW8Tn4W.js","_app/immutable/chunks/caLus5T7.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/BJ49Tst9.js","_app/immutable/chunks/DXjv1s4c.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css"];
export const fonts = [];
