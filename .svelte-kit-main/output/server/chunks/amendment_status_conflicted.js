import { t as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decision_phase_draft.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Phase_DraftInputs */
var en_decision_phase_draft = () => {
	return `Draft`;
};
var es_decision_phase_draft = () => {
	return `Borrador`;
};
var ar_decision_phase_draft = () => {
	return `مسودة`;
};
/**
* | output |
* | --- |
* | "Draft" |
*
* @param {Decision_Phase_DraftInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_phase_draft = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_phase_draft(inputs);
	if (locale === "ar") return ar_decision_phase_draft(inputs);
	return en_decision_phase_draft(inputs);
});
// src/lib/paraglide/messages/decision_phase_discussion.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Phase_DiscussionInputs */
var en_decision_phase_discussion = () => {
	return `Discussion`;
};
var es_decision_phase_discussion = () => {
	return `Debate`;
};
var ar_decision_phase_discussion = () => {
	return `النقاش`;
};
/**
* | output |
* | --- |
* | "Discussion" |
*
* @param {Decision_Phase_DiscussionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_phase_discussion = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_phase_discussion(inputs);
	if (locale === "ar") return ar_decision_phase_discussion(inputs);
	return en_decision_phase_discussion(inputs);
});
// src/lib/paraglide/messages/decision_phase_amendments.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Phase_AmendmentsInputs */
var en_decision_phase_amendments = () => {
	return `Amendments`;
};
var es_decision_phase_amendments = () => {
	return `Enmiendas`;
};
var ar_decision_phase_amendments = () => {
	return `التعديلات`;
};
/**
* | output |
* | --- |
* | "Amendments" |
*
* @param {Decision_Phase_AmendmentsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_phase_amendments = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_phase_amendments(inputs);
	if (locale === "ar") return ar_decision_phase_amendments(inputs);
	return en_decision_phase_amendments(inputs);
});
// src/lib/paraglide/messages/decision_phase_voting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Phase_VotingInputs */
var en_decision_phase_voting = () => {
	return `Voting`;
};
var es_decision_phase_voting = () => {
	return `Votación`;
};
var ar_decision_phase_voting = () => {
	return `التصويت`;
};
/**
* | output |
* | --- |
* | "Voting" |
*
* @param {Decision_Phase_VotingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_phase_voting = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_phase_voting(inputs);
	if (locale === "ar") return ar_decision_phase_voting(inputs);
	return en_decision_phase_voting(inputs);
});
// src/lib/paraglide/messages/decision_phase_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Phase_ClosedInputs */
var en_decision_phase_closed = () => {
	return `Closed`;
};
var es_decision_phase_closed = () => {
	return `Cerrada`;
};
var ar_decision_phase_closed = () => {
	return `مُغلَق`;
};
/**
* | output |
* | --- |
* | "Closed" |
*
* @param {Decision_Phase_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_phase_closed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_phase_closed(inputs);
	if (locale === "ar") return ar_decision_phase_closed(inputs);
	return en_decision_phase_closed(inputs);
});
// src/lib/paraglide/messages/decision_outcome_passes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_PassesInputs */
var en_decision_outcome_passes = () => {
	return `Passed`;
};
var es_decision_outcome_passes = () => {
	return `Aprobada`;
};
var ar_decision_outcome_passes = () => {
	return `أُقرّ`;
};
/**
* | output |
* | --- |
* | "Passed" |
*
* @param {Decision_Outcome_PassesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_passes = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_passes(inputs);
	if (locale === "ar") return ar_decision_outcome_passes(inputs);
	return en_decision_outcome_passes(inputs);
});
// src/lib/paraglide/messages/decision_outcome_fails.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_FailsInputs */
var en_decision_outcome_fails = () => {
	return `Not passed`;
};
var es_decision_outcome_fails = () => {
	return `No aprobada`;
};
var ar_decision_outcome_fails = () => {
	return `لم يُقرّ`;
};
/**
* | output |
* | --- |
* | "Not passed" |
*
* @param {Decision_Outcome_FailsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_fails = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_fails(inputs);
	if (locale === "ar") return ar_decision_outcome_fails(inputs);
	return en_decision_outcome_fails(inputs);
});
// src/lib/paraglide/messages/decision_outcome_blocked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_BlockedInputs */
var en_decision_outcome_blocked = () => {
	return `Blocked`;
};
var es_decision_outcome_blocked = () => {
	return `Bloqueada`;
};
var ar_decision_outcome_blocked = () => {
	return `أوقفه اعتراض مانع`;
};
/**
* | output |
* | --- |
* | "Blocked" |
*
* @param {Decision_Outcome_BlockedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_blocked = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_blocked(inputs);
	if (locale === "ar") return ar_decision_outcome_blocked(inputs);
	return en_decision_outcome_blocked(inputs);
});
// src/lib/paraglide/messages/decision_outcome_no_quorum.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_No_QuorumInputs */
var en_decision_outcome_no_quorum = () => {
	return `No quorum`;
};
var es_decision_outcome_no_quorum = () => {
	return `Sin quórum`;
};
var ar_decision_outcome_no_quorum = () => {
	return `لم يكتمل النصاب`;
};
/**
* | output |
* | --- |
* | "No quorum" |
*
* @param {Decision_Outcome_No_QuorumInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_no_quorum = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_no_quorum(inputs);
	if (locale === "ar") return ar_decision_outcome_no_quorum(inputs);
	return en_decision_outcome_no_quorum(inputs);
});
// src/lib/paraglide/messages/decision_outcome_chosen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Outcome_ChosenInputs */
var en_decision_outcome_chosen = () => {
	return `Chosen`;
};
var es_decision_outcome_chosen = () => {
	return `Elegida`;
};
var ar_decision_outcome_chosen = () => {
	return `اختير`;
};
/**
* | output |
* | --- |
* | "Chosen" |
*
* @param {Decision_Outcome_ChosenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_outcome_chosen = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_outcome_chosen(inputs);
	if (locale === "ar") return ar_decision_outcome_chosen(inputs);
	return en_decision_outcome_chosen(inputs);
});
// src/lib/paraglide/messages/decision_method_threshold.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_ThresholdInputs */
var en_decision_method_threshold = () => {
	return `Yes / no / abstain`;
};
var es_decision_method_threshold = () => {
	return `Sí / no / abstención`;
};
var ar_decision_method_threshold = () => {
	return `نعم / لا / امتناع`;
};
/**
* | output |
* | --- |
* | "Yes / no / abstain" |
*
* @param {Decision_Method_ThresholdInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_threshold = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_threshold(inputs);
	if (locale === "ar") return ar_decision_method_threshold(inputs);
	return en_decision_method_threshold(inputs);
});
// src/lib/paraglide/messages/decision_method_consent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_ConsentInputs */
var en_decision_method_consent = () => {
	return `Consent`;
};
var es_decision_method_consent = () => {
	return `Consentimiento`;
};
var ar_decision_method_consent = () => {
	return `التوافق`;
};
/**
* | output |
* | --- |
* | "Consent" |
*
* @param {Decision_Method_ConsentInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_consent = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_consent(inputs);
	if (locale === "ar") return ar_decision_method_consent(inputs);
	return en_decision_method_consent(inputs);
});
// src/lib/paraglide/messages/decision_method_schulze.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_SchulzeInputs */
var en_decision_method_schulze = () => {
	return `Ranked (Schulze)`;
};
var es_decision_method_schulze = () => {
	return `Preferencial (Schulze)`;
};
var ar_decision_method_schulze = () => {
	return `تفضيلي (طريقة شولتسه)`;
};
/**
* | output |
* | --- |
* | "Ranked (Schulze)" |
*
* @param {Decision_Method_SchulzeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_schulze = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_schulze(inputs);
	if (locale === "ar") return ar_decision_method_schulze(inputs);
	return en_decision_method_schulze(inputs);
});
// src/lib/paraglide/messages/decision_method_irv.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_IrvInputs */
var en_decision_method_irv = () => {
	return `Ranked (instant run-off)`;
};
var es_decision_method_irv = () => {
	return `Preferencial (segunda vuelta instantánea)`;
};
var ar_decision_method_irv = () => {
	return `تفضيلي (الجولة الفورية)`;
};
/**
* | output |
* | --- |
* | "Ranked (instant run-off)" |
*
* @param {Decision_Method_IrvInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_irv = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_irv(inputs);
	if (locale === "ar") return ar_decision_method_irv(inputs);
	return en_decision_method_irv(inputs);
});
// src/lib/paraglide/messages/decision_method_ranked_pairs.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_Ranked_PairsInputs */
var en_decision_method_ranked_pairs = () => {
	return `Ranked (ranked pairs)`;
};
var es_decision_method_ranked_pairs = () => {
	return `Preferencial (pares clasificados)`;
};
var ar_decision_method_ranked_pairs = () => {
	return `تفضيلي (الأزواج المرتبة)`;
};
/**
* | output |
* | --- |
* | "Ranked (ranked pairs)" |
*
* @param {Decision_Method_Ranked_PairsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_ranked_pairs = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_ranked_pairs(inputs);
	if (locale === "ar") return ar_decision_method_ranked_pairs(inputs);
	return en_decision_method_ranked_pairs(inputs);
});
// src/lib/paraglide/messages/decision_method_approval.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_ApprovalInputs */
var en_decision_method_approval = () => {
	return `Approval`;
};
var es_decision_method_approval = () => {
	return `Voto por aprobación`;
};
var ar_decision_method_approval = () => {
	return `التصويت بالموافقة`;
};
/**
* | output |
* | --- |
* | "Approval" |
*
* @param {Decision_Method_ApprovalInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_approval = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_approval(inputs);
	if (locale === "ar") return ar_decision_method_approval(inputs);
	return en_decision_method_approval(inputs);
});
// src/lib/paraglide/messages/decision_method_score.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_ScoreInputs */
var en_decision_method_score = () => {
	return `Score`;
};
var es_decision_method_score = () => {
	return `Voto por puntuación`;
};
var ar_decision_method_score = () => {
	return `التصويت بالنقاط`;
};
/**
* | output |
* | --- |
* | "Score" |
*
* @param {Decision_Method_ScoreInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_score = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_score(inputs);
	if (locale === "ar") return ar_decision_method_score(inputs);
	return en_decision_method_score(inputs);
});
// src/lib/paraglide/messages/decision_method_borda.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Method_BordaInputs */
var en_decision_method_borda = () => {
	return `Ranked (Borda count)`;
};
var es_decision_method_borda = () => {
	return `Preferencial (recuento Borda)`;
};
var ar_decision_method_borda = () => {
	return `تفضيلي (عدّ بوردا)`;
};
/**
* | output |
* | --- |
* | "Ranked (Borda count)" |
*
* @param {Decision_Method_BordaInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_method_borda = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_method_borda(inputs);
	if (locale === "ar") return ar_decision_method_borda(inputs);
	return en_decision_method_borda(inputs);
});
// src/lib/paraglide/messages/decision_weighting_equal.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Weighting_EqualInputs */
var en_decision_weighting_equal = () => {
	return `Equal`;
};
var es_decision_weighting_equal = () => {
	return `Igual`;
};
var ar_decision_weighting_equal = () => {
	return `متساوٍ`;
};
/**
* | output |
* | --- |
* | "Equal" |
*
* @param {Decision_Weighting_EqualInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_weighting_equal = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_weighting_equal(inputs);
	if (locale === "ar") return ar_decision_weighting_equal(inputs);
	return en_decision_weighting_equal(inputs);
});
// src/lib/paraglide/messages/decision_weighting_group.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Weighting_GroupInputs */
var en_decision_weighting_group = () => {
	return `By group`;
};
var es_decision_weighting_group = () => {
	return `Por grupo`;
};
var ar_decision_weighting_group = () => {
	return `حسب المجموعة`;
};
/**
* | output |
* | --- |
* | "By group" |
*
* @param {Decision_Weighting_GroupInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_weighting_group = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_weighting_group(inputs);
	if (locale === "ar") return ar_decision_weighting_group(inputs);
	return en_decision_weighting_group(inputs);
});
// src/lib/paraglide/messages/decision_weighting_stake.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Weighting_StakeInputs */
var en_decision_weighting_stake = () => {
	return `Declared stake`;
};
var es_decision_weighting_stake = () => {
	return `Afectación declarada`;
};
var ar_decision_weighting_stake = () => {
	return `درجة التأثر المعلنة`;
};
/**
* | output |
* | --- |
* | "Declared stake" |
*
* @param {Decision_Weighting_StakeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_weighting_stake = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_weighting_stake(inputs);
	if (locale === "ar") return ar_decision_weighting_stake(inputs);
	return en_decision_weighting_stake(inputs);
});
// src/lib/paraglide/messages/ballot_yes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_YesInputs */
var en_ballot_yes = () => {
	return `Yes`;
};
var es_ballot_yes = () => {
	return `Sí`;
};
var ar_ballot_yes = () => {
	return `نعم`;
};
/**
* | output |
* | --- |
* | "Yes" |
*
* @param {Ballot_YesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_yes = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_yes(inputs);
	if (locale === "ar") return ar_ballot_yes(inputs);
	return en_ballot_yes(inputs);
});
// src/lib/paraglide/messages/ballot_no.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_NoInputs */
var en_ballot_no = () => {
	return `No`;
};
var es_ballot_no = () => {
	return `No`;
};
var ar_ballot_no = () => {
	return `لا`;
};
/**
* | output |
* | --- |
* | "No" |
*
* @param {Ballot_NoInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_no = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_no(inputs);
	if (locale === "ar") return ar_ballot_no(inputs);
	return en_ballot_no(inputs);
});
// src/lib/paraglide/messages/ballot_abstain.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_AbstainInputs */
var en_ballot_abstain = () => {
	return `Abstain`;
};
var es_ballot_abstain = () => {
	return `Abstención`;
};
var ar_ballot_abstain = () => {
	return `امتناع`;
};
/**
* | output |
* | --- |
* | "Abstain" |
*
* @param {Ballot_AbstainInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_abstain = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_abstain(inputs);
	if (locale === "ar") return ar_ballot_abstain(inputs);
	return en_ballot_abstain(inputs);
});
// src/lib/paraglide/messages/ballot_agree.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_AgreeInputs */
var en_ballot_agree = () => {
	return `Agree`;
};
var es_ballot_agree = () => {
	return `De acuerdo`;
};
var ar_ballot_agree = () => {
	return `موافقة`;
};
/**
* | output |
* | --- |
* | "Agree" |
*
* @param {Ballot_AgreeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_agree = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_agree(inputs);
	if (locale === "ar") return ar_ballot_agree(inputs);
	return en_ballot_agree(inputs);
});
// src/lib/paraglide/messages/ballot_disagree.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_DisagreeInputs */
var en_ballot_disagree = () => {
	return `Disagree`;
};
var es_ballot_disagree = () => {
	return `En desacuerdo`;
};
var ar_ballot_disagree = () => {
	return `عدم موافقة`;
};
/**
* | output |
* | --- |
* | "Disagree" |
*
* @param {Ballot_DisagreeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_disagree = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_disagree(inputs);
	if (locale === "ar") return ar_ballot_disagree(inputs);
	return en_ballot_disagree(inputs);
});
// src/lib/paraglide/messages/ballot_block.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_BlockInputs */
var en_ballot_block = () => {
	return `Block`;
};
var es_ballot_block = () => {
	return `Bloqueo`;
};
var ar_ballot_block = () => {
	return `اعتراض مانع`;
};
/**
* | output |
* | --- |
* | "Block" |
*
* @param {Ballot_BlockInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_block = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_block(inputs);
	if (locale === "ar") return ar_ballot_block(inputs);
	return en_ballot_block(inputs);
});
// src/lib/paraglide/messages/amendment_status_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_OpenInputs */
var en_amendment_status_open = () => {
	return `Waiting for the authors`;
};
var es_amendment_status_open = () => {
	return `Pendiente de la autoría`;
};
var ar_amendment_status_open = () => {
	return `بانتظار مقدّمي المقترح`;
};
/**
* | output |
* | --- |
* | "Waiting for the authors" |
*
* @param {Amendment_Status_OpenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_open = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_open(inputs);
	if (locale === "ar") return ar_amendment_status_open(inputs);
	return en_amendment_status_open(inputs);
});
// src/lib/paraglide/messages/amendment_status_voting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_VotingInputs */
var en_amendment_status_voting = () => {
	return `Being voted on`;
};
var es_amendment_status_voting = () => {
	return `En votación`;
};
var ar_amendment_status_voting = () => {
	return `قيد التصويت`;
};
/**
* | output |
* | --- |
* | "Being voted on" |
*
* @param {Amendment_Status_VotingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_voting = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_voting(inputs);
	if (locale === "ar") return ar_amendment_status_voting(inputs);
	return en_amendment_status_voting(inputs);
});
// src/lib/paraglide/messages/amendment_status_accepted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_AcceptedInputs */
var en_amendment_status_accepted = () => {
	return `Accepted by the authors`;
};
var es_amendment_status_accepted = () => {
	return `Aceptada por la autoría`;
};
var ar_amendment_status_accepted = () => {
	return `قبله مقدّمو المقترح`;
};
/**
* | output |
* | --- |
* | "Accepted by the authors" |
*
* @param {Amendment_Status_AcceptedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_accepted = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_accepted(inputs);
	if (locale === "ar") return ar_amendment_status_accepted(inputs);
	return en_amendment_status_accepted(inputs);
});
// src/lib/paraglide/messages/amendment_status_carried.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_CarriedInputs */
var en_amendment_status_carried = () => {
	return `Carried by vote`;
};
var es_amendment_status_carried = () => {
	return `Aprobada en votación`;
};
var ar_amendment_status_carried = () => {
	return `أُقرّ بالتصويت`;
};
/**
* | output |
* | --- |
* | "Carried by vote" |
*
* @param {Amendment_Status_CarriedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_carried = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_carried(inputs);
	if (locale === "ar") return ar_amendment_status_carried(inputs);
	return en_amendment_status_carried(inputs);
});
// src/lib/paraglide/messages/amendment_status_defeated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_DefeatedInputs */
var en_amendment_status_defeated = () => {
	return `Defeated by vote`;
};
var es_amendment_status_defeated = () => {
	return `Rechazada en votación`;
};
var ar_amendment_status_defeated = () => {
	return `رُفض بالتصويت`;
};
/**
* | output |
* | --- |
* | "Defeated by vote" |
*
* @param {Amendment_Status_DefeatedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_defeated = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_defeated(inputs);
	if (locale === "ar") return ar_amendment_status_defeated(inputs);
	return en_amendment_status_defeated(inputs);
});
// src/lib/paraglide/messages/amendment_status_withdrawn.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_WithdrawnInputs */
var en_amendment_status_withdrawn = () => {
	return `Withdrawn`;
};
var es_amendment_status_withdrawn = () => {
	return `Retirada`;
};
var ar_amendment_status_withdrawn = () => {
	return `سُحب`;
};
/**
* | output |
* | --- |
* | "Withdrawn" |
*
* @param {Amendment_Status_WithdrawnInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_withdrawn = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_withdrawn(inputs);
	if (locale === "ar") return ar_amendment_status_withdrawn(inputs);
	return en_amendment_status_withdrawn(inputs);
});
// src/lib/paraglide/messages/amendment_status_lapsed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_LapsedInputs */
var en_amendment_status_lapsed = () => {
	return `Lapsed`;
};
var es_amendment_status_lapsed = () => {
	return `Decaída`;
};
var ar_amendment_status_lapsed = () => {
	return `سقط`;
};
/**
* | output |
* | --- |
* | "Lapsed" |
*
* @param {Amendment_Status_LapsedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_lapsed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_lapsed(inputs);
	if (locale === "ar") return ar_amendment_status_lapsed(inputs);
	return en_amendment_status_lapsed(inputs);
});
// src/lib/paraglide/messages/amendment_status_conflicted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Status_ConflictedInputs */
var en_amendment_status_conflicted = () => {
	return `Carried, but the text had changed in the same place`;
};
var es_amendment_status_conflicted = () => {
	return `Aprobada, pero el texto había cambiado en el mismo lugar`;
};
var ar_amendment_status_conflicted = () => {
	return `أُقرّ، لكن النص كان قد تغيّر في الموضع نفسه`;
};
/**
* | output |
* | --- |
* | "Carried, but the text had changed in the same place" |
*
* @param {Amendment_Status_ConflictedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_status_conflicted = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_status_conflicted(inputs);
	if (locale === "ar") return ar_amendment_status_conflicted(inputs);
	return en_amendment_status_conflicted(inputs);
});
export { decision_outcome_passes as A, decision_method_schulze as C, decision_outcome_no_quorum as D, decision_outcome_chosen as E, decision_phase_draft as F, decision_phase_voting as M, decision_phase_amendments as N, decision_outcome_blocked as O, decision_phase_discussion as P, decision_method_irv as S, decision_method_threshold as T, decision_weighting_equal as _, amendment_status_carried as a, decision_method_approval as b, amendment_status_open as c, ballot_agree as d, ballot_abstain as f, decision_weighting_group as g, decision_weighting_stake as h, amendment_status_defeated as i, decision_phase_closed as j, decision_outcome_fails as k, ballot_block as l, ballot_yes as m, amendment_status_lapsed as n, amendment_status_accepted as o, ballot_no as p, amendment_status_withdrawn as r, amendment_status_voting as s, amendment_status_conflicted as t, ballot_disagree as u, decision_method_borda as v, decision_method_consent as w, decision_method_ranked_pairs as x, decision_method_score as y };
