import * as server from '../entries/pages/settings/account/email/_page.server.ts.js';

export const index = 38;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/settings/account/email/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/settings/account/email/+page.server.ts";
export const imports = ["_app/immutable/nodes/38.BRM3WPjr.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/IYsrsGHZ.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css"];
export const fonts = [];
