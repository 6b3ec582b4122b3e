import * as server from '../entries/pages/blog/_page.server.ts.js';

export const index = 5;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/blog/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/blog/+page.server.ts";
export const imports = ["_app/immutable/nodes/5.CBHrLmJH.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/IOmaRi2n.js","_app/immutable/chunks/fzdkByGs.js","_app/immutable/chunks/Duj6NRVw.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/Dm-K7tHo.js"];
export const stylesheets = ["_app/immutable/assets/5.D0uVATns.css"];
export const fonts = [];
