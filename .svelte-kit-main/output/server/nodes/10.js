import * as server from '../entries/pages/comments/_id_/history/_page.server.ts.js';

export const index = 10;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/comments/_id_/history/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/comments/[id]/history/+page.server.ts";
export const imports = ["_app/immutable/nodes/10.CCDJ5aEE.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/DCDZs6Qy.js","_app/immutable/chunks/Dw7TsI5w.js","_app/immutable/chunks/kR9sg8Mi.js","_app/immutable/chunks/C98OS3IF.js","_app/immutable/chunks/Dm-K7tHo.js"];
export const stylesheets = ["_app/immutable/assets/Prose.Qitgg_LH.css","_app/immutable/assets/10.DxhI94XF.css"];
export const fonts = [];
