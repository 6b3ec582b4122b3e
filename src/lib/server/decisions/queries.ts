/**
 * The decisions area's read side. Each reader composes the sections it shows from the files
 * below; this index only gathers them.
 */
export { amendmentsPage, decisionPage, decisionTitle, type DecisionPage } from './decision-page';
export { decisionRegister, ownDrafts, REGISTER_PAGE } from './register';
export { decisionVersionsPage } from './versions';
export { notYetVoted, REMINDER_PAGE } from './reminders';
export { affectedChoices, decisionForEdit, proposalScopes } from './proposal-form';
export { minorityReportList, petitionList } from './dissent-lists';
export { storedResult } from './results';
export {
	decisionListResource,
	decisionResource,
	type DecisionListResource,
	type DecisionResource
} from './resource';
