

export const index = 26;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/join/check-email/_page.svelte.js')).default;
export const imports = ["_app/immutable/nodes/26.CioYYvig.js","_app/immutable/chunks/BDeyXJlN.js","_app/immutable/chunks/Qv5mDnWu.js","_app/immutable/chunks/BrVYmat6.js"];
export const stylesheets = [];
export const fonts = [];
