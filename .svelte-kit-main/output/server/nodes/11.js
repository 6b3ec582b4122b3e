import * as server from '../entries/pages/decisions/_page.server.ts.js';

export const index = 11;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/decisions/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/decisions/+page.server.ts";
export const imports = ["_app/immutable/nodes/11.DY-1Ohhn.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/rvWUQl5B.js","_app/immutable/chunks/BvTubfVH.js","_app/immutable/chunks/B5gF_ocF.js","_app/immutable/chunks/C022uDDn.js","_app/immutable/chunks/Dm-K7tHo.js"];
export const stylesheets = ["_app/immutable/assets/EmptyState.BkV9-fHh.css","_app/immutable/assets/PhaseBadge.Dx_220hw.css","_app/immutable/assets/11.CcuiC4hE.css"];
export const fonts = [];
