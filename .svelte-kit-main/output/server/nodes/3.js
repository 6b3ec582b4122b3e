import * as server from '../entries/pages/_page.server.ts.js';

export const index = 3;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/+page.server.ts";
export const imports = ["_app/immutable/nodes/3.BCn_pxxk.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/BJYC4Fjl.js"];
export const stylesheets = ["_app/immutable/assets/3.CP8U6Jg7.css"];
export const fonts = [];
