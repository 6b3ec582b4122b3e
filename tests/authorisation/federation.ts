/**
 * The authorisation world's part for federation: a reply from another server under the public
 * post (anyone who may comment may flag it), and a public post of the author's for the matrix to
 * delete (the rest of the world keeps its own).
 */
import type { Db } from '$lib/server/db/client';
import { posts, remoteActors, remoteReplies } from '$lib/server/db/schema';

export async function federationFixtures(db: Db, o: { authorId: number; postId: number }) {
	const [remote] = await db
		.insert(remoteActors)
		.values({
			uri: 'https://remote.example/users/matrix',
			keyId: 'https://remote.example/users/matrix#main-key',
			publicKeyPem: 'x',
			inbox: 'https://remote.example/users/matrix/inbox',
			name: 'Remote reader',
			handle: 'matrix@remote.example'
		})
		.returning({ id: remoteActors.id });
	const [reply] = await db
		.insert(remoteReplies)
		.values({
			postId: o.postId,
			remoteActorId: remote.id,
			objectId: 'https://remote.example/notes/matrix',
			text: 'Written elsewhere.'
		})
		.returning({ id: remoteReplies.id });
	const [doomed] = await db
		.insert(posts)
		.values({
			kind: 'blog',
			authorId: o.authorId,
			title: 'To be deleted',
			slug: 'to-be-deleted',
			body: 'Soon gone.',
			status: 'published',
			publishedAt: new Date()
		})
		.returning({ id: posts.id });
	return {
		'remote-reply:open': String(reply.id),
		'post:doomed': `${doomed.id}-to-be-deleted`
	};
}
