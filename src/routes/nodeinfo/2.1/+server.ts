import { nodeInfo } from '$lib/server/federation/nodeinfo';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => Response.json(nodeInfo());
