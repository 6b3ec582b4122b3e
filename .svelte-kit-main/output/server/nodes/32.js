import * as server from '../entries/pages/posts/_ref_/history/_page.server.ts.js';

export const index = 32;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/posts/_ref_/history/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/posts/[ref]/history/+page.server.ts";
export const imports = ["_app/immutable/nodes/32.D3ub8Lwe.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Dw7TsI5w.js","_app/immutable/chunks/kR9sg8Mi.js","_app/immutable/chunks/C98OS3IF.js","_app/immutable/chunks/Dm-K7tHo.js"];
export const stylesheets = ["_app/immutable/assets/Prose.Qitgg_LH.css","_app/immutable/assets/32.B6n10oK3.css"];
export const fonts = [];
