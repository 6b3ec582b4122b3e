import { l as set_assets, n as set_building, r as set_prerendering } from "./chunks/internal.js";
import { a as set_read_implementation, c as set_public_env, i as set_manifest, n as options, s as set_private_env, t as get_hooks } from "./chunks/internal2.js";
export { get_hooks, options, set_assets, set_building, set_manifest, set_prerendering, set_private_env, set_public_env, set_read_implementation };
