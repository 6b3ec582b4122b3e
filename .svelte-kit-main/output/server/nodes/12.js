import * as server from '../entries/pages/decisions/_ref_/_page.server.ts.js';

export const index = 12;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/decisions/_ref_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/decisions/[ref]/+page.server.ts";
export const imports = ["_app/immutable/nodes/12.COJKSLPw.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/Duj6NRVw.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/BuIdkje4.js","_app/immutable/chunks/D_pr6lox.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/CWPRscme.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/CwAfjUka.js","_app/immutable/chunks/C98B1O3h.js","_app/immutable/chunks/B6ZUxZO7.js","_app/immutable/chunks/DCDZs6Qy.js","_app/immutable/chunks/-s4v9Rcm.js","_app/immutable/chunks/B4-0Q8g6.js","_app/immutable/chunks/Dm-K7tHo.js","_app/immutable/chunks/C98OS3IF.js","_app/immutable/chunks/C022uDDn.js","_app/immutable/chunks/B5gF_ocF.js","_app/immutable/chunks/xmCWYa02.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/Prose.Qitgg_LH.css","_app/immutable/assets/Comments.WemgLTsc.css","_app/immutable/assets/PhaseBadge.Dx_220hw.css","_app/immutable/assets/12.DaMyeltj.css"];
export const fonts = [];
