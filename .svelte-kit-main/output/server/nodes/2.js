import * as server from '../entries/pages/settings/_layout.server.ts.js';

export const index = 2;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/settings/_layout.svelte.js')).default;
export { server };
export const server_id = "src/routes/settings/+layout.server.ts";
export const imports = ["_app/immutable/nodes/2.D4JM-F4b.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Ct5OC4Il.js","_app/immutable/chunks/CEd7HVd1.js","_app/immutable/chunks/CAS4qG0R.js","_app/immutable/chunks/khFuKLpo.js","_app/immutable/chunks/Duj6NRVw.js","_app/immutable/chunks/bUPRPuOQ.js"];
export const stylesheets = ["_app/immutable/assets/2.BYEsYXHj.css"];
export const fonts = [];
