// The decision page's parts once it has closed: the recorded outcome, minority reports and
// petitions to revisit, fetched together (see +page.ts).
export { default as OutcomeSection } from '$lib/components/decisions/OutcomeSection.svelte';
export { default as MinorityReports } from '$lib/components/decisions/MinorityReports.svelte';
export { default as Petitions } from '$lib/components/decisions/Petitions.svelte';
