

export const index = 1;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js')).default;
export const imports = ["_app/immutable/nodes/1.B1pVj_ZC.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/Duj6NRVw.js","_app/immutable/chunks/bUPRPuOQ.js"];
export const stylesheets = [];
export const fonts = [];
