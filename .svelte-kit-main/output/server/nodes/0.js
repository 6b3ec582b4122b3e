import * as server from '../entries/pages/_layout.server.ts.js';

export const index = 0;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js')).default;
export { server };
export const server_id = "src/routes/+layout.server.ts";
export const imports = ["_app/immutable/nodes/0.DnRhmzUC.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/w7H-3Kyp.js","_app/immutable/chunks/BJYC4Fjl.js","_app/immutable/chunks/DgsWOIui.js"];
export const stylesheets = ["_app/immutable/assets/0.7kHOpROM.css"];
export const fonts = [];
