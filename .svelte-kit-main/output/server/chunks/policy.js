// src/lib/server/members/policy.ts
function can(actor, action, subject) {
	const deleted = !!subject.deletedAt;
	switch (action) {
		case "view-profile": return !deleted;
		case "edit-profile":
		case "view-private-details":
		case "delete-account": return !!actor && actor.id === subject.id && !deleted;
	}
}
export { can as t };
