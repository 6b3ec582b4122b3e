import * as server from '../entries/pages/images/_page.server.ts.js';

export const index = 24;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/images/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/images/+page.server.ts";
export const imports = ["_app/immutable/nodes/24.ZC6MFcC_.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/24.BrL3OpTw.css"];
export const fonts = [];
