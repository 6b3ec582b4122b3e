// The decision page's parts for a draft's authors and invited co-authors, fetched together (see
// +page.ts).
export { default as DraftPanel } from '$lib/components/decisions/DraftPanel.svelte';
export { default as InvitationPanel } from '$lib/components/decisions/InvitationPanel.svelte';
