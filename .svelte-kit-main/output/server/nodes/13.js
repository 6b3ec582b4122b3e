import * as server from '../entries/pages/decisions/_ref_/amendments/_page.server.ts.js';

export const index = 13;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/decisions/_ref_/amendments/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/decisions/[ref]/amendments/+page.server.ts";
export const imports = ["_app/immutable/nodes/13.B3h1ksmV.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Zwqx7pdq.js","_app/immutable/chunks/bUPRPuOQ.js","_app/immutable/chunks/DVdK2NpH.js","_app/immutable/chunks/CWPRscme.js","_app/immutable/chunks/IYsrsGHZ.js","_app/immutable/chunks/CwAfjUka.js","_app/immutable/chunks/DXjv1s4c.js","_app/immutable/chunks/BaP_ZRsT.js","_app/immutable/chunks/C022uDDn.js","_app/immutable/chunks/Dm-K7tHo.js"];
export const stylesheets = ["_app/immutable/assets/Alert.BvRKiUpC.css","_app/immutable/assets/FieldShell.CTEPYJju.css","_app/immutable/assets/Diff.CZ2n3jTu.css","_app/immutable/assets/13.B3yHaomT.css"];
export const fonts = [];
