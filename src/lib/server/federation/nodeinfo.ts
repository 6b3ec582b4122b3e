import { config } from '$lib/server/config';

/**
 * NodeInfo 2.1: what software this is and whether it federates. No counts of members or posts:
 * the size of a political organisation is for it to publish, not for a crawler to read.
 */
export function nodeInfo() {
	return {
		version: '2.1',
		software: { name: 'plenary', version: '0.1.0' },
		protocols: config().federation.enabled ? ['activitypub'] : [],
		services: { inbound: [], outbound: ['atom1.0'] },
		openRegistrations: true,
		usage: { users: {} },
		metadata: {}
	};
}
