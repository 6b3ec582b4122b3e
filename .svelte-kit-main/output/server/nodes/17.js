import * as server from '../entries/pages/decisions/_ref_/versions/_page.server.ts.js';

export const index = 17;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/decisions/_ref_/versions/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/decisions/[ref]/versions/+page.server.ts";
export const imports = ["_app/immutable/nodes/17.BQqxQeed.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/BaP_ZRsT.js","_app/immutable/chunks/Dm-K7tHo.js"];
export const stylesheets = ["_app/immutable/assets/Diff.CZ2n3jTu.css","_app/immutable/assets/17.CNyxrK9M.css"];
export const fonts = [];
