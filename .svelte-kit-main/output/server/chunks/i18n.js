import { t as __exportAll } from "./rolldown-runtime.js";
import { r as locales, t as getLocale } from "./runtime.js";
import { _ as skip_to_content, a as onboarding_nav, c as chapter_nav, d as language_change, f as language_label, g as nav_main_label, h as nav_home, i as blog_nav, l as footer_dev_mail, m as nav_profile, n as search_nav, o as glance_nav, p as nav_settings, r as forum_nav, s as directory_nav, t as decisions_nav, u as footer_text } from "./decisions_nav.js";
import { t as nav_join } from "./nav_join.js";
import { t as nav_login } from "./nav_login.js";
import { t as nav_logout } from "./nav_logout.js";
import { a as landing_how_heading, c as landing_figure_members, d as landing_welcome_back, f as landing_join, i as landing_how_1, l as landing_figures_label, n as landing_how_3, o as landing_values_heading, r as landing_how_2, s as landing_figure_countries, t as landing_how_4, u as landing_your_profile } from "./landing_how_4.js";
import { a as join_profile_legend, c as join_title, i as join_submit, n as field_handle, o as join_account_legend, r as join_have_account, s as join_intro, t as field_handle_hint } from "./field_handle_hint.js";
import { t as field_email } from "./field_email.js";
import { _ as field_confirm_handle, a as account_sessions_unknown, c as account_sessions_device, d as account_password_submit, f as account_password_heading, g as account_email_heading, h as account_email_current, i as account_logout_everywhere, l as account_sessions_heading, m as account_email_submit, n as account_delete_text, o as account_sessions_this, p as account_email_sent, r as account_delete_heading, s as account_sessions_started, t as account_delete_submit, u as account_password_changed, v as field_current_password, y as field_new_email } from "./account_delete_submit.js";
import { t as field_password } from "./field_password.js";
import { t as field_new_password } from "./field_new_password.js";
import { t as field_password_hint } from "./field_password_hint.js";
import { a as field_optional, c as field_country, i as field_languages, l as field_display_name, n as field_bio, o as field_city, r as field_languages_hint, s as field_country_placeholder, t as field_bio_hint } from "./field_bio_hint.js";
import { n as field_time_zone, r as field_language, t as field_time_zone_hint } from "./field_time_zone_hint.js";
import { n as check_email_text, r as check_email_title, t as check_email_spam } from "./check_email_spam.js";
import { n as verify_text, r as verify_title, t as verify_submit } from "./verify_submit.js";
import { i as resend_title, n as resend_submit, r as resend_text, t as resend_sent } from "./resend_sent.js";
import { t as resend_link } from "./resend_link.js";
import { a as login_submit, i as login_forgot, n as login_verified, o as login_title, r as login_no_account, t as login_after_reset } from "./login_after_reset.js";
import { i as reset_title, n as reset_submit, r as reset_text, t as reset_sent } from "./reset_sent.js";
import { n as reset_new_title, t as reset_new_submit } from "./reset_new_submit.js";
import { a as profile_member_since, i as profile_about, n as profile_edit, o as profile_languages, r as profile_no_bio, s as profile_location, t as tier_label } from "./tier_label.js";
import { t as settings_nav_label } from "./settings_nav_label.js";
import { t as settings_profile } from "./settings_profile.js";
import { t as settings_preferences } from "./settings_preferences.js";
import { t as settings_account } from "./settings_account.js";
import { t as settings_save } from "./settings_save.js";
import { t as settings_saved } from "./settings_saved.js";
import { t as settings_view_profile } from "./settings_view_profile.js";
import { n as account_email_confirm_submit, r as account_email_confirm_title, t as account_email_confirmed } from "./account_email_confirmed.js";
import { n as dev_mail_text, r as dev_mail_title, t as dev_mail_empty } from "./dev_mail_empty.js";
import { n as error_reference, r as error_title, t as error_back_home } from "./error_back_home.js";
import { n as chapter_list_title, t as chapter_active } from "./chapter_active.js";
import { n as chapter_list_empty, r as chapter_list_intro, t as chapter_member_count } from "./chapter_member_count.js";
import { A as chapter_default_description, C as chapter_not_member, D as chapter_moved, E as chapter_your_standing, F as chapter_breadcrumb_label, M as chapter_kind_region, N as chapter_kind_country, O as chapter_left, P as chapter_kind_organisation, S as chapter_move_here, T as chapter_is_home, _ as chapter_stat_active, a as chapter_news_empty, b as chapter_leave, c as chapter_facilitators, d as chapter_all_people, f as chapter_people, g as chapter_stat_new, h as chapter_active_rule, i as chapter_projects, j as chapter_kind_local, k as chapter_joined, l as chapter_privacy_note, m as chapter_growth, n as chapter_decisions, o as chapter_news, p as chapter_local_chapters, r as chapter_projects_empty, s as chapter_no_facilitators, t as chapter_decisions_empty, u as chapter_no_people, v as chapter_stat_members, w as chapter_is_member, x as chapter_join_also, y as chapter_stats } from "./chapter_decisions_empty.js";
import { _ as directory_title, a as directory_none, c as directory_clear, d as directory_language, f as directory_country, g as directory_intro, h as directory_search_label, i as directory_pages, l as directory_search, m as directory_query, n as directory_next_page, o as directory_results, p as directory_query_hint, r as directory_first_page, s as directory_in_chapter, t as directory_privacy_note, u as directory_any } from "./directory_privacy_note.js";
import { C as glance_active_chapters, D as glance_members, E as glance_active_members, O as glance_intro, S as glance_map_heading, T as glance_countries, _ as glance_table_caption, a as glance_ready_not_yet, b as glance_map_desc, c as glance_ready_not_met, d as glance_ready_countries, f as glance_ready_chapters, g as glance_country, h as glance_growth, i as glance_demographics, k as glance_title, l as glance_ready_met, m as glance_ready_heading, n as glance_too_few, o as glance_ready_all, p as glance_ready_intro, r as glance_demographics_note, s as glance_ready_progress, t as glance_some_hidden, u as glance_ready_continents, v as glance_map_privacy, w as glance_continents, x as glance_map_title, y as glance_map_legend } from "./glance_some_hidden.js";
import { n as glance_joined, r as glance_year, t as glance_total } from "./glance_total.js";
import { C as onboarding_title, S as onboarding_intro, _ as onboarding_chapter_title, a as onboarding_privacy, b as onboarding_lapsed_text, c as onboarding_intro_text, d as onboarding_near_none, f as onboarding_near_title, g as onboarding_chapter_text, h as onboarding_no_chapter, i as onboarding_projects_title, l as onboarding_intro_title, m as onboarding_other_chapters, n as onboarding_decisions_title, o as onboarding_see_profile, p as onboarding_all_chapters, r as onboarding_projects_empty, s as onboarding_edit_profile, t as onboarding_decisions_empty, u as onboarding_directory, v as onboarding_reactivated, x as onboarding_lapsed_title, y as onboarding_reactivate } from "./onboarding_decisions_empty.js";
import { t as privacy_title } from "./privacy_title.js";
import { a as privacy_on_map, c as privacy_saved, i as privacy_show_full_name, n as privacy_demographics_hint, o as privacy_in_directory, r as privacy_demographics, s as privacy_visibility, t as privacy_not_saying } from "./privacy_not_saying.js";
import { a as privacy_gender, i as privacy_gender_f, n as privacy_gender_x, r as privacy_gender_m, t as privacy_age_band } from "./privacy_age_band.js";
import { a as blog_organisation, c as blog_filters, d as blog_by, f as blog_all, i as blog_tagged, l as blog_empty, n as blog_your_drafts, o as blog_older, r as blog_title, s as blog_members, t as upload_nav, u as blog_chapter_news } from "./upload_nav.js";
import { _ as comment_cancel_reply, a as comment_reply_to, c as comment_none, d as comment_heading, f as comment_first_page, g as comment_collapsed, h as comment_delete, i as comment_show_more, l as comment_locked, m as comment_edit, n as comment_submit, o as comment_reply, p as comment_edited, r as comment_slow_mode, s as comment_quote, t as flag_link, u as comment_in_reply_to, v as comment_by, y as comment_add } from "./flag_link.js";
import { t as comment_body_label } from "./comment_body_label.js";
import { n as comment_edit_kept, r as comment_cancel, t as comment_edit_title } from "./comment_edit_title.js";
import { t as comment_deleted } from "./comment_deleted.js";
import { t as comment_history_title } from "./comment_history_title.js";
import { t as comment_login_to_comment } from "./comment_login_to_comment.js";
import { t as feed_link } from "./feed_link.js";
import { a as post_draft_badge, i as post_edit, n as post_tags, o as feed_member, r as post_in_chapter, t as post_versions } from "./post_versions.js";
import { a as flag_reason_private_data, c as flag_reason_label, d as flag_note_label, f as flag_intro, i as flag_reason_spam, l as flag_reason_harassment, n as flag_thanks, o as flag_reason_other, r as flag_submit, s as flag_reason_off_topic, t as flag_title, u as flag_reason_abuse } from "./flag_title.js";
import { i as forum_chapters, n as forum_organisation, r as forum_intro, t as forum_thread_count } from "./forum_thread_count.js";
import { a as forum_older, c as forum_empty, i as forum_replies, n as forum_thread, o as forum_new_thread, r as forum_start_thread, s as forum_last_activity, t as forum_threads } from "./forum_threads.js";
import { a as forum_slow_mode_end, i as forum_slow_mode_on, n as forum_unlock, o as forum_pin, r as forum_slow_mode_start, s as forum_lock, t as forum_unpin } from "./forum_unpin.js";
import { n as forum_locked, t as forum_pinned } from "./forum_pinned.js";
import { t as forum_title } from "./forum_title.js";
import { t as post_back } from "./post_back.js";
import { n as post_language_label, r as post_body_label, t as post_title_label } from "./post_title_label.js";
import { a as post_save_draft, c as post_kind_label, d as post_chapter_none, f as post_chapter_label, i as post_tags_hint, l as post_kind_chapter, n as post_visibility_label, o as post_publish, p as post_chapter_hint, r as post_tags_label, s as post_kind_organisation, t as post_visibility_public, u as post_kind_blog } from "./post_visibility_public.js";
import { t as post_edit_title } from "./post_edit_title.js";
import { t as post_history_title } from "./post_history_title.js";
import { t as post_markdown_hint } from "./post_markdown_hint.js";
import { t as post_new_title } from "./post_new_title.js";
import { t as post_save } from "./post_save.js";
import { t as post_version_heading } from "./post_version_heading.js";
import { n as post_visibility_chapter, t as post_visibility_members } from "./post_visibility_members.js";
import { a as search_label, c as search_kind_comment, i as search_none, n as search_submit, o as search_kind_thread, r as search_results_for, s as search_kind_post, t as search_title } from "./search_title.js";
import { a as upload_photo_submit, c as upload_photo_heading, d as upload_image_label, f as upload_alt_label, i as upload_post_heading, l as upload_photo_current, n as upload_privacy, o as upload_photo_saved, p as upload_alt_hint, r as upload_post_saved, s as upload_photo_label, t as upload_title, u as upload_image_submit } from "./upload_title.js";
import { a as decision_filter_apply, c as decision_filter_phase, d as decision_your_drafts, f as decision_propose, h as decision_register_title, i as decision_reports_count, l as decision_filter_search, m as decision_register_lead, n as decision_closed_at, o as decision_filter_any, p as decision_register_empty, r as decision_voting_until, s as decision_filter_outcome, t as decision_is_revisit, u as decision_filter_label } from "./decision_is_revisit.js";
import { t as decision_register_more } from "./decision_register_more.js";
import { n as decision_secret_ballot, t as decision_stage_runoff } from "./decision_stage_runoff.js";
import { $ as ballot_rank_hint, A as stake_lead, At as decision_coauthor_add, B as ballot_your_receipt, Bt as decision_follows_positions, C as stake_reason, Ct as decision_rules_heading, D as stake_reason_hint, Dt as decision_amendments_link, E as stake_declare, Et as decision_revise, F as ballot_open_caption, Ft as decision_draft_lead, G as ballot_change, Gt as decision_quorum_none, H as ballot_recorded, Ht as decision_reopened_as, I as ballot_open_list, It as decision_draft_heading, J as ballot_score_blank, Jt as decision_stage_positions, K as ballot_reason_secret, Kt as decision_quorum_value, L as ballot_login_to_vote, Lt as decision_until, M as ballot_reason, Mt as decision_coauthor_field, N as ballot_weight, Nt as decision_submit, O as stake_reason_field, Ot as decision_versions_link, P as ballot_choice, Pt as decision_edit, Q as ballot_rank_none, R as ballot_not_eligible_note, Rt as decision_timeline, S as stake_none, St as decision_group_rule, T as stake_member, Tt as decision_close_amendments, U as ballot_receipt_keep, Ut as decision_by, V as ballot_you_voted, Vt as decision_followed_by_runoff, W as ballot_receipt_given, Wt as decision_scope_is, X as ballot_approve_legend, Y as ballot_score_legend, Yt as decision_open_ballot, Z as ballot_rank_number, _ as minority_sign, _t as decision_results_hidden_until, a as petition_reason_field, at as decision_outcome_none, b as minority_lead, bt as decision_results_hidden, c as petition_sign, ct as decision_figures_ballots, d as petition_by, dt as decision_figures_answer, et as ballot_rank_legend, f as petition_lead, ft as decision_figures_caption, g as minority_file, gt as decision_turnout, h as minority_body_field, ht as decision_quorum_reached, i as petition_submit, it as decision_outcome_field, j as stake_heading, jt as decision_coauthor_hint, k as stake_level_field, kt as decision_text_heading, l as petition_reopened, lt as decision_figures_weighted, m as minority_submit, mt as decision_quorum_missing, n as publication_blt, nt as ballot_heading, o as petition_start, ot as decision_outcome_heading, p as petition_heading, pt as decision_reminders_link, q as ballot_reason_open, qt as decision_threshold_value, r as publication_json, rt as decision_outcome_save, s as petition_you_signed, st as decision_figures_winner, t as receipt_find_link, tt as ballot_your_vote, u as petition_progress, ut as decision_figures_raw, v as minority_signed_by, vt as decision_results_live, w as stake_level, wt as decision_close_amendments_vote, x as minority_heading, xt as decision_stake_rule, y as minority_none, yt as decision_results_heading, z as ballot_changed_times, zt as decision_revisits } from "./receipt_find_link.js";
import { A as decision_outcome_passes, C as decision_method_schulze, D as decision_outcome_no_quorum, E as decision_outcome_chosen, F as decision_phase_draft, M as decision_phase_voting, N as decision_phase_amendments, O as decision_outcome_blocked, P as decision_phase_discussion, S as decision_method_irv, T as decision_method_threshold, _ as decision_weighting_equal, a as amendment_status_carried, b as decision_method_approval, c as amendment_status_open, d as ballot_agree, f as ballot_abstain, g as decision_weighting_group, h as decision_weighting_stake, i as amendment_status_defeated, j as decision_phase_closed, k as decision_outcome_fails, l as ballot_block, m as ballot_yes, n as amendment_status_lapsed, o as amendment_status_accepted, p as ballot_no, r as amendment_status_withdrawn, s as amendment_status_voting, t as amendment_status_conflicted, u as ballot_disagree, v as decision_method_borda, w as decision_method_consent, x as decision_method_ranked_pairs, y as decision_method_score } from "./amendment_status_conflicted.js";
import { A as decision_field_scope_hint, B as decision_field_summary, C as decision_type_motion_hint, D as decision_template_standard, E as decision_template_runoff, F as decision_field_affected, G as decision_form_text, H as decision_form_influence, I as decision_field_language, J as decision_weighting_group_hint, K as decision_save_draft, L as decision_field_body_hint, M as decision_scope_suggested, N as decision_suggest_scope, O as decision_field_template_hint, P as decision_field_affected_hint, R as decision_field_body, S as decision_type_consent, T as decision_field_ballot_type, U as decision_form_ballot, V as decision_form_timetable, W as decision_form_scope, Y as decision_weighting_equal_hint, _ as decision_field_options_hint, a as decision_field_amendment_days, b as decision_type_choice, c as decision_field_secret_hint, d as decision_field_group_factor, f as decision_field_max_blocks_hint, g as decision_threshold_majority, h as decision_threshold_two_thirds, i as decision_field_voting_days, j as decision_field_scope, k as decision_field_template, l as decision_field_secret, m as decision_threshold_three_quarters, n as decision_field_revisit_percent, o as decision_field_discussion_days, p as decision_field_quorum_hint, q as decision_weighting_stake_hint, r as decision_field_report_days, s as decision_field_hide_results, t as decision_field_revisit_percent_hint, u as decision_field_stake_levels, v as decision_field_method_hint, w as decision_type_motion, x as decision_type_consent_hint, y as decision_type_choice_hint, z as decision_field_summary_hint } from "./decision_field_revisit_percent_hint.js";
import { n as decision_new_title, t as decision_new_lead } from "./decision_new_lead.js";
import { a as decision_field_options, c as decision_form_secrecy, i as decision_field_threshold, n as decision_field_max_blocks, o as decision_field_method, r as decision_field_quorum, s as decision_field_title, t as decision_field_weighting } from "./decision_field_weighting.js";
import { a as decision_field_note, i as decision_field_note_hint, n as decision_revise_lead, r as decision_edit_title, t as decision_revise_save } from "./decision_revise_save.js";
import { a as decision_versions_to, i as decision_versions_compare, n as decision_versions_list, o as decision_versions_from, r as decision_versions_diff, s as decision_versions_title, t as decision_version_from_amendment } from "./decision_version_from_amendment.js";
import { n as diff_added, r as decision_version_n, t as diff_removed } from "./diff_removed.js";
import { n as decision_reminders_lead, r as decision_reminders_title, t as decision_reminders_none } from "./decision_reminders_none.js";
import { t as ballot_approved_none } from "./ballot_approved_none.js";
import { t as ballot_cast } from "./ballot_cast.js";
import { _ as amendment_lead_closed, a as amendment_propose, c as amendment_withdraw, d as amendment_votes, f as amendment_reason, g as amendment_proposed, h as amendment_heading, i as amendment_propose_lead, l as amendment_to_vote, m as amendment_against, n as amendment_reason_field, o as amendment_none, p as amendment_stats, r as amendment_body_field, s as amendment_your_vote, t as amendment_submit, u as amendment_accept, v as amendment_lead_open, y as amendment_title } from "./amendment_submit.js";
import { a as receipt_lead, i as receipt_field, n as receipt_counted, o as receipt_title, r as receipt_find, t as receipt_superseded } from "./receipt_superseded.js";
import { sql } from "drizzle-orm";
import { bigint, boolean, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
// src/lib/server/db/schema/members.ts
/**
* The words the directory searches: name, handle and the bio (where members say what they care
* about). The query must use this exact expression so the GIN index serves it.
*/
var membersSearchVector = sql.raw(`to_tsvector('simple'::regconfig, coalesce("display_name", '') || ' ' || coalesce("handle", '') || ' ' || coalesce("bio", ''))`);
/** A person with an account: friend, interim member or member (see docs/decisions.md). */
var members = pgTable("members", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	email: text("email").notNull(),
	emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
	passwordHash: text("password_hash").notNull(),
	handle: text("handle").notNull(),
	displayName: text("display_name").notNull(),
	country: text("country").notNull(),
	city: text("city"),
	languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
	bio: text("bio").notNull().default(""),
	locale: text("locale").notNull().default("en"),
	timeZone: text("time_zone").notNull().default("UTC"),
	tier: text("tier").notNull().default("interim"),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	lastActiveAt: timestamp("last_active_at", { withTimezone: true }).notNull().defaultNow(),
	deletedAt: timestamp("deleted_at", { withTimezone: true }),
	/** Privacy: listed in the directory and chapter member lists. */
	inDirectory: boolean("in_directory").notNull().default(true),
	/** Privacy: counted on the public map of members by country. */
	onMap: boolean("on_map").notNull().default(true),
	/** Privacy: visitors see the full name; otherwise the first name and an initial. */
	showFullName: boolean("show_full_name").notNull().default(true),
	/** Optional, self-declared, shown only in aggregate (groups of at least 10). */
	gender: text("gender"),
	ageBand: text("age_band"),
	/** Lapsing: told by mail at `lapseWarnedAt`, lapsed at `lapsedAt` until they confirm. */
	lapseWarnedAt: timestamp("lapse_warned_at", { withTimezone: true }),
	lapsedAt: timestamp("lapsed_at", { withTimezone: true })
}, (t) => [
	uniqueIndex("members_email_key").on(sql`lower(${t.email})`),
	uniqueIndex("members_handle_key").on(sql`lower(${t.handle})`),
	index("members_country_idx").on(t.country, t.id),
	index("members_directory_idx").on(t.id).where(sql`${t.inDirectory} and ${t.deletedAt} is null and ${t.emailVerifiedAt} is not null`),
	index("members_search_idx").using("gin", sql`${membersSearchVector}`),
	index("members_languages_idx").using("gin", t.languages),
	index("members_last_active_idx").on(t.lastActiveAt).where(sql`${t.lapsedAt} is null`)
]);
// src/lib/server/db/schema/accounts.ts
/** Log-in sessions. The id is the SHA-256 of the cookie's token, so a database leak gives no live session. */
var sessions = pgTable("sessions", {
	id: text("id").primaryKey(),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id, { onDelete: "cascade" }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
	userAgent: text("user_agent").notNull().default("")
}, (t) => [index("sessions_member_idx").on(t.memberId)]);
/** Single-use links sent by e-mail (verification, password reset, e-mail change); stored hashed. */
var emailTokens = pgTable("email_tokens", {
	id: text("id").primaryKey(),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id, { onDelete: "cascade" }),
	purpose: text("purpose").notNull(),
	email: text("email").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
	usedAt: timestamp("used_at", { withTimezone: true })
}, (t) => [index("email_tokens_member_idx").on(t.memberId, t.purpose)]);
/** Failed log-in counters, per account and per address, shared by every app node. */
var authThrottle = pgTable("auth_throttle", {
	key: text("key").primaryKey(),
	failures: integer("failures").notNull().default(0),
	windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
	lockedUntil: timestamp("locked_until", { withTimezone: true })
});
// src/lib/server/db/schema/events.ts
/**
* The append-only log of everything members do. Each command appends its event in the
* same transaction as its change; notifications, mail and feeds read from here.
*/
var events = pgTable("events", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	type: text("type").notNull(),
	actorId: bigint("actor_id", { mode: "number" }),
	subjectType: text("subject_type").notNull(),
	subjectId: bigint("subject_id", { mode: "number" }).notNull(),
	data: jsonb("data").notNull().default({}),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [
	index("events_type_idx").on(t.type, t.id),
	index("events_subject_idx").on(t.subjectType, t.subjectId, t.id),
	index("events_actor_idx").on(t.actorId, t.id)
]);
// src/lib/server/db/schema/mail.ts
/**
* Outgoing mail, written in the command's transaction and delivered after commit
* (a transactional outbox: no mail for a change that rolled back, none lost on a crash).
*/
var mailOutbox = pgTable("mail_outbox", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	toAddress: text("to_address").notNull(),
	subject: text("subject").notNull(),
	textBody: text("text_body").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	sentAt: timestamp("sent_at", { withTimezone: true }),
	attempts: integer("attempts").notNull().default(0),
	claimedUntil: timestamp("claimed_until", { withTimezone: true }),
	lastError: text("last_error")
}, (t) => [index("mail_outbox_pending_idx").on(t.id).where(sql`sent_at is null`)]);
// src/lib/server/db/schema/settings.ts
/** Instance settings set by the operator or by decisions (organisation name, mission, …). */
var instanceSettings = pgTable("instance_settings", {
	key: text("key").primaryKey(),
	value: jsonb("value").notNull(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
});
// src/lib/server/db/schema/chapters.ts
/**
* The federation of chapters: one `organisation` at the root, `country` (or `region`) chapters
* under it, `local` chapters under those. A member belongs to chapters through memberships: one
* home chapter and any others they join. Everyone belongs to the organisation without a row, and a
* country chapter's people include those of its local chapters.
*/
var chapters = pgTable("chapters", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	parentId: bigint("parent_id", { mode: "number" }).references(() => chapters.id),
	kind: text("kind").notNull(),
	name: text("name").notNull(),
	slug: text("slug").notNull(),
	/** ISO 3166-1 alpha-2 for country and local chapters. */
	country: text("country"),
	city: text("city"),
	description: text("description").notNull().default(""),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [
	uniqueIndex("chapters_slug_key").on(t.slug),
	index("chapters_parent_idx").on(t.parentId),
	uniqueIndex("chapters_local_city_key").on(t.country, sql`lower(${t.city})`).where(sql`kind = 'local'`),
	uniqueIndex("chapters_country_key").on(t.country).where(sql`kind = 'country'`)
]);
var chapterMemberships = pgTable("chapter_memberships", {
	chapterId: bigint("chapter_id", { mode: "number" }).notNull().references(() => chapters.id, { onDelete: "cascade" }),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id, { onDelete: "cascade" }),
	joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
	/** The member's home chapter (placed at sign-up, changed by moving); one per member. */
	home: boolean("home").notNull().default(false)
}, (t) => [
	primaryKey({ columns: [t.chapterId, t.memberId] }),
	index("chapter_memberships_member_idx").on(t.memberId),
	uniqueIndex("chapter_memberships_home_key").on(t.memberId).where(sql`home`)
]);
// src/lib/server/db/schema/scheduler.ts
/**
* Periodic jobs (see src/lib/server/scheduler). One row per job: when it is next due, and a lease
* taken with `for update skip locked`, so among several app processes only one runs it at a time.
*/
var scheduledJobs = pgTable("scheduled_jobs", {
	name: text("name").primaryKey(),
	intervalSeconds: integer("interval_seconds").notNull(),
	runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
	leasedUntil: timestamp("leased_until", { withTimezone: true }),
	lastStartedAt: timestamp("last_started_at", { withTimezone: true }),
	lastFinishedAt: timestamp("last_finished_at", { withTimezone: true }),
	lastError: text("last_error")
});
// src/lib/server/db/schema/writing.ts
/** PostgreSQL's tsvector, kept as a generated column for full-text search. */
var tsvector$1 = customType({ dataType: () => "tsvector" });
/**
* The text-search configuration for a language tag, as an immutable SQL expression (so it can
* be used in a generated column). Languages without a stemmer fall back to `simple`.
*/
var configCase = (language) => `(case ${language} when 'en' then 'english'::regconfig when 'es' then 'spanish'::regconfig when 'ar' then 'arabic'::regconfig when 'fr' then 'french'::regconfig when 'de' then 'german'::regconfig when 'pt' then 'portuguese'::regconfig when 'it' then 'italian'::regconfig else 'simple'::regconfig end)`;
/** Languages with their own stemmer; others are searched with `simple`. */
var SEARCH_LANGUAGES = [
	"en",
	"es",
	"ar",
	"fr",
	"de",
	"pt",
	"it"
];
/** Weighted document: the language's stemmed words plus the `simple` (unstemmed) ones. */
function documentSql(language, title, body) {
	const cfg = configCase(language);
	const t = title ? `setweight(to_tsvector(${cfg}, coalesce(${title}, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(${title}, '')), 'A') || ` : "";
	return sql.raw(`${t}setweight(to_tsvector(${cfg}, coalesce(${body}, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(${body}, '')), 'D')`);
}
/**
* Blog posts: a member's blog (`blog`), a chapter's news (`chapter`) or the organisation's blog
* (`organisation`). Edits keep every version in `post_versions`.
*/
var posts = pgTable("posts", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	kind: text("kind").notNull(),
	authorId: bigint("author_id", { mode: "number" }).notNull().references(() => members.id),
	chapterId: bigint("chapter_id", { mode: "number" }).references(() => chapters.id),
	title: text("title").notNull(),
	slug: text("slug").notNull(),
	body: text("body").notNull(),
	language: text("language").notNull().default("en"),
	tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
	/** public | members | chapter (readers: members of `chapter_id`). */
	visibility: text("visibility").notNull().default("public"),
	status: text("status").notNull().default("draft"),
	version: integer("version").notNull().default(1),
	slowModeSeconds: integer("slow_mode_seconds").notNull().default(0),
	commentsLocked: boolean("comments_locked").notNull().default(false),
	flagCount: integer("flag_count").notNull().default(0),
	reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
	publishedAt: timestamp("published_at", { withTimezone: true }),
	search: tsvector$1("search").notNull().generatedAlwaysAs(documentSql("language", "title", "body"))
}, (t) => [
	index("posts_published_idx").on(t.publishedAt.desc(), t.id.desc()).where(sql`status = 'published'`),
	index("posts_kind_published_idx").on(t.kind, t.publishedAt.desc(), t.id.desc()).where(sql`status = 'published'`),
	index("posts_author_idx").on(t.authorId, t.createdAt.desc(), t.id.desc()),
	index("posts_chapter_idx").on(t.chapterId, t.publishedAt.desc(), t.id.desc()),
	index("posts_tags_idx").using("gin", t.tags),
	index("posts_search_idx").using("gin", t.search)
]);
var postVersions = pgTable("post_versions", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	postId: bigint("post_id", { mode: "number" }).notNull().references(() => posts.id, { onDelete: "cascade" }),
	version: integer("version").notNull(),
	title: text("title").notNull(),
	body: text("body").notNull(),
	tags: text("tags").array().notNull(),
	editorId: bigint("editor_id", { mode: "number" }).references(() => members.id),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [uniqueIndex("post_versions_post_version_key").on(t.postId, t.version)]);
/** Forum categories: the organisation's (no chapter) and each chapter's. */
var forumCategories = pgTable("forum_categories", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	chapterId: bigint("chapter_id", { mode: "number" }).references(() => chapters.id, { onDelete: "cascade" }),
	slug: text("slug").notNull(),
	name: text("name").notNull(),
	description: text("description").notNull().default(""),
	position: integer("position").notNull().default(0),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [uniqueIndex("forum_categories_slug_key").on(t.slug), index("forum_categories_chapter_idx").on(t.chapterId, t.position)]);
var forumThreads = pgTable("forum_threads", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	categoryId: bigint("category_id", { mode: "number" }).notNull().references(() => forumCategories.id, { onDelete: "cascade" }),
	authorId: bigint("author_id", { mode: "number" }).notNull().references(() => members.id),
	title: text("title").notNull(),
	body: text("body").notNull(),
	language: text("language").notNull().default("en"),
	pinned: boolean("pinned").notNull().default(false),
	locked: boolean("locked").notNull().default(false),
	slowModeSeconds: integer("slow_mode_seconds").notNull().default(0),
	commentCount: integer("comment_count").notNull().default(0),
	flagCount: integer("flag_count").notNull().default(0),
	reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
	search: tsvector$1("search").notNull().generatedAlwaysAs(documentSql("language", "title", "body"))
}, (t) => [index("forum_threads_category_idx").on(t.categoryId, t.pinned.desc(), t.lastActivityAt.desc(), t.id.desc()), index("forum_threads_search_idx").using("gin", t.search)]);
/**
* Comments on anything (`subject_type`: post, thread; later proposal, project). Replies point at
* their parent and carry the top-level comment (`root_id`) so a page of threads loads in two
* queries. Deleting leaves a tombstone; edits keep their versions.
*/
var comments = pgTable("comments", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	subjectType: text("subject_type").notNull(),
	subjectId: bigint("subject_id", { mode: "number" }).notNull(),
	parentId: bigint("parent_id", { mode: "number" }).references(() => comments.id),
	rootId: bigint("root_id", { mode: "number" }).references(() => comments.id),
	depth: integer("depth").notNull().default(0),
	authorId: bigint("author_id", { mode: "number" }).notNull().references(() => members.id),
	body: text("body").notNull(),
	language: text("language").notNull().default("simple"),
	quotedId: bigint("quoted_id", { mode: "number" }),
	version: integer("version").notNull().default(1),
	flagCount: integer("flag_count").notNull().default(0),
	reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	editedAt: timestamp("edited_at", { withTimezone: true }),
	deletedAt: timestamp("deleted_at", { withTimezone: true }),
	search: tsvector$1("search").notNull().generatedAlwaysAs(documentSql("language", null, "body"))
}, (t) => [
	index("comments_roots_idx").on(t.subjectType, t.subjectId, t.id).where(sql`parent_id is null`),
	index("comments_root_idx").on(t.rootId, t.id),
	index("comments_author_idx").on(t.authorId, t.createdAt),
	index("comments_author_subject_idx").on(t.authorId, t.subjectType, t.subjectId, t.createdAt),
	index("comments_search_idx").using("gin", t.search)
]);
var commentVersions = pgTable("comment_versions", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	commentId: bigint("comment_id", { mode: "number" }).notNull().references(() => comments.id, { onDelete: "cascade" }),
	version: integer("version").notNull(),
	body: text("body").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [uniqueIndex("comment_versions_comment_version_key").on(t.commentId, t.version)]);
/** A member's flag on a post, thread or comment; reviewed by the moderation juries (later). */
var flags = pgTable("flags", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	subjectType: text("subject_type").notNull(),
	subjectId: bigint("subject_id", { mode: "number" }).notNull(),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id),
	reason: text("reason").notNull(),
	note: text("note").notNull().default(""),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	resolvedAt: timestamp("resolved_at", { withTimezone: true })
}, (t) => [uniqueIndex("flags_subject_member_key").on(t.subjectType, t.subjectId, t.memberId), index("flags_open_idx").on(t.createdAt).where(sql`resolved_at is null`)]);
/** Uploaded images (profile photos and post images), resized and stripped of metadata. */
var images = pgTable("images", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	ownerId: bigint("owner_id", { mode: "number" }).notNull().references(() => members.id),
	/** avatar | post */
	purpose: text("purpose").notNull(),
	/** Random, unguessable name shared by every size in the store. */
	key: text("key").notNull(),
	contentType: text("content_type").notNull(),
	width: integer("width").notNull(),
	height: integer("height").notNull(),
	/** Sizes stored: { name: { width, height, bytes } }. */
	sizes: jsonb("sizes").notNull(),
	alt: text("alt").notNull().default(""),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [uniqueIndex("images_key_key").on(t.key), index("images_owner_idx").on(t.ownerId, t.purpose, t.id.desc())]);
// src/lib/server/db/schema/decisions.ts
var tsvector = customType({ dataType: () => "tsvector" });
/** Committees: small groups a chapter or the organisation mandates; a decision may be theirs. */
var committees = pgTable("committees", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	name: text("name").notNull(),
	slug: text("slug").notNull(),
	/** The chapter that mandates it; null for the organisation. */
	chapterId: bigint("chapter_id", { mode: "number" }).references(() => chapters.id),
	mandate: text("mandate").notNull().default(""),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [uniqueIndex("committees_slug_key").on(t.slug)]);
var committeeMembers = pgTable("committee_members", {
	committeeId: bigint("committee_id", { mode: "number" }).notNull().references(() => committees.id, { onDelete: "cascade" }),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id, { onDelete: "cascade" }),
	joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.committeeId, t.memberId] }), index("committee_members_member_idx").on(t.memberId)]);
/**
* A decision: a proposal's text and how it is decided. It moves draft → discussion → amendments →
* voting → closed (src/lib/domain/decisions/lifecycle.ts); the scheduler advances it at each
* deadline. `settings` holds the ballot rules (threshold, quorum, weighting, stake scale) as they
* were when voting opened; `result` the count (raw and weighted reports) once closed.
*/
var decisions = pgTable("decisions", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	title: text("title").notNull(),
	slug: text("slug").notNull(),
	summary: text("summary").notNull().default(""),
	body: text("body").notNull(),
	language: text("language").notNull().default("en"),
	authorId: bigint("author_id", { mode: "number" }).notNull().references(() => members.id),
	/** organisation | chapter | project | committee; `scope_id` is null for the organisation. */
	scopeKind: text("scope_kind").notNull(),
	scopeId: bigint("scope_id", { mode: "number" }),
	/** motion | consent | choice */
	ballotType: text("ballot_type").notNull(),
	/** The counting method (threshold, consent, schulze, irv, ranked-pairs, approval, score, borda). */
	method: text("method").notNull(),
	/** equal | group | stake */
	weighting: text("weighting").notNull().default("equal"),
	secret: boolean("secret").notNull().default(false),
	hideResultsUntilClose: boolean("hide_results_until_close").notNull().default(false),
	settings: jsonb("settings").notNull().default({}),
	phase: text("phase").notNull().default("draft"),
	phaseChangedAt: timestamp("phase_changed_at", { withTimezone: true }).notNull().defaultNow(),
	discussionEndsAt: timestamp("discussion_ends_at", { withTimezone: true }),
	amendmentsEndAt: timestamp("amendments_end_at", { withTimezone: true }),
	votingEndsAt: timestamp("voting_ends_at", { withTimezone: true }),
	/** Authors may close the amendment window before its deadline. */
	amendmentsOpen: boolean("amendments_open").notNull().default(true),
	version: integer("version").notNull().default(1),
	/** Active members of the scope when voting opened and when it closed (the quorum's base). */
	eligibleAtOpen: integer("eligible_at_open"),
	eligibleAtClose: integer("eligible_at_close"),
	/** passes | fails | no-quorum | chosen | blocked | tie */
	outcome: text("outcome"),
	outcomeStatement: text("outcome_statement"),
	result: jsonb("result"),
	closedAt: timestamp("closed_at", { withTimezone: true }),
	/** A reopened decision links to the one it revisits. */
	revisitOfId: bigint("revisit_of_id", { mode: "number" }).references(() => decisions.id),
	/** Compromise run-off: `positions` poll, then a `runoff` that follows it. */
	stage: text("stage"),
	followsId: bigint("follows_id", { mode: "number" }).references(() => decisions.id),
	commentsLocked: boolean("comments_locked").notNull().default(false),
	slowModeSeconds: integer("slow_mode_seconds").notNull().default(0),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
	search: tsvector("search").notNull().generatedAlwaysAs(sql.raw(`setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'C')`))
}, (t) => [
	index("decisions_scope_idx").on(t.scopeKind, t.scopeId, t.id.desc()),
	index("decisions_phase_idx").on(t.phase, t.id.desc()),
	index("decisions_author_idx").on(t.authorId),
	index("decisions_open_deadlines_idx").on(t.phase).where(sql`phase in ('discussion', 'amendments', 'voting')`),
	index("decisions_search_idx").using("gin", t.search),
	index("decisions_revisit_idx").on(t.revisitOfId)
]);
var decisionAuthors = pgTable("decision_authors", {
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id, { onDelete: "cascade" }),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id),
	addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.decisionId, t.memberId] }), index("decision_authors_member_idx").on(t.memberId)]);
/** Every version of a decision's text; version 1 is the draft as first written. */
var decisionVersions = pgTable("decision_versions", {
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id, { onDelete: "cascade" }),
	version: integer("version").notNull(),
	title: text("title").notNull(),
	body: text("body").notNull(),
	editorId: bigint("editor_id", { mode: "number" }).notNull().references(() => members.id),
	amendmentId: bigint("amendment_id", { mode: "number" }),
	note: text("note").notNull().default(""),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.decisionId, t.version] })]);
/** The options of a `choice` decision (a motion or consent decision has its fixed answers). */
var decisionOptions = pgTable("decision_options", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id, { onDelete: "cascade" }),
	position: integer("position").notNull(),
	label: text("label").notNull(),
	description: text("description").notNull().default("")
}, (t) => [uniqueIndex("decision_options_position_key").on(t.decisionId, t.position)]);
/** The chapters and projects a decision names as affected (scope suggestion, group weighting). */
var decisionGroups = pgTable("decision_groups", {
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id, { onDelete: "cascade" }),
	/** chapter | project */
	groupKind: text("group_kind").notNull(),
	groupId: bigint("group_id", { mode: "number" }).notNull()
}, (t) => [primaryKey({ columns: [
	t.decisionId,
	t.groupKind,
	t.groupId
] })]);
/**
* A proposed change to a decision's text: the whole amended text against `base_version`. The
* authors accept it, or it goes to a vote of the eligible members while amendments are open.
*/
var amendments = pgTable("amendments", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id, { onDelete: "cascade" }),
	authorId: bigint("author_id", { mode: "number" }).notNull().references(() => members.id),
	baseVersion: integer("base_version").notNull(),
	body: text("body").notNull(),
	reason: text("reason").notNull().default(""),
	/** open | voting | accepted | carried | rejected | defeated | withdrawn | superseded */
	status: text("status").notNull().default("open"),
	resolvedById: bigint("resolved_by_id", { mode: "number" }).references(() => members.id),
	resolvedAt: timestamp("resolved_at", { withTimezone: true }),
	appliedVersion: integer("applied_version"),
	result: jsonb("result"),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("amendments_decision_idx").on(t.decisionId, t.id)]);
/** Open yes/no/abstain votes on an amendment put to a vote (one current vote per member). */
var amendmentVotes = pgTable("amendment_votes", {
	amendmentId: bigint("amendment_id", { mode: "number" }).notNull().references(() => amendments.id, { onDelete: "cascade" }),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id),
	choice: text("choice").notNull(),
	weight: integer("weight").notNull().default(1),
	castAt: timestamp("cast_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.amendmentId, t.memberId] })]);
/**
* Ballots. A changed vote supersedes the old row (`superseded_at`), so the history is kept and at
* most one current ballot per voter exists (a partial unique index). The weight is fixed when the
* ballot is cast. For a secret ballot, `receipt` is the voter's code; pages and the API never
* show `voter_id` next to `choice` (see docs/ballot-secrecy.md for what the operator can see).
*/
var ballots = pgTable("ballots", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id, { onDelete: "cascade" }),
	voterId: bigint("voter_id", { mode: "number" }).notNull().references(() => members.id),
	choice: jsonb("choice").notNull(),
	reason: text("reason").notNull().default(""),
	weight: integer("weight").notNull().default(1),
	receipt: text("receipt"),
	castAt: timestamp("cast_at", { withTimezone: true }).notNull().defaultNow(),
	supersededAt: timestamp("superseded_at", { withTimezone: true })
}, (t) => [
	uniqueIndex("ballots_current_key").on(t.decisionId, t.voterId).where(sql`superseded_at is null`),
	index("ballots_decision_idx").on(t.decisionId, t.id),
	uniqueIndex("ballots_receipt_key").on(t.decisionId, t.receipt)
]);
/** Declared stake: how affected a member says they are, with a reason. Always public. */
var stakeDeclarations = pgTable("stake_declarations", {
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id, { onDelete: "cascade" }),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id),
	level: integer("level").notNull(),
	reason: text("reason").notNull(),
	declaredAt: timestamp("declared_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.decisionId, t.memberId] })]);
/** Minority reports: filed after the close by members who voted on the losing side; kept forever. */
var minorityReports = pgTable("minority_reports", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id),
	authorId: bigint("author_id", { mode: "number" }).notNull().references(() => members.id),
	title: text("title").notNull(),
	body: text("body").notNull(),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("minority_reports_decision_idx").on(t.decisionId, t.id)]);
var minorityReportSignatures = pgTable("minority_report_signatures", {
	reportId: bigint("report_id", { mode: "number" }).notNull().references(() => minorityReports.id),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id),
	signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.reportId, t.memberId] })]);
/** Petitions to reopen a decision; at the threshold a new linked proposal opens. */
var revisitPetitions = pgTable("revisit_petitions", {
	id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
	decisionId: bigint("decision_id", { mode: "number" }).notNull().references(() => decisions.id),
	authorId: bigint("author_id", { mode: "number" }).notNull().references(() => members.id),
	reason: text("reason").notNull(),
	/** Signatures needed, fixed when the petition opens (a share of those eligible then). */
	threshold: integer("threshold").notNull(),
	/** open | reopened */
	status: text("status").notNull().default("open"),
	reopenedAsId: bigint("reopened_as_id", { mode: "number" }).references(() => decisions.id),
	createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [index("revisit_petitions_decision_idx").on(t.decisionId, t.id)]);
var revisitSignatures = pgTable("revisit_signatures", {
	petitionId: bigint("petition_id", { mode: "number" }).notNull().references(() => revisitPetitions.id),
	memberId: bigint("member_id", { mode: "number" }).notNull().references(() => members.id),
	signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow()
}, (t) => [primaryKey({ columns: [t.petitionId, t.memberId] })]);
// src/lib/server/db/schema/index.ts
var schema_exports = /* @__PURE__ */ __exportAll({
	SEARCH_LANGUAGES: () => SEARCH_LANGUAGES,
	amendmentVotes: () => amendmentVotes,
	amendments: () => amendments,
	authThrottle: () => authThrottle,
	ballots: () => ballots,
	chapterMemberships: () => chapterMemberships,
	chapters: () => chapters,
	commentVersions: () => commentVersions,
	comments: () => comments,
	committeeMembers: () => committeeMembers,
	committees: () => committees,
	decisionAuthors: () => decisionAuthors,
	decisionGroups: () => decisionGroups,
	decisionOptions: () => decisionOptions,
	decisionVersions: () => decisionVersions,
	decisions: () => decisions,
	emailTokens: () => emailTokens,
	events: () => events,
	flags: () => flags,
	forumCategories: () => forumCategories,
	forumThreads: () => forumThreads,
	images: () => images,
	instanceSettings: () => instanceSettings,
	mailOutbox: () => mailOutbox,
	members: () => members,
	membersSearchVector: () => membersSearchVector,
	minorityReportSignatures: () => minorityReportSignatures,
	minorityReports: () => minorityReports,
	postVersions: () => postVersions,
	posts: () => posts,
	revisitPetitions: () => revisitPetitions,
	revisitSignatures: () => revisitSignatures,
	scheduledJobs: () => scheduledJobs,
	sessions: () => sessions,
	stakeDeclarations: () => stakeDeclarations
});
// src/lib/paraglide/messages/org_default_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Org_Default_NameInputs */
var en_org_default_name = () => {
	return `Plenary`;
};
var es_org_default_name = () => {
	return `Plenary`;
};
var ar_org_default_name = () => {
	return `Plenary`;
};
/**
* | output |
* | --- |
* | "Plenary" |
*
* @param {Org_Default_NameInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var org_default_name = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_org_default_name(inputs);
	if (locale === "ar") return ar_org_default_name(inputs);
	return en_org_default_name(inputs);
});
// src/lib/paraglide/messages/org_default_tagline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Org_Default_TaglineInputs */
var en_org_default_tagline = () => {
	return `A participatory, self-managing international`;
};
var es_org_default_tagline = () => {
	return `Una internacional participativa y autogestionada`;
};
var ar_org_default_tagline = () => {
	return `أممية تشاركية ذاتية الإدارة`;
};
/**
* | output |
* | --- |
* | "A participatory, self-managing international" |
*
* @param {Org_Default_TaglineInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var org_default_tagline = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_org_default_tagline(inputs);
	if (locale === "ar") return ar_org_default_tagline(inputs);
	return en_org_default_tagline(inputs);
});
// src/lib/paraglide/messages/org_default_mission.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Org_Default_MissionInputs */
var en_org_default_mission = () => {
	return `We are building an organisation that already works the way we want the world to work: members decide together, with a say in proportion to how much each decision affects them; tasks that empower and tasks that wear people down are shared fairly; and local chapters, national groups and the international grow from the bottom up.`;
};
var es_org_default_mission = () => {
	return `Estamos construyendo una organización que ya funciona como queremos que funcione el mundo: los miembros deciden juntos, y cada persona tiene voz en la medida en que cada decisión le afecta; las tareas que empoderan y las que desgastan se reparten con justicia; y los grupos locales, los grupos nacionales y la internacional crecen de abajo hacia arriba.`;
};
var ar_org_default_mission = () => {
	return `نبني منظمة تعمل منذ الآن على النحو الذي نريد أن يعمل به العالم: يتخذ الأعضاء قراراتهم معًا، ولكلٍّ منهم كلمة بقدر ما يمسّه القرار؛ وتُوزَّع المهام التي تمنح القدرة والمهام المُنهِكة توزيعًا عادلًا؛ وتنمو الفروع المحلية والمجموعات الوطنية والأممية من القاعدة إلى القمة.`;
};
/**
* | output |
* | --- |
* | "We are building an organisation that already works the way we want the world to work: members decide together, with a say in proportion to how much each deci..." |
*
* @param {Org_Default_MissionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var org_default_mission = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_org_default_mission(inputs);
	if (locale === "ar") return ar_org_default_mission(inputs);
	return en_org_default_mission(inputs);
});
// src/lib/paraglide/messages/value_self_management_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Self_Management_TitleInputs */
var en_value_self_management_title = () => {
	return `Self-management`;
};
var es_value_self_management_title = () => {
	return `Autogestión`;
};
var ar_value_self_management_title = () => {
	return `الإدارة الذاتية`;
};
/**
* | output |
* | --- |
* | "Self-management" |
*
* @param {Value_Self_Management_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_self_management_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_self_management_title(inputs);
	if (locale === "ar") return ar_value_self_management_title(inputs);
	return en_value_self_management_title(inputs);
});
// src/lib/paraglide/messages/value_self_management_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Self_Management_TextInputs */
var en_value_self_management_text = () => {
	return `People have a say in decisions in proportion to how much those decisions affect them. No permanent leaders: mandates are elected, limited in time and recallable.`;
};
var es_value_self_management_text = () => {
	return `Cada persona tiene voz en las decisiones en la medida en que le afectan. No hay líderes permanentes: los mandatos se eligen, tienen un tiempo limitado y se pueden revocar.`;
};
var ar_value_self_management_text = () => {
	return `لكل شخص كلمة في القرارات بقدر ما تمسّه. لا قادة دائمين: المهام التمثيلية تُنتخَب، وتكون محدودة المدة، ويمكن سحبها في أي وقت.`;
};
/**
* | output |
* | --- |
* | "People have a say in decisions in proportion to how much those decisions affect them. No permanent leaders: mandates are elected, limited in time and recalla..." |
*
* @param {Value_Self_Management_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_self_management_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_self_management_text(inputs);
	if (locale === "ar") return ar_value_self_management_text(inputs);
	return en_value_self_management_text(inputs);
});
// src/lib/paraglide/messages/value_solidarity_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Solidarity_TitleInputs */
var en_value_solidarity_title = () => {
	return `Solidarity`;
};
var es_value_solidarity_title = () => {
	return `Solidaridad`;
};
var ar_value_solidarity_title = () => {
	return `التضامن`;
};
/**
* | output |
* | --- |
* | "Solidarity" |
*
* @param {Value_Solidarity_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_solidarity_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_solidarity_title(inputs);
	if (locale === "ar") return ar_value_solidarity_title(inputs);
	return en_value_solidarity_title(inputs);
});
// src/lib/paraglide/messages/value_solidarity_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Solidarity_TextInputs */
var en_value_solidarity_text = () => {
	return `We look after one another, take each other's struggles as our own, and keep room for those who disagree.`;
};
var es_value_solidarity_text = () => {
	return `Nos cuidamos mutuamente, hacemos nuestras las luchas de los demás y dejamos espacio a quienes no están de acuerdo.`;
};
var ar_value_solidarity_text = () => {
	return `نرعى بعضنا بعضًا، ونجعل نضالات غيرنا نضالاتنا، ونُبقي مكانًا لمن يخالفنا الرأي.`;
};
/**
* | output |
* | --- |
* | "We look after one another, take each other's struggles as our own, and keep room for those who disagree." |
*
* @param {Value_Solidarity_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_solidarity_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_solidarity_text(inputs);
	if (locale === "ar") return ar_value_solidarity_text(inputs);
	return en_value_solidarity_text(inputs);
});
// src/lib/paraglide/messages/value_diversity_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Diversity_TitleInputs */
var en_value_diversity_title = () => {
	return `Diversity`;
};
var es_value_diversity_title = () => {
	return `Diversidad`;
};
var ar_value_diversity_title = () => {
	return `التنوع`;
};
/**
* | output |
* | --- |
* | "Diversity" |
*
* @param {Value_Diversity_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_diversity_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_diversity_title(inputs);
	if (locale === "ar") return ar_value_diversity_title(inputs);
	return en_value_diversity_title(inputs);
});
// src/lib/paraglide/messages/value_diversity_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Diversity_TextInputs */
var en_value_diversity_text = () => {
	return `Many paths, cultures and experiments make us stronger than one blueprint. Minority views are recorded, not erased.`;
};
var es_value_diversity_text = () => {
	return `Muchos caminos, culturas y experimentos nos hacen más fuertes que un único modelo. Las opiniones minoritarias quedan registradas, no se borran.`;
};
var ar_value_diversity_text = () => {
	return `تعدُّد الطرق والثقافات والتجارب يجعلنا أقوى من أي مخطط واحد. آراء الأقلية تُسجَّل ولا تُمحى.`;
};
/**
* | output |
* | --- |
* | "Many paths, cultures and experiments make us stronger than one blueprint. Minority views are recorded, not erased." |
*
* @param {Value_Diversity_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_diversity_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_diversity_text(inputs);
	if (locale === "ar") return ar_value_diversity_text(inputs);
	return en_value_diversity_text(inputs);
});
// src/lib/paraglide/messages/value_equity_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Equity_TitleInputs */
var en_value_equity_title = () => {
	return `Equity`;
};
var es_value_equity_title = () => {
	return `Equidad`;
};
var ar_value_equity_title = () => {
	return `الإنصاف`;
};
/**
* | output |
* | --- |
* | "Equity" |
*
* @param {Value_Equity_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_equity_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_equity_title(inputs);
	if (locale === "ar") return ar_value_equity_title(inputs);
	return en_value_equity_title(inputs);
});
// src/lib/paraglide/messages/value_equity_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Equity_TextInputs */
var en_value_equity_text = () => {
	return `Effort and sacrifice are recognised, and empowering and tiring work is shared so that nobody only gives orders and nobody only carries them out.`;
};
var es_value_equity_text = () => {
	return `Reconocemos el esfuerzo y el sacrificio, y repartimos el trabajo que empodera y el que cansa, para que nadie se limite a dar órdenes ni a cumplirlas.`;
};
var ar_value_equity_text = () => {
	return `نُقدّر الجهد والتضحية، ونتقاسم العمل الذي يمنح القدرة والعمل المُتعِب، كي لا يقتصر أحد على إصدار الأوامر ولا يقتصر أحد على تنفيذها.`;
};
/**
* | output |
* | --- |
* | "Effort and sacrifice are recognised, and empowering and tiring work is shared so that nobody only gives orders and nobody only carries them out." |
*
* @param {Value_Equity_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_equity_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_equity_text(inputs);
	if (locale === "ar") return ar_value_equity_text(inputs);
	return en_value_equity_text(inputs);
});
// src/lib/paraglide/messages/value_ecology_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Ecology_TitleInputs */
var en_value_ecology_title = () => {
	return `Ecological care`;
};
var es_value_ecology_title = () => {
	return `Cuidado ecológico`;
};
var ar_value_ecology_title = () => {
	return `الرعاية البيئية`;
};
/**
* | output |
* | --- |
* | "Ecological care" |
*
* @param {Value_Ecology_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_ecology_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_ecology_title(inputs);
	if (locale === "ar") return ar_value_ecology_title(inputs);
	return en_value_ecology_title(inputs);
});
// src/lib/paraglide/messages/value_ecology_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Ecology_TextInputs */
var en_value_ecology_text = () => {
	return `We act as part of the living world, not as its owners, and weigh the effects of our choices on future generations.`;
};
var es_value_ecology_text = () => {
	return `Actuamos como parte del mundo vivo, no como sus dueños, y tenemos en cuenta cómo afectan nuestras decisiones a las generaciones futuras.`;
};
var ar_value_ecology_text = () => {
	return `نتصرف بوصفنا جزءًا من العالم الحي لا مالكين له، ونزن آثار خياراتنا على الأجيال القادمة.`;
};
/**
* | output |
* | --- |
* | "We act as part of the living world, not as its owners, and weigh the effects of our choices on future generations." |
*
* @param {Value_Ecology_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_ecology_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_ecology_text(inputs);
	if (locale === "ar") return ar_value_ecology_text(inputs);
	return en_value_ecology_text(inputs);
});
// src/lib/paraglide/messages/value_internationalism_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Internationalism_TitleInputs */
var en_value_internationalism_title = () => {
	return `Internationalism`;
};
var es_value_internationalism_title = () => {
	return `Internacionalismo`;
};
var ar_value_internationalism_title = () => {
	return `الأممية`;
};
/**
* | output |
* | --- |
* | "Internationalism" |
*
* @param {Value_Internationalism_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_internationalism_title = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_internationalism_title(inputs);
	if (locale === "ar") return ar_value_internationalism_title(inputs);
	return en_value_internationalism_title(inputs);
});
// src/lib/paraglide/messages/value_internationalism_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Value_Internationalism_TextInputs */
var en_value_internationalism_text = () => {
	return `Members in dozens of countries, one organisation: chapters are local, our horizon is the whole world.`;
};
var es_value_internationalism_text = () => {
	return `Miembros en decenas de países, una sola organización: los grupos son locales; nuestro horizonte, el mundo entero.`;
};
var ar_value_internationalism_text = () => {
	return `أعضاء في عشرات البلدان ومنظمة واحدة: فروعنا محلية، وأفقنا العالم كله.`;
};
/**
* | output |
* | --- |
* | "Members in dozens of countries, one organisation: chapters are local, our horizon is the whole world." |
*
* @param {Value_Internationalism_TextInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var value_internationalism_text = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_value_internationalism_text(inputs);
	if (locale === "ar") return ar_value_internationalism_text(inputs);
	return en_value_internationalism_text(inputs);
});
// src/lib/paraglide/messages/mail_verify_subject.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mail_Verify_SubjectInputs */
var en_mail_verify_subject = () => {
	return `Confirm your e-mail address`;
};
var es_mail_verify_subject = () => {
	return `Confirma tu correo electrónico`;
};
var ar_mail_verify_subject = () => {
	return `تأكيد عنوان بريدك الإلكتروني`;
};
/**
* | output |
* | --- |
* | "Confirm your e-mail address" |
*
* @param {Mail_Verify_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var mail_verify_subject = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_mail_verify_subject(inputs);
	if (locale === "ar") return ar_mail_verify_subject(inputs);
	return en_mail_verify_subject(inputs);
});
// src/lib/paraglide/messages/mail_verify_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, link: NonNullable<unknown> }} Mail_Verify_BodyInputs */
var en_mail_verify_body = (i) => {
	return `Hello ${i?.name},

Welcome! Please confirm your e-mail address by opening this link:

${i?.link}

The link works for 48 hours. If you did not join, you can ignore this message.`;
};
var es_mail_verify_body = (i) => {
	return `Hola, ${i?.name}:

¡Te damos la bienvenida! Confirma tu correo electrónico abriendo este enlace:

${i?.link}

El enlace funciona durante 48 horas. Si no te has unido, puedes ignorar este mensaje.`;
};
var ar_mail_verify_body = (i) => {
	return `مرحبًا ${i?.name}،

أهلًا بك! يُرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط:

${i?.link}

يبقى الرابط صالحًا لمدة 48 ساعة. إن لم تكن أنت من طلب الانضمام، فيمكنك تجاهل هذه الرسالة.`;
};
/**
* | output |
* | --- |
* | "Hello {name}, Welcome! Please confirm your e-mail address by opening this link: {link} The link works for 48 hours. If you did not join, you can ignore this ..." |
*
* @param {Mail_Verify_BodyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var mail_verify_body = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_mail_verify_body(inputs);
	if (locale === "ar") return ar_mail_verify_body(inputs);
	return en_mail_verify_body(inputs);
});
// src/lib/paraglide/messages/mail_reset_subject.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mail_Reset_SubjectInputs */
var en_mail_reset_subject = () => {
	return `Reset your password`;
};
var es_mail_reset_subject = () => {
	return `Restablece tu contraseña`;
};
var ar_mail_reset_subject = () => {
	return `إعادة تعيين كلمة المرور`;
};
/**
* | output |
* | --- |
* | "Reset your password" |
*
* @param {Mail_Reset_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var mail_reset_subject = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_mail_reset_subject(inputs);
	if (locale === "ar") return ar_mail_reset_subject(inputs);
	return en_mail_reset_subject(inputs);
});
// src/lib/paraglide/messages/mail_reset_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, link: NonNullable<unknown> }} Mail_Reset_BodyInputs */
var en_mail_reset_body = (i) => {
	return `Hello ${i?.name},

Someone asked to reset the password of your account. To choose a new password, open this link:

${i?.link}

The link works for one hour. If it was not you, ignore this message: your password stays as it is.`;
};
var es_mail_reset_body = (i) => {
	return `Hola, ${i?.name}:

Alguien ha pedido restablecer la contraseña de tu cuenta. Para elegir una contraseña nueva, abre este enlace:

${i?.link}

El enlace funciona durante una hora. Si no has sido tú, ignora este mensaje: tu contraseña seguirá igual.`;
};
var ar_mail_reset_body = (i) => {
	return `مرحبًا ${i?.name}،

طلب أحدهم إعادة تعيين كلمة المرور لحسابك. لاختيار كلمة مرور جديدة، افتح هذا الرابط:

${i?.link}

يبقى الرابط صالحًا لمدة ساعة واحدة. إن لم يكن الطلب منك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.`;
};
/**
* | output |
* | --- |
* | "Hello {name}, Someone asked to reset the password of your account. To choose a new password, open this link: {link} The link works for one hour. If it was no..." |
*
* @param {Mail_Reset_BodyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var mail_reset_body = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_mail_reset_body(inputs);
	if (locale === "ar") return ar_mail_reset_body(inputs);
	return en_mail_reset_body(inputs);
});
// src/lib/paraglide/messages/mail_email_change_subject.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Mail_Email_Change_SubjectInputs */
var en_mail_email_change_subject = () => {
	return `Confirm your new e-mail address`;
};
var es_mail_email_change_subject = () => {
	return `Confirma tu nuevo correo electrónico`;
};
var ar_mail_email_change_subject = () => {
	return `تأكيد عنوان بريدك الإلكتروني الجديد`;
};
/**
* | output |
* | --- |
* | "Confirm your new e-mail address" |
*
* @param {Mail_Email_Change_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var mail_email_change_subject = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_mail_email_change_subject(inputs);
	if (locale === "ar") return ar_mail_email_change_subject(inputs);
	return en_mail_email_change_subject(inputs);
});
// src/lib/paraglide/messages/mail_email_change_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, link: NonNullable<unknown> }} Mail_Email_Change_BodyInputs */
var en_mail_email_change_body = (i) => {
	return `Hello ${i?.name},

To use this address for your account, open this link:

${i?.link}

The link works for 24 hours. If you did not ask for this, ignore this message.`;
};
var es_mail_email_change_body = (i) => {
	return `Hola, ${i?.name}:

Para usar esta dirección en tu cuenta, abre este enlace:

${i?.link}

El enlace funciona durante 24 horas. Si no lo has pedido tú, ignora este mensaje.`;
};
var ar_mail_email_change_body = (i) => {
	return `مرحبًا ${i?.name}،

لاستخدام هذا العنوان في حسابك، افتح هذا الرابط:

${i?.link}

يبقى الرابط صالحًا لمدة 24 ساعة. إن لم يكن الطلب منك، فتجاهل هذه الرسالة.`;
};
/**
* | output |
* | --- |
* | "Hello {name}, To use this address for your account, open this link: {link} The link works for 24 hours. If you did not ask for this, ignore this message." |
*
* @param {Mail_Email_Change_BodyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var mail_email_change_body = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_mail_email_change_body(inputs);
	if (locale === "ar") return ar_mail_email_change_body(inputs);
	return en_mail_email_change_body(inputs);
});
// src/lib/paraglide/messages/error_unexpected.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_UnexpectedInputs */
var en_error_unexpected = () => {
	return `Something went wrong on our side. Nothing you sent was lost; please try again in a moment.`;
};
var es_error_unexpected = () => {
	return `Algo ha fallado por nuestra parte. No se ha perdido nada de lo que enviaste; vuelve a intentarlo en un momento.`;
};
var ar_error_unexpected = () => {
	return `حدث خطأ من جهتنا. لم يضِع شيء مما أرسلته؛ يُرجى المحاولة مجددًا بعد قليل.`;
};
/**
* | output |
* | --- |
* | "Something went wrong on our side. Nothing you sent was lost; please try again in a moment." |
*
* @param {Error_UnexpectedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_unexpected = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_unexpected(inputs);
	if (locale === "ar") return ar_error_unexpected(inputs);
	return en_error_unexpected(inputs);
});
// src/lib/paraglide/messages/error_page_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Page_Not_FoundInputs */
var en_error_page_not_found = () => {
	return `There is no page at this address.`;
};
var es_error_page_not_found = () => {
	return `No hay ninguna página en esta dirección.`;
};
var ar_error_page_not_found = () => {
	return `لا توجد صفحة على هذا العنوان.`;
};
/**
* | output |
* | --- |
* | "There is no page at this address." |
*
* @param {Error_Page_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_page_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_page_not_found(inputs);
	if (locale === "ar") return ar_error_page_not_found(inputs);
	return en_error_page_not_found(inputs);
});
// src/lib/paraglide/messages/error_form.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_FormInputs */
var en_error_form = () => {
	return `Some answers need another look. See the messages next to the fields.`;
};
var es_error_form = () => {
	return `Algunas respuestas necesitan otro vistazo. Mira los mensajes junto a los campos.`;
};
var ar_error_form = () => {
	return `بعض الإجابات تحتاج إلى مراجعة. اطّلع على الرسائل بجانب الحقول.`;
};
/**
* | output |
* | --- |
* | "Some answers need another look. See the messages next to the fields." |
*
* @param {Error_FormInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_form = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_form(inputs);
	if (locale === "ar") return ar_error_form(inputs);
	return en_error_form(inputs);
});
// src/lib/paraglide/messages/error_required.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_RequiredInputs */
var en_error_required = () => {
	return `Please fill this in.`;
};
var es_error_required = () => {
	return `Rellena este campo.`;
};
var ar_error_required = () => {
	return `يُرجى ملء هذا الحقل.`;
};
/**
* | output |
* | --- |
* | "Please fill this in." |
*
* @param {Error_RequiredInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_required = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_required(inputs);
	if (locale === "ar") return ar_error_required(inputs);
	return en_error_required(inputs);
});
// src/lib/paraglide/messages/error_too_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Too_LongInputs */
var en_error_too_long = () => {
	return `This is too long.`;
};
var es_error_too_long = () => {
	return `Es demasiado largo.`;
};
var ar_error_too_long = () => {
	return `النص طويل جدًا.`;
};
/**
* | output |
* | --- |
* | "This is too long." |
*
* @param {Error_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_too_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_too_long(inputs);
	if (locale === "ar") return ar_error_too_long(inputs);
	return en_error_too_long(inputs);
});
// src/lib/paraglide/messages/error_invalid_value.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Invalid_ValueInputs */
var en_error_invalid_value = () => {
	return `This value is not one of the choices.`;
};
var es_error_invalid_value = () => {
	return `Este valor no es una de las opciones.`;
};
var ar_error_invalid_value = () => {
	return `هذه القيمة ليست من الخيارات المتاحة.`;
};
/**
* | output |
* | --- |
* | "This value is not one of the choices." |
*
* @param {Error_Invalid_ValueInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_invalid_value = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_invalid_value(inputs);
	if (locale === "ar") return ar_error_invalid_value(inputs);
	return en_error_invalid_value(inputs);
});
// src/lib/paraglide/messages/error_email_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Email_InvalidInputs */
var en_error_email_invalid = () => {
	return `This does not look like an e-mail address.`;
};
var es_error_email_invalid = () => {
	return `Esto no parece una dirección de correo electrónico.`;
};
var ar_error_email_invalid = () => {
	return `لا يبدو هذا عنوان بريد إلكتروني.`;
};
/**
* | output |
* | --- |
* | "This does not look like an e-mail address." |
*
* @param {Error_Email_InvalidInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_email_invalid = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_email_invalid(inputs);
	if (locale === "ar") return ar_error_email_invalid(inputs);
	return en_error_email_invalid(inputs);
});
// src/lib/paraglide/messages/error_email_taken.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Email_TakenInputs */
var en_error_email_taken = () => {
	return `An account already uses this e-mail address. Log in, or reset your password.`;
};
var es_error_email_taken = () => {
	return `Ya hay una cuenta que usa este correo electrónico. Inicia sesión o restablece tu contraseña.`;
};
var ar_error_email_taken = () => {
	return `يوجد حساب يستخدم عنوان البريد الإلكتروني هذا بالفعل. سجّل الدخول، أو أعد تعيين كلمة المرور.`;
};
/**
* | output |
* | --- |
* | "An account already uses this e-mail address. Log in, or reset your password." |
*
* @param {Error_Email_TakenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_email_taken = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_email_taken(inputs);
	if (locale === "ar") return ar_error_email_taken(inputs);
	return en_error_email_taken(inputs);
});
// src/lib/paraglide/messages/error_password_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Password_ShortInputs */
var en_error_password_short = () => {
	return `Use at least 10 characters.`;
};
var es_error_password_short = () => {
	return `Usa al menos 10 caracteres.`;
};
var ar_error_password_short = () => {
	return `استخدم 10 أحرف على الأقل.`;
};
/**
* | output |
* | --- |
* | "Use at least 10 characters." |
*
* @param {Error_Password_ShortInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_password_short = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_password_short(inputs);
	if (locale === "ar") return ar_error_password_short(inputs);
	return en_error_password_short(inputs);
});
// src/lib/paraglide/messages/error_password_weak.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Password_WeakInputs */
var en_error_password_weak = () => {
	return `This password is too easy to guess. Try a few unrelated words.`;
};
var es_error_password_weak = () => {
	return `Esta contraseña es demasiado fácil de adivinar. Prueba con unas cuantas palabras sin relación entre sí.`;
};
var ar_error_password_weak = () => {
	return `كلمة المرور هذه سهلة التخمين. جرّب بضع كلمات لا رابط بينها.`;
};
/**
* | output |
* | --- |
* | "This password is too easy to guess. Try a few unrelated words." |
*
* @param {Error_Password_WeakInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_password_weak = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_password_weak(inputs);
	if (locale === "ar") return ar_error_password_weak(inputs);
	return en_error_password_weak(inputs);
});
// src/lib/paraglide/messages/error_password_wrong.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Password_WrongInputs */
var en_error_password_wrong = () => {
	return `That is not your current password.`;
};
var es_error_password_wrong = () => {
	return `Esa no es tu contraseña actual.`;
};
var ar_error_password_wrong = () => {
	return `هذه ليست كلمة المرور الحالية.`;
};
/**
* | output |
* | --- |
* | "That is not your current password." |
*
* @param {Error_Password_WrongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_password_wrong = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_password_wrong(inputs);
	if (locale === "ar") return ar_error_password_wrong(inputs);
	return en_error_password_wrong(inputs);
});
// src/lib/paraglide/messages/error_handle_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Handle_ShortInputs */
var en_error_handle_short = () => {
	return `Use at least 3 characters.`;
};
var es_error_handle_short = () => {
	return `Usa al menos 3 caracteres.`;
};
var ar_error_handle_short = () => {
	return `استخدم 3 أحرف على الأقل.`;
};
/**
* | output |
* | --- |
* | "Use at least 3 characters." |
*
* @param {Error_Handle_ShortInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_handle_short = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_handle_short(inputs);
	if (locale === "ar") return ar_error_handle_short(inputs);
	return en_error_handle_short(inputs);
});
// src/lib/paraglide/messages/error_handle_format.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Handle_FormatInputs */
var en_error_handle_format = () => {
	return `Use letters, digits and underscores only, starting with a letter.`;
};
var es_error_handle_format = () => {
	return `Usa solo letras, cifras y guiones bajos, empezando por una letra.`;
};
var ar_error_handle_format = () => {
	return `استخدم الحروف والأرقام والشرطات السفلية فقط، على أن يبدأ الاسم بحرف.`;
};
/**
* | output |
* | --- |
* | "Use letters, digits and underscores only, starting with a letter." |
*
* @param {Error_Handle_FormatInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_handle_format = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_handle_format(inputs);
	if (locale === "ar") return ar_error_handle_format(inputs);
	return en_error_handle_format(inputs);
});
// src/lib/paraglide/messages/error_handle_taken.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Handle_TakenInputs */
var en_error_handle_taken = () => {
	return `This user name is taken. Try another.`;
};
var es_error_handle_taken = () => {
	return `Este nombre de usuario ya está en uso. Prueba con otro.`;
};
var ar_error_handle_taken = () => {
	return `اسم المستخدم هذا مستخدَم. جرّب اسمًا آخر.`;
};
/**
* | output |
* | --- |
* | "This user name is taken. Try another." |
*
* @param {Error_Handle_TakenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_handle_taken = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_handle_taken(inputs);
	if (locale === "ar") return ar_error_handle_taken(inputs);
	return en_error_handle_taken(inputs);
});
// src/lib/paraglide/messages/error_country_unknown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Country_UnknownInputs */
var en_error_country_unknown = () => {
	return `Choose a country from the list.`;
};
var es_error_country_unknown = () => {
	return `Elige un país de la lista.`;
};
var ar_error_country_unknown = () => {
	return `اختر بلدًا من القائمة.`;
};
/**
* | output |
* | --- |
* | "Choose a country from the list." |
*
* @param {Error_Country_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_country_unknown = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_country_unknown(inputs);
	if (locale === "ar") return ar_error_country_unknown(inputs);
	return en_error_country_unknown(inputs);
});
// src/lib/paraglide/messages/error_language_unknown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Language_UnknownInputs */
var en_error_language_unknown = () => {
	return `Choose languages from the list.`;
};
var es_error_language_unknown = () => {
	return `Elige idiomas de la lista.`;
};
var ar_error_language_unknown = () => {
	return `اختر اللغات من القائمة.`;
};
/**
* | output |
* | --- |
* | "Choose languages from the list." |
*
* @param {Error_Language_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_language_unknown = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_language_unknown(inputs);
	if (locale === "ar") return ar_error_language_unknown(inputs);
	return en_error_language_unknown(inputs);
});
// src/lib/paraglide/messages/error_too_many_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Too_Many_LanguagesInputs */
var en_error_too_many_languages = () => {
	return `Choose at most 10 languages.`;
};
var es_error_too_many_languages = () => {
	return `Elige como máximo 10 idiomas.`;
};
var ar_error_too_many_languages = () => {
	return `اختر 10 لغات على الأكثر.`;
};
/**
* | output |
* | --- |
* | "Choose at most 10 languages." |
*
* @param {Error_Too_Many_LanguagesInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_too_many_languages = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_too_many_languages(inputs);
	if (locale === "ar") return ar_error_too_many_languages(inputs);
	return en_error_too_many_languages(inputs);
});
// src/lib/paraglide/messages/error_time_zone_unknown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Time_Zone_UnknownInputs */
var en_error_time_zone_unknown = () => {
	return `Choose a time zone from the list.`;
};
var es_error_time_zone_unknown = () => {
	return `Elige una zona horaria de la lista.`;
};
var ar_error_time_zone_unknown = () => {
	return `اختر منطقة زمنية من القائمة.`;
};
/**
* | output |
* | --- |
* | "Choose a time zone from the list." |
*
* @param {Error_Time_Zone_UnknownInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_time_zone_unknown = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_time_zone_unknown(inputs);
	if (locale === "ar") return ar_error_time_zone_unknown(inputs);
	return en_error_time_zone_unknown(inputs);
});
// src/lib/paraglide/messages/error_confirm_handle.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Confirm_HandleInputs */
var en_error_confirm_handle = () => {
	return `This is not your user name.`;
};
var es_error_confirm_handle = () => {
	return `Ese no es tu nombre de usuario.`;
};
var ar_error_confirm_handle = () => {
	return `هذا ليس اسم المستخدم الخاص بك.`;
};
/**
* | output |
* | --- |
* | "This is not your user name." |
*
* @param {Error_Confirm_HandleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_confirm_handle = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_confirm_handle(inputs);
	if (locale === "ar") return ar_error_confirm_handle(inputs);
	return en_error_confirm_handle(inputs);
});
// src/lib/paraglide/messages/error_login_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Login_FailedInputs */
var en_error_login_failed = () => {
	return `The e-mail address or the password is not right.`;
};
var es_error_login_failed = () => {
	return `El correo electrónico o la contraseña no son correctos.`;
};
var ar_error_login_failed = () => {
	return `عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.`;
};
/**
* | output |
* | --- |
* | "The e-mail address or the password is not right." |
*
* @param {Error_Login_FailedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_login_failed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_login_failed(inputs);
	if (locale === "ar") return ar_error_login_failed(inputs);
	return en_error_login_failed(inputs);
});
// src/lib/paraglide/messages/error_email_unverified.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Email_UnverifiedInputs */
var en_error_email_unverified = () => {
	return `Please confirm your e-mail address first: open the link we sent you, or ask for a new one below.`;
};
var es_error_email_unverified = () => {
	return `Primero confirma tu correo electrónico: abre el enlace que te enviamos o pide uno nuevo aquí abajo.`;
};
var ar_error_email_unverified = () => {
	return `يُرجى تأكيد عنوان بريدك الإلكتروني أولًا: افتح الرابط الذي أرسلناه إليك، أو اطلب رابطًا جديدًا أدناه.`;
};
/**
* | output |
* | --- |
* | "Please confirm your e-mail address first: open the link we sent you, or ask for a new one below." |
*
* @param {Error_Email_UnverifiedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_email_unverified = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_email_unverified(inputs);
	if (locale === "ar") return ar_error_email_unverified(inputs);
	return en_error_email_unverified(inputs);
});
// src/lib/paraglide/messages/error_too_many_attempts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Too_Many_AttemptsInputs */
var en_error_too_many_attempts = () => {
	return `Too many attempts. Please wait a quarter of an hour and try again.`;
};
var es_error_too_many_attempts = () => {
	return `Demasiados intentos. Espera un cuarto de hora y vuelve a intentarlo.`;
};
var ar_error_too_many_attempts = () => {
	return `محاولات كثيرة جدًا. يُرجى الانتظار ربع ساعة ثم المحاولة مجددًا.`;
};
/**
* | output |
* | --- |
* | "Too many attempts. Please wait a quarter of an hour and try again." |
*
* @param {Error_Too_Many_AttemptsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_too_many_attempts = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_too_many_attempts(inputs);
	if (locale === "ar") return ar_error_too_many_attempts(inputs);
	return en_error_too_many_attempts(inputs);
});
// src/lib/paraglide/messages/error_link_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Link_InvalidInputs */
var en_error_link_invalid = () => {
	return `This link is not valid. Check that you copied all of it, or ask for a new one.`;
};
var es_error_link_invalid = () => {
	return `Este enlace no es válido. Comprueba que lo copiaste completo o pide uno nuevo.`;
};
var ar_error_link_invalid = () => {
	return `هذا الرابط غير صالح. تحقّق من أنك نسخته كاملًا، أو اطلب رابطًا جديدًا.`;
};
/**
* | output |
* | --- |
* | "This link is not valid. Check that you copied all of it, or ask for a new one." |
*
* @param {Error_Link_InvalidInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_link_invalid = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_link_invalid(inputs);
	if (locale === "ar") return ar_error_link_invalid(inputs);
	return en_error_link_invalid(inputs);
});
// src/lib/paraglide/messages/error_link_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Link_UsedInputs */
var en_error_link_used = () => {
	return `This link has already been used. Ask for a new one if you need it.`;
};
var es_error_link_used = () => {
	return `Este enlace ya se ha usado. Pide uno nuevo si lo necesitas.`;
};
var ar_error_link_used = () => {
	return `سبق استخدام هذا الرابط. اطلب رابطًا جديدًا إن احتجت إليه.`;
};
/**
* | output |
* | --- |
* | "This link has already been used. Ask for a new one if you need it." |
*
* @param {Error_Link_UsedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_link_used = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_link_used(inputs);
	if (locale === "ar") return ar_error_link_used(inputs);
	return en_error_link_used(inputs);
});
// src/lib/paraglide/messages/error_link_expired.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Link_ExpiredInputs */
var en_error_link_expired = () => {
	return `This link has expired. Ask for a new one.`;
};
var es_error_link_expired = () => {
	return `Este enlace ha caducado. Pide uno nuevo.`;
};
var ar_error_link_expired = () => {
	return `انتهت صلاحية هذا الرابط. اطلب رابطًا جديدًا.`;
};
/**
* | output |
* | --- |
* | "This link has expired. Ask for a new one." |
*
* @param {Error_Link_ExpiredInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_link_expired = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_link_expired(inputs);
	if (locale === "ar") return ar_error_link_expired(inputs);
	return en_error_link_expired(inputs);
});
// src/lib/paraglide/messages/error_login_required.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Login_RequiredInputs */
var en_error_login_required = () => {
	return `Please log in to see this page.`;
};
var es_error_login_required = () => {
	return `Inicia sesión para ver esta página.`;
};
var ar_error_login_required = () => {
	return `يُرجى تسجيل الدخول لعرض هذه الصفحة.`;
};
/**
* | output |
* | --- |
* | "Please log in to see this page." |
*
* @param {Error_Login_RequiredInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_login_required = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_login_required(inputs);
	if (locale === "ar") return ar_error_login_required(inputs);
	return en_error_login_required(inputs);
});
// src/lib/paraglide/messages/error_forbidden.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_ForbiddenInputs */
var en_error_forbidden = () => {
	return `You are not allowed to do this.`;
};
var es_error_forbidden = () => {
	return `No tienes permiso para hacer esto.`;
};
var ar_error_forbidden = () => {
	return `لا تملك صلاحية القيام بهذا.`;
};
/**
* | output |
* | --- |
* | "You are not allowed to do this." |
*
* @param {Error_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_forbidden = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_forbidden(inputs);
	if (locale === "ar") return ar_error_forbidden(inputs);
	return en_error_forbidden(inputs);
});
// src/lib/paraglide/messages/error_member_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Member_Not_FoundInputs */
var en_error_member_not_found = () => {
	return `There is no member with this user name.`;
};
var es_error_member_not_found = () => {
	return `No hay ningún miembro con este nombre de usuario.`;
};
var ar_error_member_not_found = () => {
	return `لا يوجد عضو باسم المستخدم هذا.`;
};
/**
* | output |
* | --- |
* | "There is no member with this user name." |
*
* @param {Error_Member_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_member_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_member_not_found(inputs);
	if (locale === "ar") return ar_error_member_not_found(inputs);
	return en_error_member_not_found(inputs);
});
// src/lib/paraglide/messages/tier_friend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tier_FriendInputs */
var en_tier_friend = () => {
	return `Friend`;
};
var es_tier_friend = () => {
	return `Amigo/a`;
};
var ar_tier_friend = () => {
	return `صديق`;
};
/**
* | output |
* | --- |
* | "Friend" |
*
* @param {Tier_FriendInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_friend = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_friend(inputs);
	if (locale === "ar") return ar_tier_friend(inputs);
	return en_tier_friend(inputs);
});
// src/lib/paraglide/messages/tier_interim.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tier_InterimInputs */
var en_tier_interim = () => {
	return `Interim member`;
};
var es_tier_interim = () => {
	return `Miembro provisional`;
};
var ar_tier_interim = () => {
	return `عضو مؤقت`;
};
/**
* | output |
* | --- |
* | "Interim member" |
*
* @param {Tier_InterimInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_interim = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_interim(inputs);
	if (locale === "ar") return ar_tier_interim(inputs);
	return en_tier_interim(inputs);
});
// src/lib/paraglide/messages/tier_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tier_MemberInputs */
var en_tier_member = () => {
	return `Member`;
};
var es_tier_member = () => {
	return `Miembro`;
};
var ar_tier_member = () => {
	return `عضو`;
};
/**
* | output |
* | --- |
* | "Member" |
*
* @param {Tier_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_member = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_member(inputs);
	if (locale === "ar") return ar_tier_member(inputs);
	return en_tier_member(inputs);
});
// src/lib/paraglide/messages/tier_lapse_warning_subject.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tier_Lapse_Warning_SubjectInputs */
var en_tier_lapse_warning_subject = () => {
	return `We miss you: are you still with us?`;
};
var es_tier_lapse_warning_subject = () => {
	return `Te echamos de menos: ¿sigues con nosotros?`;
};
var ar_tier_lapse_warning_subject = () => {
	return `نفتقدك: هل ما زلت معنا؟`;
};
/**
* | output |
* | --- |
* | "We miss you: are you still with us?" |
*
* @param {Tier_Lapse_Warning_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_lapse_warning_subject = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_lapse_warning_subject(inputs);
	if (locale === "ar") return ar_tier_lapse_warning_subject(inputs);
	return en_tier_lapse_warning_subject(inputs);
});
// src/lib/paraglide/messages/tier_lapse_warning_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, months: NonNullable<unknown>, days: NonNullable<unknown>, link: NonNullable<unknown> }} Tier_Lapse_Warning_BodyInputs */
var en_tier_lapse_warning_body = (i) => {
	return `Hello ${i?.name},

You have not visited for ${i?.months} months. Members who stay away are counted as lapsed so that votes and quorums reflect the people who take part.

If you do not log in within ${i?.days} days, your membership will lapse. Nothing you wrote is deleted, and you can come back at any time:

${i?.link}`;
};
var es_tier_lapse_warning_body = (i) => {
	return `Hola ${i?.name}:

Hace ${i?.months} meses que no nos visitas. Los miembros que se ausentan pasan a estar inactivos, para que las votaciones y los quórums reflejen a quienes participan.

Si no inicias sesión en los próximos ${i?.days} días, tu membresía quedará inactiva. No se borra nada de lo que escribiste y puedes volver cuando quieras:

${i?.link}`;
};
var ar_tier_lapse_warning_body = (i) => {
	return `مرحبًا ${i?.name}،

لم تزرنا منذ ${i?.months} شهرًا. يُعدّ الأعضاء الغائبون أعضاءً منقطعين، حتى تعكس عمليات التصويت والنصاب الأشخاص المشاركين فعلًا.

إذا لم تسجّل الدخول خلال ${i?.days} يومًا فستنقطع عضويتك. لن يُحذف شيء مما كتبته، ويمكنك العودة في أي وقت:

${i?.link}`;
};
/**
* | output |
* | --- |
* | "Hello {name}, You have not visited for {months} months. Members who stay away are counted as lapsed so that votes and quorums reflect the people who take par..." |
*
* @param {Tier_Lapse_Warning_BodyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_lapse_warning_body = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_lapse_warning_body(inputs);
	if (locale === "ar") return ar_tier_lapse_warning_body(inputs);
	return en_tier_lapse_warning_body(inputs);
});
// src/lib/paraglide/messages/tier_lapsed_subject.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tier_Lapsed_SubjectInputs */
var en_tier_lapsed_subject = () => {
	return `Your membership has lapsed`;
};
var es_tier_lapsed_subject = () => {
	return `Tu membresía ha quedado inactiva`;
};
var ar_tier_lapsed_subject = () => {
	return `انقطعت عضويتك`;
};
/**
* | output |
* | --- |
* | "Your membership has lapsed" |
*
* @param {Tier_Lapsed_SubjectInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_lapsed_subject = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_lapsed_subject(inputs);
	if (locale === "ar") return ar_tier_lapsed_subject(inputs);
	return en_tier_lapsed_subject(inputs);
});
// src/lib/paraglide/messages/tier_lapsed_body.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, link: NonNullable<unknown> }} Tier_Lapsed_BodyInputs */
var en_tier_lapsed_body = (i) => {
	return `Hello ${i?.name},

As you have not visited for a long time, your membership has lapsed: you are no longer counted in quorums and votes. Everything you wrote stays.

To come back, log in and confirm that you are active again:

${i?.link}`;
};
var es_tier_lapsed_body = (i) => {
	return `Hola ${i?.name}:

Como hace mucho que no nos visitas, tu membresía ha quedado inactiva: ya no cuentas para quórums ni votaciones. Todo lo que escribiste se conserva.

Para volver, inicia sesión y confirma que vuelves a estar activo/a:

${i?.link}`;
};
var ar_tier_lapsed_body = (i) => {
	return `مرحبًا ${i?.name}،

لأنك لم تزرنا منذ وقت طويل، انقطعت عضويتك: لم تعد تُحتسب في النصاب ولا في التصويت. كل ما كتبته باقٍ.

للعودة، سجّل الدخول وأكّد أنك نشط من جديد:

${i?.link}`;
};
/**
* | output |
* | --- |
* | "Hello {name}, As you have not visited for a long time, your membership has lapsed: you are no longer counted in quorums and votes. Everything you wrote stays..." |
*
* @param {Tier_Lapsed_BodyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var tier_lapsed_body = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_tier_lapsed_body(inputs);
	if (locale === "ar") return ar_tier_lapsed_body(inputs);
	return en_tier_lapsed_body(inputs);
});
// src/lib/paraglide/messages/error_chapter_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Chapter_Not_FoundInputs */
var en_error_chapter_not_found = () => {
	return `There is no such chapter.`;
};
var es_error_chapter_not_found = () => {
	return `No existe ese capítulo.`;
};
var ar_error_chapter_not_found = () => {
	return `لا يوجد فرع بهذا الاسم.`;
};
/**
* | output |
* | --- |
* | "There is no such chapter." |
*
* @param {Error_Chapter_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_chapter_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_chapter_not_found(inputs);
	if (locale === "ar") return ar_error_chapter_not_found(inputs);
	return en_error_chapter_not_found(inputs);
});
// src/lib/paraglide/messages/error_chapter_cannot_join.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Chapter_Cannot_JoinInputs */
var en_error_chapter_cannot_join = () => {
	return `You cannot join this chapter.`;
};
var es_error_chapter_cannot_join = () => {
	return `No puedes unirte a este capítulo.`;
};
var ar_error_chapter_cannot_join = () => {
	return `لا يمكنك الانضمام إلى هذا الفرع.`;
};
/**
* | output |
* | --- |
* | "You cannot join this chapter." |
*
* @param {Error_Chapter_Cannot_JoinInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_chapter_cannot_join = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_chapter_cannot_join(inputs);
	if (locale === "ar") return ar_error_chapter_cannot_join(inputs);
	return en_error_chapter_cannot_join(inputs);
});
// src/lib/paraglide/messages/error_chapter_already_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Chapter_Already_MemberInputs */
var en_error_chapter_already_member = () => {
	return `You are already in this chapter.`;
};
var es_error_chapter_already_member = () => {
	return `Ya estás en este capítulo.`;
};
var ar_error_chapter_already_member = () => {
	return `أنت عضو في هذا الفرع بالفعل.`;
};
/**
* | output |
* | --- |
* | "You are already in this chapter." |
*
* @param {Error_Chapter_Already_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_chapter_already_member = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_chapter_already_member(inputs);
	if (locale === "ar") return ar_error_chapter_already_member(inputs);
	return en_error_chapter_already_member(inputs);
});
// src/lib/paraglide/messages/error_chapter_already_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Chapter_Already_HomeInputs */
var en_error_chapter_already_home = () => {
	return `This is already your home chapter.`;
};
var es_error_chapter_already_home = () => {
	return `Este ya es tu capítulo principal.`;
};
var ar_error_chapter_already_home = () => {
	return `هذا هو فرعك الأساسي بالفعل.`;
};
/**
* | output |
* | --- |
* | "This is already your home chapter." |
*
* @param {Error_Chapter_Already_HomeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_chapter_already_home = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_chapter_already_home(inputs);
	if (locale === "ar") return ar_error_chapter_already_home(inputs);
	return en_error_chapter_already_home(inputs);
});
// src/lib/paraglide/messages/error_chapter_leave_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Chapter_Leave_HomeInputs */
var en_error_chapter_leave_home = () => {
	return `You cannot leave your home chapter: move to another one instead.`;
};
var es_error_chapter_leave_home = () => {
	return `No puedes dejar tu capítulo principal: cámbiate a otro.`;
};
var ar_error_chapter_leave_home = () => {
	return `لا يمكنك مغادرة فرعك الأساسي: انتقل إلى فرع آخر بدلًا من ذلك.`;
};
/**
* | output |
* | --- |
* | "You cannot leave your home chapter: move to another one instead." |
*
* @param {Error_Chapter_Leave_HomeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_chapter_leave_home = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_chapter_leave_home(inputs);
	if (locale === "ar") return ar_error_chapter_leave_home(inputs);
	return en_error_chapter_leave_home(inputs);
});
// src/lib/paraglide/messages/error_chapter_not_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Chapter_Not_MemberInputs */
var en_error_chapter_not_member = () => {
	return `You are not in this chapter.`;
};
var es_error_chapter_not_member = () => {
	return `No estás en este capítulo.`;
};
var ar_error_chapter_not_member = () => {
	return `لست عضوًا في هذا الفرع.`;
};
/**
* | output |
* | --- |
* | "You are not in this chapter." |
*
* @param {Error_Chapter_Not_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_chapter_not_member = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_chapter_not_member(inputs);
	if (locale === "ar") return ar_error_chapter_not_member(inputs);
	return en_error_chapter_not_member(inputs);
});
// src/lib/paraglide/messages/error_chapter_too_many.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Chapter_Too_ManyInputs */
var en_error_chapter_too_many = () => {
	return `You are in as many chapters as one member may be. Leave one first.`;
};
var es_error_chapter_too_many = () => {
	return `Ya estás en el número máximo de capítulos. Deja uno primero.`;
};
var ar_error_chapter_too_many = () => {
	return `أنت في الحد الأقصى من الفروع المسموح به. غادر أحدها أولًا.`;
};
/**
* | output |
* | --- |
* | "You are in as many chapters as one member may be. Leave one first." |
*
* @param {Error_Chapter_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_chapter_too_many = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_chapter_too_many(inputs);
	if (locale === "ar") return ar_error_chapter_too_many(inputs);
	return en_error_chapter_too_many(inputs);
});
// src/lib/paraglide/messages/error_directory_page_size.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Directory_Page_SizeInputs */
var en_error_directory_page_size = () => {
	return `Ask for between 1 and 100 members per page.`;
};
var es_error_directory_page_size = () => {
	return `Pide entre 1 y 100 miembros por página.`;
};
var ar_error_directory_page_size = () => {
	return `اطلب ما بين 1 و100 عضو في الصفحة.`;
};
/**
* | output |
* | --- |
* | "Ask for between 1 and 100 members per page." |
*
* @param {Error_Directory_Page_SizeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_directory_page_size = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_directory_page_size(inputs);
	if (locale === "ar") return ar_error_directory_page_size(inputs);
	return en_error_directory_page_size(inputs);
});
// src/lib/paraglide/messages/error_directory_query_too_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Directory_Query_Too_LongInputs */
var en_error_directory_query_too_long = () => {
	return `Search with at most 100 characters.`;
};
var es_error_directory_query_too_long = () => {
	return `Busca con 100 caracteres como máximo.`;
};
var ar_error_directory_query_too_long = () => {
	return `ابحث بما لا يزيد على 100 حرف.`;
};
/**
* | output |
* | --- |
* | "Search with at most 100 characters." |
*
* @param {Error_Directory_Query_Too_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_directory_query_too_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_directory_query_too_long(inputs);
	if (locale === "ar") return ar_error_directory_query_too_long(inputs);
	return en_error_directory_query_too_long(inputs);
});
// src/lib/paraglide/messages/error_member_not_lapsed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Member_Not_LapsedInputs */
var en_error_member_not_lapsed = () => {
	return `Your membership is active; there is nothing to confirm.`;
};
var es_error_member_not_lapsed = () => {
	return `Tu membresía está activa; no hay nada que confirmar.`;
};
var ar_error_member_not_lapsed = () => {
	return `عضويتك نشطة؛ لا يوجد ما يلزم تأكيده.`;
};
/**
* | output |
* | --- |
* | "Your membership is active; there is nothing to confirm." |
*
* @param {Error_Member_Not_LapsedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var error_member_not_lapsed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_error_member_not_lapsed(inputs);
	if (locale === "ar") return ar_error_member_not_lapsed(inputs);
	return en_error_member_not_lapsed(inputs);
});
// src/lib/paraglide/messages/comment_error_body_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Error_Body_LongInputs */
var en_comment_error_body_long = () => {
	return `A comment can be at most 10,000 characters long.`;
};
var es_comment_error_body_long = () => {
	return `Un comentario puede tener como máximo 10.000 caracteres.`;
};
var ar_comment_error_body_long = () => {
	return `لا يمكن أن يتجاوز التعليق 10000 حرف.`;
};
/**
* | output |
* | --- |
* | "A comment can be at most 10,000 characters long." |
*
* @param {Comment_Error_Body_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_error_body_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_error_body_long(inputs);
	if (locale === "ar") return ar_comment_error_body_long(inputs);
	return en_comment_error_body_long(inputs);
});
// src/lib/paraglide/messages/comment_error_hourly_limit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ limit: NonNullable<unknown> }} Comment_Error_Hourly_LimitInputs */
var en_comment_error_hourly_limit = (i) => {
	return `You have posted ${i?.limit} comments in the last hour. Please take a break and come back later.`;
};
var es_comment_error_hourly_limit = (i) => {
	return `Has publicado ${i?.limit} comentarios en la última hora. Tómate un descanso y vuelve más tarde.`;
};
var ar_comment_error_hourly_limit = (i) => {
	return `نشرت ${i?.limit} تعليقًا في الساعة الأخيرة. خذ استراحة وعُد لاحقًا.`;
};
/**
* | output |
* | --- |
* | "You have posted {limit} comments in the last hour. Please take a break and come back later." |
*
* @param {Comment_Error_Hourly_LimitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_error_hourly_limit = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_error_hourly_limit(inputs);
	if (locale === "ar") return ar_comment_error_hourly_limit(inputs);
	return en_comment_error_hourly_limit(inputs);
});
// src/lib/paraglide/messages/comment_error_locked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Error_LockedInputs */
var en_comment_error_locked = () => {
	return `This discussion is locked: no new comments.`;
};
var es_comment_error_locked = () => {
	return `Esta conversación está cerrada: no admite comentarios nuevos.`;
};
var ar_comment_error_locked = () => {
	return `هذا النقاش مغلق: لا تعليقات جديدة.`;
};
/**
* | output |
* | --- |
* | "This discussion is locked: no new comments." |
*
* @param {Comment_Error_LockedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_error_locked = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_error_locked(inputs);
	if (locale === "ar") return ar_comment_error_locked(inputs);
	return en_comment_error_locked(inputs);
});
// src/lib/paraglide/messages/comment_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Error_Not_FoundInputs */
var en_comment_error_not_found = () => {
	return `This comment does not exist or was removed.`;
};
var es_comment_error_not_found = () => {
	return `Este comentario no existe o se ha retirado.`;
};
var ar_comment_error_not_found = () => {
	return `هذا التعليق غير موجود أو أُزيل.`;
};
/**
* | output |
* | --- |
* | "This comment does not exist or was removed." |
*
* @param {Comment_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_error_not_found(inputs);
	if (locale === "ar") return ar_comment_error_not_found(inputs);
	return en_comment_error_not_found(inputs);
});
// src/lib/paraglide/messages/comment_error_parent_gone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Comment_Error_Parent_GoneInputs */
var en_comment_error_parent_gone = () => {
	return `The comment you are replying to is no longer here.`;
};
var es_comment_error_parent_gone = () => {
	return `El comentario al que respondes ya no está.`;
};
var ar_comment_error_parent_gone = () => {
	return `التعليق الذي ترد عليه لم يعد موجودًا.`;
};
/**
* | output |
* | --- |
* | "The comment you are replying to is no longer here." |
*
* @param {Comment_Error_Parent_GoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_error_parent_gone = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_error_parent_gone(inputs);
	if (locale === "ar") return ar_comment_error_parent_gone(inputs);
	return en_comment_error_parent_gone(inputs);
});
// src/lib/paraglide/messages/comment_error_slow_mode.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ seconds: NonNullable<unknown> }} Comment_Error_Slow_ModeInputs */
var en_comment_error_slow_mode = (i) => {
	return `This thread is in slow mode. You can comment again in ${i?.seconds} seconds.`;
};
var es_comment_error_slow_mode = (i) => {
	return `Este hilo está en modo lento. Podrás comentar de nuevo dentro de ${i?.seconds} segundos.`;
};
var ar_comment_error_slow_mode = (i) => {
	return `هذا الموضوع في الوضع البطيء. يمكنك التعليق مجددًا بعد ${i?.seconds} ثانية.`;
};
/**
* | output |
* | --- |
* | "This thread is in slow mode. You can comment again in {seconds} seconds." |
*
* @param {Comment_Error_Slow_ModeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_error_slow_mode = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_error_slow_mode(inputs);
	if (locale === "ar") return ar_comment_error_slow_mode(inputs);
	return en_comment_error_slow_mode(inputs);
});
// src/lib/paraglide/messages/comment_error_thread_limit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ limit: NonNullable<unknown> }} Comment_Error_Thread_LimitInputs */
var en_comment_error_thread_limit = (i) => {
	return `You have posted ${i?.limit} comments here today, the most one member can. Let others speak, and come back tomorrow.`;
};
var es_comment_error_thread_limit = (i) => {
	return `Hoy ya has publicado ${i?.limit} comentarios aquí, el máximo por persona. Deja hablar a los demás y vuelve mañana.`;
};
var ar_comment_error_thread_limit = (i) => {
	return `نشرت اليوم ${i?.limit} تعليقًا هنا، وهو الحد الأقصى للعضو الواحد. اترك المجال للآخرين وعُد غدًا.`;
};
/**
* | output |
* | --- |
* | "You have posted {limit} comments here today, the most one member can. Let others speak, and come back tomorrow." |
*
* @param {Comment_Error_Thread_LimitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var comment_error_thread_limit = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_comment_error_thread_limit(inputs);
	if (locale === "ar") return ar_comment_error_thread_limit(inputs);
	return en_comment_error_thread_limit(inputs);
});
// src/lib/paraglide/messages/feed_chapter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Feed_ChapterInputs */
var en_feed_chapter = (i) => {
	return `News from ${i?.name}`;
};
var es_feed_chapter = (i) => {
	return `Noticias de ${i?.name}`;
};
var ar_feed_chapter = (i) => {
	return `أخبار ${i?.name}`;
};
/**
* | output |
* | --- |
* | "News from {name}" |
*
* @param {Feed_ChapterInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var feed_chapter = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_feed_chapter(inputs);
	if (locale === "ar") return ar_feed_chapter(inputs);
	return en_feed_chapter(inputs);
});
// src/lib/paraglide/messages/feed_forum.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Feed_ForumInputs */
var en_feed_forum = (i) => {
	return `Forum: ${i?.name}`;
};
var es_feed_forum = (i) => {
	return `Foro: ${i?.name}`;
};
var ar_feed_forum = (i) => {
	return `المنتدى: ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Forum: {name}" |
*
* @param {Feed_ForumInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var feed_forum = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_feed_forum(inputs);
	if (locale === "ar") return ar_feed_forum(inputs);
	return en_feed_forum(inputs);
});
// src/lib/paraglide/messages/feed_organisation_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Feed_Organisation_TitleInputs */
var en_feed_organisation_title = (i) => {
	return `${i?.name}: the organisation's blog`;
};
var es_feed_organisation_title = (i) => {
	return `${i?.name}: el blog de la organización`;
};
var ar_feed_organisation_title = (i) => {
	return `${i?.name}: مدونة المنظمة`;
};
/**
* | output |
* | --- |
* | "{name}: the organisation's blog" |
*
* @param {Feed_Organisation_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var feed_organisation_title = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_feed_organisation_title(inputs);
	if (locale === "ar") return ar_feed_organisation_title(inputs);
	return en_feed_organisation_title(inputs);
});
// src/lib/paraglide/messages/flag_error_already.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Error_AlreadyInputs */
var en_flag_error_already = () => {
	return `You have already flagged this.`;
};
var es_flag_error_already = () => {
	return `Ya has señalado esto.`;
};
var ar_flag_error_already = () => {
	return `سبق أن أبلغت عن هذا.`;
};
/**
* | output |
* | --- |
* | "You have already flagged this." |
*
* @param {Flag_Error_AlreadyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_error_already = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_error_already(inputs);
	if (locale === "ar") return ar_flag_error_already(inputs);
	return en_flag_error_already(inputs);
});
// src/lib/paraglide/messages/flag_error_own.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Error_OwnInputs */
var en_flag_error_own = () => {
	return `You cannot flag your own writing.`;
};
var es_flag_error_own = () => {
	return `No puedes señalar lo que has escrito tú.`;
};
var ar_flag_error_own = () => {
	return `لا يمكنك الإبلاغ عمّا كتبته أنت.`;
};
/**
* | output |
* | --- |
* | "You cannot flag your own writing." |
*
* @param {Flag_Error_OwnInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_error_own = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_error_own(inputs);
	if (locale === "ar") return ar_flag_error_own(inputs);
	return en_flag_error_own(inputs);
});
// src/lib/paraglide/messages/flag_error_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Flag_Error_ReasonInputs */
var en_flag_error_reason = () => {
	return `Choose a reason.`;
};
var es_flag_error_reason = () => {
	return `Elige un motivo.`;
};
var ar_flag_error_reason = () => {
	return `اختر سببًا.`;
};
/**
* | output |
* | --- |
* | "Choose a reason." |
*
* @param {Flag_Error_ReasonInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var flag_error_reason = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_flag_error_reason(inputs);
	if (locale === "ar") return ar_flag_error_reason(inputs);
	return en_flag_error_reason(inputs);
});
// src/lib/paraglide/messages/forum_error_chapter_only.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_Error_Chapter_OnlyInputs */
var en_forum_error_chapter_only = () => {
	return `Only members of this chapter can start threads here.`;
};
var es_forum_error_chapter_only = () => {
	return `Solo los miembros de este capítulo pueden abrir hilos aquí.`;
};
var ar_forum_error_chapter_only = () => {
	return `أعضاء هذا الفرع وحدهم يمكنهم بدء مواضيع هنا.`;
};
/**
* | output |
* | --- |
* | "Only members of this chapter can start threads here." |
*
* @param {Forum_Error_Chapter_OnlyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_error_chapter_only = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_error_chapter_only(inputs);
	if (locale === "ar") return ar_forum_error_chapter_only(inputs);
	return en_forum_error_chapter_only(inputs);
});
// src/lib/paraglide/messages/forum_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Forum_Error_Not_FoundInputs */
var en_forum_error_not_found = () => {
	return `This forum or thread does not exist.`;
};
var es_forum_error_not_found = () => {
	return `Este foro o hilo no existe.`;
};
var ar_forum_error_not_found = () => {
	return `هذا المنتدى أو الموضوع غير موجود.`;
};
/**
* | output |
* | --- |
* | "This forum or thread does not exist." |
*
* @param {Forum_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var forum_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_forum_error_not_found(inputs);
	if (locale === "ar") return ar_forum_error_not_found(inputs);
	return en_forum_error_not_found(inputs);
});
// src/lib/paraglide/messages/post_error_body_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Error_Body_LongInputs */
var en_post_error_body_long = () => {
	return `The text can be at most 50,000 characters long.`;
};
var es_post_error_body_long = () => {
	return `El texto puede tener como máximo 50.000 caracteres.`;
};
var ar_post_error_body_long = () => {
	return `لا يمكن أن يتجاوز النص 50000 حرف.`;
};
/**
* | output |
* | --- |
* | "The text can be at most 50,000 characters long." |
*
* @param {Post_Error_Body_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_error_body_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_error_body_long(inputs);
	if (locale === "ar") return ar_post_error_body_long(inputs);
	return en_post_error_body_long(inputs);
});
// src/lib/paraglide/messages/post_error_chapter_needed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Error_Chapter_NeededInputs */
var en_post_error_chapter_needed = () => {
	return `Choose the chapter.`;
};
var es_post_error_chapter_needed = () => {
	return `Elige el capítulo.`;
};
var ar_post_error_chapter_needed = () => {
	return `اختر الفرع.`;
};
/**
* | output |
* | --- |
* | "Choose the chapter." |
*
* @param {Post_Error_Chapter_NeededInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_error_chapter_needed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_error_chapter_needed(inputs);
	if (locale === "ar") return ar_post_error_chapter_needed(inputs);
	return en_post_error_chapter_needed(inputs);
});
// src/lib/paraglide/messages/post_error_daily_limit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ limit: NonNullable<unknown> }} Post_Error_Daily_LimitInputs */
var en_post_error_daily_limit = (i) => {
	return `You have started ${i?.limit} posts and threads today, the most one member can. Please come back tomorrow.`;
};
var es_post_error_daily_limit = (i) => {
	return `Hoy ya has empezado ${i?.limit} artículos e hilos, el máximo por persona. Vuelve mañana, por favor.`;
};
var ar_post_error_daily_limit = (i) => {
	return `بدأت اليوم ${i?.limit} من المقالات والمواضيع، وهو الحد الأقصى للعضو الواحد. عُد غدًا من فضلك.`;
};
/**
* | output |
* | --- |
* | "You have started {limit} posts and threads today, the most one member can. Please come back tomorrow." |
*
* @param {Post_Error_Daily_LimitInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_error_daily_limit = ((inputs, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_error_daily_limit(inputs);
	if (locale === "ar") return ar_post_error_daily_limit(inputs);
	return en_post_error_daily_limit(inputs);
});
// src/lib/paraglide/messages/post_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Error_Not_FoundInputs */
var en_post_error_not_found = () => {
	return `This post does not exist, or you cannot read it.`;
};
var es_post_error_not_found = () => {
	return `Este artículo no existe o no puedes leerlo.`;
};
var ar_post_error_not_found = () => {
	return `هذا المقال غير موجود أو لا يحق لك قراءته.`;
};
/**
* | output |
* | --- |
* | "This post does not exist, or you cannot read it." |
*
* @param {Post_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_error_not_found(inputs);
	if (locale === "ar") return ar_post_error_not_found(inputs);
	return en_post_error_not_found(inputs);
});
// src/lib/paraglide/messages/post_error_not_in_chapter.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Error_Not_In_ChapterInputs */
var en_post_error_not_in_chapter = () => {
	return `You can only write for chapters you belong to.`;
};
var es_post_error_not_in_chapter = () => {
	return `Solo puedes escribir para los capítulos a los que perteneces.`;
};
var ar_post_error_not_in_chapter = () => {
	return `لا يمكنك الكتابة إلا للفروع التي تنتمي إليها.`;
};
/**
* | output |
* | --- |
* | "You can only write for chapters you belong to." |
*
* @param {Post_Error_Not_In_ChapterInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_error_not_in_chapter = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_error_not_in_chapter(inputs);
	if (locale === "ar") return ar_post_error_not_in_chapter(inputs);
	return en_post_error_not_in_chapter(inputs);
});
// src/lib/paraglide/messages/post_error_tag_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Error_Tag_LongInputs */
var en_post_error_tag_long = () => {
	return `A tag can be at most 40 characters long.`;
};
var es_post_error_tag_long = () => {
	return `Una etiqueta puede tener como máximo 40 caracteres.`;
};
var ar_post_error_tag_long = () => {
	return `لا يمكن أن يتجاوز الوسم 40 حرفًا.`;
};
/**
* | output |
* | --- |
* | "A tag can be at most 40 characters long." |
*
* @param {Post_Error_Tag_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_error_tag_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_error_tag_long(inputs);
	if (locale === "ar") return ar_post_error_tag_long(inputs);
	return en_post_error_tag_long(inputs);
});
// src/lib/paraglide/messages/post_error_title_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Post_Error_Title_LongInputs */
var en_post_error_title_long = () => {
	return `The title can be at most 200 characters long.`;
};
var es_post_error_title_long = () => {
	return `El título puede tener como máximo 200 caracteres.`;
};
var ar_post_error_title_long = () => {
	return `لا يمكن أن يتجاوز العنوان 200 حرف.`;
};
/**
* | output |
* | --- |
* | "The title can be at most 200 characters long." |
*
* @param {Post_Error_Title_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var post_error_title_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_post_error_title_long(inputs);
	if (locale === "ar") return ar_post_error_title_long(inputs);
	return en_post_error_title_long(inputs);
});
// src/lib/paraglide/messages/upload_error_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Error_EmptyInputs */
var en_upload_error_empty = () => {
	return `Choose an image file.`;
};
var es_upload_error_empty = () => {
	return `Elige un archivo de imagen.`;
};
var ar_upload_error_empty = () => {
	return `اختر ملف صورة.`;
};
/**
* | output |
* | --- |
* | "Choose an image file." |
*
* @param {Upload_Error_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_error_empty = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_error_empty(inputs);
	if (locale === "ar") return ar_upload_error_empty(inputs);
	return en_upload_error_empty(inputs);
});
// src/lib/paraglide/messages/upload_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Error_Not_FoundInputs */
var en_upload_error_not_found = () => {
	return `This image does not exist.`;
};
var es_upload_error_not_found = () => {
	return `Esta imagen no existe.`;
};
var ar_upload_error_not_found = () => {
	return `هذه الصورة غير موجودة.`;
};
/**
* | output |
* | --- |
* | "This image does not exist." |
*
* @param {Upload_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_error_not_found(inputs);
	if (locale === "ar") return ar_upload_error_not_found(inputs);
	return en_upload_error_not_found(inputs);
});
// src/lib/paraglide/messages/upload_error_not_image.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Error_Not_ImageInputs */
var en_upload_error_not_image = () => {
	return `This file is not an image we accept. Use a JPEG, PNG, WebP or GIF picture.`;
};
var es_upload_error_not_image = () => {
	return `Este archivo no es una imagen que aceptemos. Usa una imagen JPEG, PNG, WebP o GIF.`;
};
var ar_upload_error_not_image = () => {
	return `هذا الملف ليس صورة نقبلها. استخدم صورة بصيغة JPEG أو PNG أو WebP أو GIF.`;
};
/**
* | output |
* | --- |
* | "This file is not an image we accept. Use a JPEG, PNG, WebP or GIF picture." |
*
* @param {Upload_Error_Not_ImageInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_error_not_image = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_error_not_image(inputs);
	if (locale === "ar") return ar_upload_error_not_image(inputs);
	return en_upload_error_not_image(inputs);
});
// src/lib/paraglide/messages/upload_error_too_large.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Upload_Error_Too_LargeInputs */
var en_upload_error_too_large = () => {
	return `This file is too large. Images can be at most 8 MB.`;
};
var es_upload_error_too_large = () => {
	return `Este archivo es demasiado grande. Las imágenes pueden ocupar como máximo 8 MB.`;
};
var ar_upload_error_too_large = () => {
	return `هذا الملف كبير جدًا. لا يمكن أن يتجاوز حجم الصورة 8 ميغابايت.`;
};
/**
* | output |
* | --- |
* | "This file is too large. Images can be at most 8 MB." |
*
* @param {Upload_Error_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var upload_error_too_large = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_upload_error_too_large(inputs);
	if (locale === "ar") return ar_upload_error_too_large(inputs);
	return en_upload_error_too_large(inputs);
});
// src/lib/paraglide/messages/decision_runoff_compromise.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Runoff_CompromiseInputs */
var en_decision_runoff_compromise = () => {
	return `The compromise text`;
};
var es_decision_runoff_compromise = () => {
	return `El texto de compromiso`;
};
var ar_decision_runoff_compromise = () => {
	return `نص الحل الوسط`;
};
/**
* | output |
* | --- |
* | "The compromise text" |
*
* @param {Decision_Runoff_CompromiseInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_runoff_compromise = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_runoff_compromise(inputs);
	if (locale === "ar") return ar_decision_runoff_compromise(inputs);
	return en_decision_runoff_compromise(inputs);
});
// src/lib/paraglide/messages/ballot_error_choose.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_ChooseInputs */
var en_ballot_error_choose = () => {
	return `Choose one of the answers.`;
};
var es_ballot_error_choose = () => {
	return `Elige una de las respuestas.`;
};
var ar_ballot_error_choose = () => {
	return `اختر إحدى الإجابات.`;
};
/**
* | output |
* | --- |
* | "Choose one of the answers." |
*
* @param {Ballot_Error_ChooseInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_choose = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_choose(inputs);
	if (locale === "ar") return ar_ballot_error_choose(inputs);
	return en_ballot_error_choose(inputs);
});
// src/lib/paraglide/messages/ballot_error_block_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Block_ReasonInputs */
var en_ballot_error_block_reason = () => {
	return `A block needs a reason.`;
};
var es_ballot_error_block_reason = () => {
	return `Un bloqueo necesita un motivo.`;
};
var ar_ballot_error_block_reason = () => {
	return `الاعتراض المانع يحتاج إلى سبب.`;
};
/**
* | output |
* | --- |
* | "A block needs a reason." |
*
* @param {Ballot_Error_Block_ReasonInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_block_reason = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_block_reason(inputs);
	if (locale === "ar") return ar_ballot_error_block_reason(inputs);
	return en_ballot_error_block_reason(inputs);
});
// src/lib/paraglide/messages/ballot_error_reason_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Reason_LongInputs */
var en_ballot_error_reason_long = () => {
	return `The reason is too long (2,000 characters at most).`;
};
var es_ballot_error_reason_long = () => {
	return `El motivo es demasiado largo (2000 caracteres como máximo).`;
};
var ar_ballot_error_reason_long = () => {
	return `السبب طويل جدًا (2000 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "The reason is too long (2,000 characters at most)." |
*
* @param {Ballot_Error_Reason_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_reason_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_reason_long(inputs);
	if (locale === "ar") return ar_ballot_error_reason_long(inputs);
	return en_ballot_error_reason_long(inputs);
});
// src/lib/paraglide/messages/ballot_error_unknown_option.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Unknown_OptionInputs */
var en_ballot_error_unknown_option = () => {
	return `That option is not on this ballot.`;
};
var es_ballot_error_unknown_option = () => {
	return `Esa opción no está en esta papeleta.`;
};
var ar_ballot_error_unknown_option = () => {
	return `هذا الخيار غير موجود في بطاقة الاقتراع هذه.`;
};
/**
* | output |
* | --- |
* | "That option is not on this ballot." |
*
* @param {Ballot_Error_Unknown_OptionInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_unknown_option = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_unknown_option(inputs);
	if (locale === "ar") return ar_ballot_error_unknown_option(inputs);
	return en_ballot_error_unknown_option(inputs);
});
// src/lib/paraglide/messages/ballot_error_rank_range.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Rank_RangeInputs */
var en_ballot_error_rank_range = () => {
	return `Use the numbers offered.`;
};
var es_ballot_error_rank_range = () => {
	return `Usa los números que se ofrecen.`;
};
var ar_ballot_error_rank_range = () => {
	return `استخدم الأرقام المعروضة.`;
};
/**
* | output |
* | --- |
* | "Use the numbers offered." |
*
* @param {Ballot_Error_Rank_RangeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_rank_range = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_rank_range(inputs);
	if (locale === "ar") return ar_ballot_error_rank_range(inputs);
	return en_ballot_error_rank_range(inputs);
});
// src/lib/paraglide/messages/ballot_error_rank_repeat.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Rank_RepeatInputs */
var en_ballot_error_rank_repeat = () => {
	return `Two options have the same number; give each a different one.`;
};
var es_ballot_error_rank_repeat = () => {
	return `Dos opciones tienen el mismo número; da a cada una un número distinto.`;
};
var ar_ballot_error_rank_repeat = () => {
	return `يحمل خياران الرقم نفسه؛ أعطِ كل خيار رقمًا مختلفًا.`;
};
/**
* | output |
* | --- |
* | "Two options have the same number; give each a different one." |
*
* @param {Ballot_Error_Rank_RepeatInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_rank_repeat = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_rank_repeat(inputs);
	if (locale === "ar") return ar_ballot_error_rank_repeat(inputs);
	return en_ballot_error_rank_repeat(inputs);
});
// src/lib/paraglide/messages/ballot_error_rank_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Rank_NoneInputs */
var en_ballot_error_rank_none = () => {
	return `Rank at least one option.`;
};
var es_ballot_error_rank_none = () => {
	return `Ordena al menos una opción.`;
};
var ar_ballot_error_rank_none = () => {
	return `رتّب خيارًا واحدًا على الأقل.`;
};
/**
* | output |
* | --- |
* | "Rank at least one option." |
*
* @param {Ballot_Error_Rank_NoneInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_rank_none = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_rank_none(inputs);
	if (locale === "ar") return ar_ballot_error_rank_none(inputs);
	return en_ballot_error_rank_none(inputs);
});
// src/lib/paraglide/messages/ballot_error_score_range.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Score_RangeInputs */
var en_ballot_error_score_range = () => {
	return `Scores go from 0 to the highest score offered.`;
};
var es_ballot_error_score_range = () => {
	return `Las puntuaciones van de 0 a la puntuación máxima que se ofrece.`;
};
var ar_ballot_error_score_range = () => {
	return `تتراوح الدرجات بين 0 وأعلى درجة معروضة.`;
};
/**
* | output |
* | --- |
* | "Scores go from 0 to the highest score offered." |
*
* @param {Ballot_Error_Score_RangeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_score_range = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_score_range(inputs);
	if (locale === "ar") return ar_ballot_error_score_range(inputs);
	return en_ballot_error_score_range(inputs);
});
// src/lib/paraglide/messages/ballot_error_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_ClosedInputs */
var en_ballot_error_closed = () => {
	return `Voting has closed; no more ballots are accepted.`;
};
var es_ballot_error_closed = () => {
	return `La votación ha terminado; ya no se aceptan más papeletas.`;
};
var ar_ballot_error_closed = () => {
	return `أُغلق التصويت؛ لم تعد بطاقات الاقتراع تُقبل.`;
};
/**
* | output |
* | --- |
* | "Voting has closed; no more ballots are accepted." |
*
* @param {Ballot_Error_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_closed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_closed(inputs);
	if (locale === "ar") return ar_ballot_error_closed(inputs);
	return en_ballot_error_closed(inputs);
});
// src/lib/paraglide/messages/ballot_error_not_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Not_OpenInputs */
var en_ballot_error_not_open = () => {
	return `Voting has not started yet.`;
};
var es_ballot_error_not_open = () => {
	return `La votación aún no ha empezado.`;
};
var ar_ballot_error_not_open = () => {
	return `لم يبدأ التصويت بعد.`;
};
/**
* | output |
* | --- |
* | "Voting has not started yet." |
*
* @param {Ballot_Error_Not_OpenInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_not_open = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_not_open(inputs);
	if (locale === "ar") return ar_ballot_error_not_open(inputs);
	return en_ballot_error_not_open(inputs);
});
// src/lib/paraglide/messages/ballot_error_not_eligible.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Ballot_Error_Not_EligibleInputs */
var en_ballot_error_not_eligible = () => {
	return `Only active members of this decision's scope may vote.`;
};
var es_ballot_error_not_eligible = () => {
	return `Solo pueden votar los miembros activos del ámbito de esta decisión.`;
};
var ar_ballot_error_not_eligible = () => {
	return `لا يحق التصويت إلا للأعضاء النشطين في نطاق هذا القرار.`;
};
/**
* | output |
* | --- |
* | "Only active members of this decision's scope may vote." |
*
* @param {Ballot_Error_Not_EligibleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var ballot_error_not_eligible = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_ballot_error_not_eligible(inputs);
	if (locale === "ar") return ar_ballot_error_not_eligible(inputs);
	return en_ballot_error_not_eligible(inputs);
});
// src/lib/paraglide/messages/stake_error_not_eligible.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_Error_Not_EligibleInputs */
var en_stake_error_not_eligible = () => {
	return `Only active members of this decision's scope may declare a stake.`;
};
var es_stake_error_not_eligible = () => {
	return `Solo los miembros activos del ámbito de esta decisión pueden declarar su grado de afectación.`;
};
var ar_stake_error_not_eligible = () => {
	return `لا يحق إعلان درجة التأثر إلا للأعضاء النشطين في نطاق هذا القرار.`;
};
/**
* | output |
* | --- |
* | "Only active members of this decision's scope may declare a stake." |
*
* @param {Stake_Error_Not_EligibleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_error_not_eligible = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_error_not_eligible(inputs);
	if (locale === "ar") return ar_stake_error_not_eligible(inputs);
	return en_stake_error_not_eligible(inputs);
});
// src/lib/paraglide/messages/stake_error_not_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_Error_Not_UsedInputs */
var en_stake_error_not_used = () => {
	return `This decision does not weigh ballots by declared stake.`;
};
var es_stake_error_not_used = () => {
	return `Esta decisión no pondera las papeletas según la afectación declarada.`;
};
var ar_stake_error_not_used = () => {
	return `لا يرجّح هذا القرار بطاقات الاقتراع حسب درجة التأثر المعلنة.`;
};
/**
* | output |
* | --- |
* | "This decision does not weigh ballots by declared stake." |
*
* @param {Stake_Error_Not_UsedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_error_not_used = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_error_not_used(inputs);
	if (locale === "ar") return ar_stake_error_not_used(inputs);
	return en_stake_error_not_used(inputs);
});
// src/lib/paraglide/messages/stake_error_out_of_scale.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_Error_Out_Of_ScaleInputs */
var en_stake_error_out_of_scale = () => {
	return `Choose a level on this decision's scale.`;
};
var es_stake_error_out_of_scale = () => {
	return `Elige un nivel de la escala de esta decisión.`;
};
var ar_stake_error_out_of_scale = () => {
	return `اختر درجة من مقياس هذا القرار.`;
};
/**
* | output |
* | --- |
* | "Choose a level on this decision's scale." |
*
* @param {Stake_Error_Out_Of_ScaleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_error_out_of_scale = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_error_out_of_scale(inputs);
	if (locale === "ar") return ar_stake_error_out_of_scale(inputs);
	return en_stake_error_out_of_scale(inputs);
});
// src/lib/paraglide/messages/stake_error_reason_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Stake_Error_Reason_LongInputs */
var en_stake_error_reason_long = () => {
	return `The reason is too long (1,000 characters at most).`;
};
var es_stake_error_reason_long = () => {
	return `El motivo es demasiado largo (1000 caracteres como máximo).`;
};
var ar_stake_error_reason_long = () => {
	return `السبب طويل جدًا (1000 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "The reason is too long (1,000 characters at most)." |
*
* @param {Stake_Error_Reason_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var stake_error_reason_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_stake_error_reason_long(inputs);
	if (locale === "ar") return ar_stake_error_reason_long(inputs);
	return en_stake_error_reason_long(inputs);
});
// src/lib/paraglide/messages/amendment_error_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_ClosedInputs */
var en_amendment_error_closed = () => {
	return `Amendments are closed for this decision.`;
};
var es_amendment_error_closed = () => {
	return `Las enmiendas de esta decisión están cerradas.`;
};
var ar_amendment_error_closed = () => {
	return `باب التعديلات مغلق في هذا القرار.`;
};
/**
* | output |
* | --- |
* | "Amendments are closed for this decision." |
*
* @param {Amendment_Error_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_closed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_closed(inputs);
	if (locale === "ar") return ar_amendment_error_closed(inputs);
	return en_amendment_error_closed(inputs);
});
// src/lib/paraglide/messages/amendment_error_not_eligible.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_Not_EligibleInputs */
var en_amendment_error_not_eligible = () => {
	return `Only active members of this decision's scope may propose amendments.`;
};
var es_amendment_error_not_eligible = () => {
	return `Solo los miembros activos del ámbito de esta decisión pueden proponer enmiendas.`;
};
var ar_amendment_error_not_eligible = () => {
	return `لا يحق اقتراح التعديلات إلا للأعضاء النشطين في نطاق هذا القرار.`;
};
/**
* | output |
* | --- |
* | "Only active members of this decision's scope may propose amendments." |
*
* @param {Amendment_Error_Not_EligibleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_not_eligible = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_not_eligible(inputs);
	if (locale === "ar") return ar_amendment_error_not_eligible(inputs);
	return en_amendment_error_not_eligible(inputs);
});
// src/lib/paraglide/messages/amendment_error_no_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_No_ChangeInputs */
var en_amendment_error_no_change = () => {
	return `The amended text is the same as the current one.`;
};
var es_amendment_error_no_change = () => {
	return `El texto enmendado es igual al actual.`;
};
var ar_amendment_error_no_change = () => {
	return `النص المعدَّل مطابق للنص الحالي.`;
};
/**
* | output |
* | --- |
* | "The amended text is the same as the current one." |
*
* @param {Amendment_Error_No_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_no_change = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_no_change(inputs);
	if (locale === "ar") return ar_amendment_error_no_change(inputs);
	return en_amendment_error_no_change(inputs);
});
// src/lib/paraglide/messages/amendment_error_reason_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_Reason_LongInputs */
var en_amendment_error_reason_long = () => {
	return `The reason is too long (2,000 characters at most).`;
};
var es_amendment_error_reason_long = () => {
	return `El motivo es demasiado largo (2000 caracteres como máximo).`;
};
var ar_amendment_error_reason_long = () => {
	return `السبب طويل جدًا (2000 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "The reason is too long (2,000 characters at most)." |
*
* @param {Amendment_Error_Reason_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_reason_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_reason_long(inputs);
	if (locale === "ar") return ar_amendment_error_reason_long(inputs);
	return en_amendment_error_reason_long(inputs);
});
// src/lib/paraglide/messages/amendment_error_authors_only.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_Authors_OnlyInputs */
var en_amendment_error_authors_only = () => {
	return `Only the authors may do that.`;
};
var es_amendment_error_authors_only = () => {
	return `Solo las autoras y los autores pueden hacer esto.`;
};
var ar_amendment_error_authors_only = () => {
	return `لا يحق القيام بهذا إلا لمقدّمي المقترح.`;
};
/**
* | output |
* | --- |
* | "Only the authors may do that." |
*
* @param {Amendment_Error_Authors_OnlyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_authors_only = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_authors_only(inputs);
	if (locale === "ar") return ar_amendment_error_authors_only(inputs);
	return en_amendment_error_authors_only(inputs);
});
// src/lib/paraglide/messages/amendment_error_own_only.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_Own_OnlyInputs */
var en_amendment_error_own_only = () => {
	return `Only the member who proposed it may withdraw an amendment.`;
};
var es_amendment_error_own_only = () => {
	return `Solo quien propuso una enmienda puede retirarla.`;
};
var ar_amendment_error_own_only = () => {
	return `لا يحق سحب التعديل إلا للعضو الذي اقترحه.`;
};
/**
* | output |
* | --- |
* | "Only the member who proposed it may withdraw an amendment." |
*
* @param {Amendment_Error_Own_OnlyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_own_only = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_own_only(inputs);
	if (locale === "ar") return ar_amendment_error_own_only(inputs);
	return en_amendment_error_own_only(inputs);
});
// src/lib/paraglide/messages/amendment_error_resolved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_ResolvedInputs */
var en_amendment_error_resolved = () => {
	return `This amendment has already been dealt with.`;
};
var es_amendment_error_resolved = () => {
	return `Esta enmienda ya se ha resuelto.`;
};
var ar_amendment_error_resolved = () => {
	return `سبق البتّ في هذا التعديل.`;
};
/**
* | output |
* | --- |
* | "This amendment has already been dealt with." |
*
* @param {Amendment_Error_ResolvedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_resolved = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_resolved(inputs);
	if (locale === "ar") return ar_amendment_error_resolved(inputs);
	return en_amendment_error_resolved(inputs);
});
// src/lib/paraglide/messages/amendment_error_conflict.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_ConflictInputs */
var en_amendment_error_conflict = () => {
	return `The text has changed in the same place since this amendment was written; it cannot be applied as it is.`;
};
var es_amendment_error_conflict = () => {
	return `El texto ha cambiado en el mismo lugar desde que se redactó esta enmienda; no se puede aplicar tal como está.`;
};
var ar_amendment_error_conflict = () => {
	return `تغيّر النص في الموضع نفسه منذ كتابة هذا التعديل؛ لذا لا يمكن تطبيقه كما هو.`;
};
/**
* | output |
* | --- |
* | "The text has changed in the same place since this amendment was written; it cannot be applied as it is." |
*
* @param {Amendment_Error_ConflictInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_conflict = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_conflict(inputs);
	if (locale === "ar") return ar_amendment_error_conflict(inputs);
	return en_amendment_error_conflict(inputs);
});
// src/lib/paraglide/messages/amendment_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_Not_FoundInputs */
var en_amendment_error_not_found = () => {
	return `There is no such amendment.`;
};
var es_amendment_error_not_found = () => {
	return `No existe esa enmienda.`;
};
var ar_amendment_error_not_found = () => {
	return `لا يوجد تعديل كهذا.`;
};
/**
* | output |
* | --- |
* | "There is no such amendment." |
*
* @param {Amendment_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_not_found(inputs);
	if (locale === "ar") return ar_amendment_error_not_found(inputs);
	return en_amendment_error_not_found(inputs);
});
// src/lib/paraglide/messages/amendment_error_not_voting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Amendment_Error_Not_VotingInputs */
var en_amendment_error_not_voting = () => {
	return `This amendment is not being voted on.`;
};
var es_amendment_error_not_voting = () => {
	return `Esta enmienda no está en votación.`;
};
var ar_amendment_error_not_voting = () => {
	return `هذا التعديل ليس قيد التصويت.`;
};
/**
* | output |
* | --- |
* | "This amendment is not being voted on." |
*
* @param {Amendment_Error_Not_VotingInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var amendment_error_not_voting = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_amendment_error_not_voting(inputs);
	if (locale === "ar") return ar_amendment_error_not_voting(inputs);
	return en_amendment_error_not_voting(inputs);
});
// src/lib/paraglide/messages/minority_error_not_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_Error_Not_ClosedInputs */
var en_minority_error_not_closed = () => {
	return `Minority reports can be filed once the decision is closed.`;
};
var es_minority_error_not_closed = () => {
	return `Los informes de minoría se pueden presentar una vez cerrada la decisión.`;
};
var ar_minority_error_not_closed = () => {
	return `يمكن تقديم تقارير الأقلية بعد إغلاق القرار.`;
};
/**
* | output |
* | --- |
* | "Minority reports can be filed once the decision is closed." |
*
* @param {Minority_Error_Not_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_error_not_closed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_error_not_closed(inputs);
	if (locale === "ar") return ar_minority_error_not_closed(inputs);
	return en_minority_error_not_closed(inputs);
});
// src/lib/paraglide/messages/minority_error_window_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_Error_Window_ClosedInputs */
var en_minority_error_window_closed = () => {
	return `The time for minority reports on this decision is over.`;
};
var es_minority_error_window_closed = () => {
	return `Ha terminado el plazo para presentar informes de minoría sobre esta decisión.`;
};
var ar_minority_error_window_closed = () => {
	return `انتهت مهلة تقديم تقارير الأقلية على هذا القرار.`;
};
/**
* | output |
* | --- |
* | "The time for minority reports on this decision is over." |
*
* @param {Minority_Error_Window_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_error_window_closed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_error_window_closed(inputs);
	if (locale === "ar") return ar_minority_error_window_closed(inputs);
	return en_minority_error_window_closed(inputs);
});
// src/lib/paraglide/messages/minority_error_not_losing_side.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_Error_Not_Losing_SideInputs */
var en_minority_error_not_losing_side = () => {
	return `Only members who voted on the losing side may file a minority report.`;
};
var es_minority_error_not_losing_side = () => {
	return `Solo los miembros que votaron en el lado perdedor pueden presentar un informe de minoría.`;
};
var ar_minority_error_not_losing_side = () => {
	return `لا يحق تقديم تقرير أقلية إلا للأعضاء الذين صوّتوا في الجانب الخاسر.`;
};
/**
* | output |
* | --- |
* | "Only members who voted on the losing side may file a minority report." |
*
* @param {Minority_Error_Not_Losing_SideInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_error_not_losing_side = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_error_not_losing_side(inputs);
	if (locale === "ar") return ar_minority_error_not_losing_side(inputs);
	return en_minority_error_not_losing_side(inputs);
});
// src/lib/paraglide/messages/minority_error_signed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_Error_SignedInputs */
var en_minority_error_signed = () => {
	return `You have already signed this report.`;
};
var es_minority_error_signed = () => {
	return `Ya has firmado este informe.`;
};
var ar_minority_error_signed = () => {
	return `سبق أن وقّعت هذا التقرير.`;
};
/**
* | output |
* | --- |
* | "You have already signed this report." |
*
* @param {Minority_Error_SignedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_error_signed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_error_signed(inputs);
	if (locale === "ar") return ar_minority_error_signed(inputs);
	return en_minority_error_signed(inputs);
});
// src/lib/paraglide/messages/minority_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Minority_Error_Not_FoundInputs */
var en_minority_error_not_found = () => {
	return `There is no such report.`;
};
var es_minority_error_not_found = () => {
	return `No existe ese informe.`;
};
var ar_minority_error_not_found = () => {
	return `لا يوجد تقرير كهذا.`;
};
/**
* | output |
* | --- |
* | "There is no such report." |
*
* @param {Minority_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var minority_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_minority_error_not_found(inputs);
	if (locale === "ar") return ar_minority_error_not_found(inputs);
	return en_minority_error_not_found(inputs);
});
// src/lib/paraglide/messages/petition_error_not_eligible.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_Error_Not_EligibleInputs */
var en_petition_error_not_eligible = () => {
	return `Only active members of this decision's scope may petition, once it is closed.`;
};
var es_petition_error_not_eligible = () => {
	return `Solo los miembros activos del ámbito de esta decisión pueden pedir su revisión, una vez cerrada.`;
};
var ar_petition_error_not_eligible = () => {
	return `لا يحق تقديم عريضة إلا للأعضاء النشطين في نطاق هذا القرار، وبعد إغلاقه.`;
};
/**
* | output |
* | --- |
* | "Only active members of this decision's scope may petition, once it is closed." |
*
* @param {Petition_Error_Not_EligibleInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_error_not_eligible = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_error_not_eligible(inputs);
	if (locale === "ar") return ar_petition_error_not_eligible(inputs);
	return en_petition_error_not_eligible(inputs);
});
// src/lib/paraglide/messages/petition_error_exists.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_Error_ExistsInputs */
var en_petition_error_exists = () => {
	return `A petition to revisit this decision is already open; sign it instead.`;
};
var es_petition_error_exists = () => {
	return `Ya hay abierta una petición de revisión de esta decisión; fírmala en lugar de iniciar otra.`;
};
var ar_petition_error_exists = () => {
	return `توجد بالفعل عريضة مفتوحة لإعادة النظر في هذا القرار؛ وقّعها بدلًا من بدء عريضة جديدة.`;
};
/**
* | output |
* | --- |
* | "A petition to revisit this decision is already open; sign it instead." |
*
* @param {Petition_Error_ExistsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_error_exists = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_error_exists(inputs);
	if (locale === "ar") return ar_petition_error_exists(inputs);
	return en_petition_error_exists(inputs);
});
// src/lib/paraglide/messages/petition_error_reason_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_Error_Reason_LongInputs */
var en_petition_error_reason_long = () => {
	return `The reason is too long (2,000 characters at most).`;
};
var es_petition_error_reason_long = () => {
	return `El motivo es demasiado largo (2000 caracteres como máximo).`;
};
var ar_petition_error_reason_long = () => {
	return `السبب طويل جدًا (2000 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "The reason is too long (2,000 characters at most)." |
*
* @param {Petition_Error_Reason_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_error_reason_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_error_reason_long(inputs);
	if (locale === "ar") return ar_petition_error_reason_long(inputs);
	return en_petition_error_reason_long(inputs);
});
// src/lib/paraglide/messages/petition_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_Error_Not_FoundInputs */
var en_petition_error_not_found = () => {
	return `There is no such petition.`;
};
var es_petition_error_not_found = () => {
	return `No existe esa petición.`;
};
var ar_petition_error_not_found = () => {
	return `لا توجد عريضة كهذه.`;
};
/**
* | output |
* | --- |
* | "There is no such petition." |
*
* @param {Petition_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_error_not_found(inputs);
	if (locale === "ar") return ar_petition_error_not_found(inputs);
	return en_petition_error_not_found(inputs);
});
// src/lib/paraglide/messages/petition_error_reopened.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_Error_ReopenedInputs */
var en_petition_error_reopened = () => {
	return `This petition has already reopened the decision.`;
};
var es_petition_error_reopened = () => {
	return `Esta petición ya ha reabierto la decisión.`;
};
var ar_petition_error_reopened = () => {
	return `سبق أن أعادت هذه العريضة فتح القرار.`;
};
/**
* | output |
* | --- |
* | "This petition has already reopened the decision." |
*
* @param {Petition_Error_ReopenedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_error_reopened = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_error_reopened(inputs);
	if (locale === "ar") return ar_petition_error_reopened(inputs);
	return en_petition_error_reopened(inputs);
});
// src/lib/paraglide/messages/petition_error_signed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Petition_Error_SignedInputs */
var en_petition_error_signed = () => {
	return `You have already signed.`;
};
var es_petition_error_signed = () => {
	return `Ya has firmado.`;
};
var ar_petition_error_signed = () => {
	return `سبق أن وقّعت.`;
};
/**
* | output |
* | --- |
* | "You have already signed." |
*
* @param {Petition_Error_SignedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var petition_error_signed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_petition_error_signed(inputs);
	if (locale === "ar") return ar_petition_error_signed(inputs);
	return en_petition_error_signed(inputs);
});
// src/lib/paraglide/messages/publication_error_not_closed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Publication_Error_Not_ClosedInputs */
var en_publication_error_not_closed = () => {
	return `Ballots are published when the decision closes.`;
};
var es_publication_error_not_closed = () => {
	return `Las papeletas se publican cuando se cierra la decisión.`;
};
var ar_publication_error_not_closed = () => {
	return `تُنشر بطاقات الاقتراع عند إغلاق القرار.`;
};
/**
* | output |
* | --- |
* | "Ballots are published when the decision closes." |
*
* @param {Publication_Error_Not_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var publication_error_not_closed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_publication_error_not_closed(inputs);
	if (locale === "ar") return ar_publication_error_not_closed(inputs);
	return en_publication_error_not_closed(inputs);
});
// src/lib/paraglide/messages/publication_error_no_blt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Publication_Error_No_BltInputs */
var en_publication_error_no_blt = () => {
	return `BLT is for ranked ballots; use the JSON file.`;
};
var es_publication_error_no_blt = () => {
	return `El formato BLT es para papeletas preferenciales; usa el archivo JSON.`;
};
var ar_publication_error_no_blt = () => {
	return `صيغة BLT مخصصة لبطاقات الاقتراع التفضيلية؛ استخدم ملف JSON.`;
};
/**
* | output |
* | --- |
* | "BLT is for ranked ballots; use the JSON file." |
*
* @param {Publication_Error_No_BltInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var publication_error_no_blt = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_publication_error_no_blt(inputs);
	if (locale === "ar") return ar_publication_error_no_blt(inputs);
	return en_publication_error_no_blt(inputs);
});
// src/lib/paraglide/messages/receipt_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Receipt_Error_Not_FoundInputs */
var en_receipt_error_not_found = () => {
	return `No ballot of this decision has that receipt.`;
};
var es_receipt_error_not_found = () => {
	return `Ninguna papeleta de esta decisión tiene ese comprobante.`;
};
var ar_receipt_error_not_found = () => {
	return `لا توجد بطاقة اقتراع في هذا القرار تحمل هذا الإيصال.`;
};
/**
* | output |
* | --- |
* | "No ballot of this decision has that receipt." |
*
* @param {Receipt_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var receipt_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_receipt_error_not_found(inputs);
	if (locale === "ar") return ar_receipt_error_not_found(inputs);
	return en_receipt_error_not_found(inputs);
});
// src/lib/paraglide/messages/decision_error_not_found.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Not_FoundInputs */
var en_decision_error_not_found = () => {
	return `There is no such decision.`;
};
var es_decision_error_not_found = () => {
	return `No existe esa decisión.`;
};
var ar_decision_error_not_found = () => {
	return `لا يوجد قرار كهذا.`;
};
/**
* | output |
* | --- |
* | "There is no such decision." |
*
* @param {Decision_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_not_found = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_not_found(inputs);
	if (locale === "ar") return ar_decision_error_not_found(inputs);
	return en_decision_error_not_found(inputs);
});
// src/lib/paraglide/messages/decision_error_cannot_propose.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Cannot_ProposeInputs */
var en_decision_error_cannot_propose = () => {
	return `Your membership tier may not propose decisions.`;
};
var es_decision_error_cannot_propose = () => {
	return `Tu tipo de membresía no permite proponer decisiones.`;
};
var ar_decision_error_cannot_propose = () => {
	return `لا تسمح فئة عضويتك باقتراح القرارات.`;
};
/**
* | output |
* | --- |
* | "Your membership tier may not propose decisions." |
*
* @param {Decision_Error_Cannot_ProposeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_cannot_propose = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_cannot_propose(inputs);
	if (locale === "ar") return ar_decision_error_cannot_propose(inputs);
	return en_decision_error_cannot_propose(inputs);
});
// src/lib/paraglide/messages/decision_error_title_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Title_LongInputs */
var en_decision_error_title_long = () => {
	return `The title is too long (200 characters at most).`;
};
var es_decision_error_title_long = () => {
	return `El título es demasiado largo (200 caracteres como máximo).`;
};
var ar_decision_error_title_long = () => {
	return `العنوان طويل جدًا (200 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "The title is too long (200 characters at most)." |
*
* @param {Decision_Error_Title_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_title_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_title_long(inputs);
	if (locale === "ar") return ar_decision_error_title_long(inputs);
	return en_decision_error_title_long(inputs);
});
// src/lib/paraglide/messages/decision_error_summary_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Summary_LongInputs */
var en_decision_error_summary_long = () => {
	return `The summary is too long (500 characters at most).`;
};
var es_decision_error_summary_long = () => {
	return `El resumen es demasiado largo (500 caracteres como máximo).`;
};
var ar_decision_error_summary_long = () => {
	return `الملخص طويل جدًا (500 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "The summary is too long (500 characters at most)." |
*
* @param {Decision_Error_Summary_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_summary_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_summary_long(inputs);
	if (locale === "ar") return ar_decision_error_summary_long(inputs);
	return en_decision_error_summary_long(inputs);
});
// src/lib/paraglide/messages/decision_error_body_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Body_LongInputs */
var en_decision_error_body_long = () => {
	return `The text is too long.`;
};
var es_decision_error_body_long = () => {
	return `El texto es demasiado largo.`;
};
var ar_decision_error_body_long = () => {
	return `النص طويل جدًا.`;
};
/**
* | output |
* | --- |
* | "The text is too long." |
*
* @param {Decision_Error_Body_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_body_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_body_long(inputs);
	if (locale === "ar") return ar_decision_error_body_long(inputs);
	return en_decision_error_body_long(inputs);
});
// src/lib/paraglide/messages/decision_error_note_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Note_LongInputs */
var en_decision_error_note_long = () => {
	return `The note is too long (300 characters at most).`;
};
var es_decision_error_note_long = () => {
	return `La nota es demasiado larga (300 caracteres como máximo).`;
};
var ar_decision_error_note_long = () => {
	return `الملاحظة طويلة جدًا (300 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "The note is too long (300 characters at most)." |
*
* @param {Decision_Error_Note_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_note_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_note_long(inputs);
	if (locale === "ar") return ar_decision_error_note_long(inputs);
	return en_decision_error_note_long(inputs);
});
// src/lib/paraglide/messages/decision_error_options_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Options_LongInputs */
var en_decision_error_options_long = () => {
	return `The options are too long.`;
};
var es_decision_error_options_long = () => {
	return `Las opciones son demasiado largas.`;
};
var ar_decision_error_options_long = () => {
	return `الخيارات طويلة جدًا.`;
};
/**
* | output |
* | --- |
* | "The options are too long." |
*
* @param {Decision_Error_Options_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_options_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_options_long(inputs);
	if (locale === "ar") return ar_decision_error_options_long(inputs);
	return en_decision_error_options_long(inputs);
});
// src/lib/paraglide/messages/decision_error_options_few.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Options_FewInputs */
var en_decision_error_options_few = () => {
	return `A choice needs at least two options, one per line.`;
};
var es_decision_error_options_few = () => {
	return `Una elección necesita al menos dos opciones, una por línea.`;
};
var ar_decision_error_options_few = () => {
	return `يحتاج الاختيار إلى خيارين على الأقل، خيار في كل سطر.`;
};
/**
* | output |
* | --- |
* | "A choice needs at least two options, one per line." |
*
* @param {Decision_Error_Options_FewInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_options_few = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_options_few(inputs);
	if (locale === "ar") return ar_decision_error_options_few(inputs);
	return en_decision_error_options_few(inputs);
});
// src/lib/paraglide/messages/decision_error_options_many.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Options_ManyInputs */
var en_decision_error_options_many = () => {
	return `At most 30 options.`;
};
var es_decision_error_options_many = () => {
	return `30 opciones como máximo.`;
};
var ar_decision_error_options_many = () => {
	return `30 خيارًا على الأكثر.`;
};
/**
* | output |
* | --- |
* | "At most 30 options." |
*
* @param {Decision_Error_Options_ManyInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_options_many = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_options_many(inputs);
	if (locale === "ar") return ar_decision_error_options_many(inputs);
	return en_decision_error_options_many(inputs);
});
// src/lib/paraglide/messages/decision_error_option_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Option_LongInputs */
var en_decision_error_option_long = () => {
	return `An option is too long (200 characters at most).`;
};
var es_decision_error_option_long = () => {
	return `Una opción es demasiado larga (200 caracteres como máximo).`;
};
var ar_decision_error_option_long = () => {
	return `أحد الخيارات طويل جدًا (200 حرف على الأكثر).`;
};
/**
* | output |
* | --- |
* | "An option is too long (200 characters at most)." |
*
* @param {Decision_Error_Option_LongInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_option_long = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_option_long(inputs);
	if (locale === "ar") return ar_decision_error_option_long(inputs);
	return en_decision_error_option_long(inputs);
});
// src/lib/paraglide/messages/decision_error_out_of_range.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Out_Of_RangeInputs */
var en_decision_error_out_of_range = () => {
	return `That number is outside the range allowed.`;
};
var es_decision_error_out_of_range = () => {
	return `Ese número está fuera del intervalo permitido.`;
};
var ar_decision_error_out_of_range = () => {
	return `هذا الرقم خارج النطاق المسموح به.`;
};
/**
* | output |
* | --- |
* | "That number is outside the range allowed." |
*
* @param {Decision_Error_Out_Of_RangeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_out_of_range = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_out_of_range(inputs);
	if (locale === "ar") return ar_decision_error_out_of_range(inputs);
	return en_decision_error_out_of_range(inputs);
});
// src/lib/paraglide/messages/decision_error_too_many_groups.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Too_Many_GroupsInputs */
var en_decision_error_too_many_groups = () => {
	return `Name at most 20 groups.`;
};
var es_decision_error_too_many_groups = () => {
	return `Indica 20 grupos como máximo.`;
};
var ar_decision_error_too_many_groups = () => {
	return `اذكر 20 مجموعة على الأكثر.`;
};
/**
* | output |
* | --- |
* | "Name at most 20 groups." |
*
* @param {Decision_Error_Too_Many_GroupsInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_too_many_groups = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_too_many_groups(inputs);
	if (locale === "ar") return ar_decision_error_too_many_groups(inputs);
	return en_decision_error_too_many_groups(inputs);
});
// src/lib/paraglide/messages/decision_error_groups_needed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Groups_NeededInputs */
var en_decision_error_groups_needed = () => {
	return `By-group weighting needs at least one affected group.`;
};
var es_decision_error_groups_needed = () => {
	return `La ponderación por grupo necesita al menos un grupo afectado.`;
};
var ar_decision_error_groups_needed = () => {
	return `يحتاج الترجيح حسب المجموعة إلى مجموعة متأثرة واحدة على الأقل.`;
};
/**
* | output |
* | --- |
* | "By-group weighting needs at least one affected group." |
*
* @param {Decision_Error_Groups_NeededInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_groups_needed = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_groups_needed(inputs);
	if (locale === "ar") return ar_decision_error_groups_needed(inputs);
	return en_decision_error_groups_needed(inputs);
});
// src/lib/paraglide/messages/decision_error_runoff_needs_choice.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Runoff_Needs_ChoiceInputs */
var en_decision_error_runoff_needs_choice = () => {
	return `A compromise run-off starts with a choice between positions.`;
};
var es_decision_error_runoff_needs_choice = () => {
	return `Una segunda vuelta de compromiso empieza con una elección entre posturas.`;
};
var ar_decision_error_runoff_needs_choice = () => {
	return `تبدأ جولة الإعادة على حل وسط باختيار بين المواقف.`;
};
/**
* | output |
* | --- |
* | "A compromise run-off starts with a choice between positions." |
*
* @param {Decision_Error_Runoff_Needs_ChoiceInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_runoff_needs_choice = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_runoff_needs_choice(inputs);
	if (locale === "ar") return ar_decision_error_runoff_needs_choice(inputs);
	return en_decision_error_runoff_needs_choice(inputs);
});
// src/lib/paraglide/messages/decision_error_unknown_scope.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Unknown_ScopeInputs */
var en_decision_error_unknown_scope = () => {
	return `There is no such chapter, project or committee.`;
};
var es_decision_error_unknown_scope = () => {
	return `No existe ese capítulo, proyecto o comisión.`;
};
var ar_decision_error_unknown_scope = () => {
	return `لا يوجد فرع أو مشروع أو لجنة بهذا الاسم.`;
};
/**
* | output |
* | --- |
* | "There is no such chapter, project or committee." |
*
* @param {Decision_Error_Unknown_ScopeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_unknown_scope = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_unknown_scope(inputs);
	if (locale === "ar") return ar_decision_error_unknown_scope(inputs);
	return en_decision_error_unknown_scope(inputs);
});
// src/lib/paraglide/messages/decision_error_not_in_scope.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Not_In_ScopeInputs */
var en_decision_error_not_in_scope = () => {
	return `You can only propose in a chapter, project or committee you belong to.`;
};
var es_decision_error_not_in_scope = () => {
	return `Solo puedes hacer propuestas en un capítulo, proyecto o comisión al que pertenezcas.`;
};
var ar_decision_error_not_in_scope = () => {
	return `لا يمكنك تقديم مقترح إلا في فرع أو مشروع أو لجنة تنتمي إليها.`;
};
/**
* | output |
* | --- |
* | "You can only propose in a chapter, project or committee you belong to." |
*
* @param {Decision_Error_Not_In_ScopeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_not_in_scope = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_not_in_scope(inputs);
	if (locale === "ar") return ar_decision_error_not_in_scope(inputs);
	return en_decision_error_not_in_scope(inputs);
});
// src/lib/paraglide/messages/decision_error_not_draft.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Not_DraftInputs */
var en_decision_error_not_draft = () => {
	return `This proposal has already been submitted.`;
};
var es_decision_error_not_draft = () => {
	return `Esta propuesta ya se ha enviado.`;
};
var ar_decision_error_not_draft = () => {
	return `سبق طرح هذا المقترح.`;
};
/**
* | output |
* | --- |
* | "This proposal has already been submitted." |
*
* @param {Decision_Error_Not_DraftInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_not_draft = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_not_draft(inputs);
	if (locale === "ar") return ar_decision_error_not_draft(inputs);
	return en_decision_error_not_draft(inputs);
});
// src/lib/paraglide/messages/decision_error_unknown_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Unknown_MemberInputs */
var en_decision_error_unknown_member = () => {
	return `No member has that handle.`;
};
var es_decision_error_unknown_member = () => {
	return `Ningún miembro tiene ese nombre de usuario.`;
};
var ar_decision_error_unknown_member = () => {
	return `لا يوجد عضو باسم المستخدم هذا.`;
};
/**
* | output |
* | --- |
* | "No member has that handle." |
*
* @param {Decision_Error_Unknown_MemberInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_unknown_member = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_unknown_member(inputs);
	if (locale === "ar") return ar_decision_error_unknown_member(inputs);
	return en_decision_error_unknown_member(inputs);
});
// src/lib/paraglide/messages/decision_error_coauthor_not_in_scope.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decision_Error_Coauthor_Not_In_ScopeInputs */
var en_decision_error_coauthor_not_in_scope = () => {
	return `Co-authors must belong to the decision's scope.`;
};
var es_decision_error_coauthor_not_in_scope = () => {
	return `Las personas coautoras deben pertenecer al ámbito de la decisión.`;
};
var ar_decision_error_coauthor_not_in_scope = () => {
	return `يجب أن ينتمي المشاركون في التأليف إلى نطاق القرار.`;
};
/**
* | output |
* | --- |
* | "Co-authors must belong to the decision's scope." |
*
* @param {Decision_Error_Coauthor_Not_In_ScopeInputs} inputs
* @param {{ locale?: "en" | "es" | "ar" }} options
* @returns {LocalizedString}
*/
var decision_error_coauthor_not_in_scope = ((inputs = {}, options = {}) => {
	const locale = options.locale ?? getLocale();
	if (locale === "es") return es_decision_error_coauthor_not_in_scope(inputs);
	if (locale === "ar") return ar_decision_error_coauthor_not_in_scope(inputs);
	return en_decision_error_coauthor_not_in_scope(inputs);
});
// src/lib/paraglide/messages/_index.js
var _index_exports = /* @__PURE__ */ __exportAll({
	account_delete_heading: () => account_delete_heading,
	account_delete_submit: () => account_delete_submit,
	account_delete_text: () => account_delete_text,
	account_email_confirm_submit: () => account_email_confirm_submit,
	account_email_confirm_title: () => account_email_confirm_title,
	account_email_confirmed: () => account_email_confirmed,
	account_email_current: () => account_email_current,
	account_email_heading: () => account_email_heading,
	account_email_sent: () => account_email_sent,
	account_email_submit: () => account_email_submit,
	account_logout_everywhere: () => account_logout_everywhere,
	account_password_changed: () => account_password_changed,
	account_password_heading: () => account_password_heading,
	account_password_submit: () => account_password_submit,
	account_sessions_device: () => account_sessions_device,
	account_sessions_heading: () => account_sessions_heading,
	account_sessions_started: () => account_sessions_started,
	account_sessions_this: () => account_sessions_this,
	account_sessions_unknown: () => account_sessions_unknown,
	amendment_accept: () => amendment_accept,
	amendment_against: () => amendment_against,
	amendment_body_field: () => amendment_body_field,
	amendment_error_authors_only: () => amendment_error_authors_only,
	amendment_error_closed: () => amendment_error_closed,
	amendment_error_conflict: () => amendment_error_conflict,
	amendment_error_no_change: () => amendment_error_no_change,
	amendment_error_not_eligible: () => amendment_error_not_eligible,
	amendment_error_not_found: () => amendment_error_not_found,
	amendment_error_not_voting: () => amendment_error_not_voting,
	amendment_error_own_only: () => amendment_error_own_only,
	amendment_error_reason_long: () => amendment_error_reason_long,
	amendment_error_resolved: () => amendment_error_resolved,
	amendment_heading: () => amendment_heading,
	amendment_lead_closed: () => amendment_lead_closed,
	amendment_lead_open: () => amendment_lead_open,
	amendment_none: () => amendment_none,
	amendment_propose: () => amendment_propose,
	amendment_propose_lead: () => amendment_propose_lead,
	amendment_proposed: () => amendment_proposed,
	amendment_reason: () => amendment_reason,
	amendment_reason_field: () => amendment_reason_field,
	amendment_stats: () => amendment_stats,
	amendment_status_accepted: () => amendment_status_accepted,
	amendment_status_carried: () => amendment_status_carried,
	amendment_status_conflicted: () => amendment_status_conflicted,
	amendment_status_defeated: () => amendment_status_defeated,
	amendment_status_lapsed: () => amendment_status_lapsed,
	amendment_status_open: () => amendment_status_open,
	amendment_status_voting: () => amendment_status_voting,
	amendment_status_withdrawn: () => amendment_status_withdrawn,
	amendment_submit: () => amendment_submit,
	amendment_title: () => amendment_title,
	amendment_to_vote: () => amendment_to_vote,
	amendment_votes: () => amendment_votes,
	amendment_withdraw: () => amendment_withdraw,
	amendment_your_vote: () => amendment_your_vote,
	ballot_abstain: () => ballot_abstain,
	ballot_agree: () => ballot_agree,
	ballot_approve_legend: () => ballot_approve_legend,
	ballot_approved_none: () => ballot_approved_none,
	ballot_block: () => ballot_block,
	ballot_cast: () => ballot_cast,
	ballot_change: () => ballot_change,
	ballot_changed_times: () => ballot_changed_times,
	ballot_choice: () => ballot_choice,
	ballot_disagree: () => ballot_disagree,
	ballot_error_block_reason: () => ballot_error_block_reason,
	ballot_error_choose: () => ballot_error_choose,
	ballot_error_closed: () => ballot_error_closed,
	ballot_error_not_eligible: () => ballot_error_not_eligible,
	ballot_error_not_open: () => ballot_error_not_open,
	ballot_error_rank_none: () => ballot_error_rank_none,
	ballot_error_rank_range: () => ballot_error_rank_range,
	ballot_error_rank_repeat: () => ballot_error_rank_repeat,
	ballot_error_reason_long: () => ballot_error_reason_long,
	ballot_error_score_range: () => ballot_error_score_range,
	ballot_error_unknown_option: () => ballot_error_unknown_option,
	ballot_heading: () => ballot_heading,
	ballot_login_to_vote: () => ballot_login_to_vote,
	ballot_no: () => ballot_no,
	ballot_not_eligible_note: () => ballot_not_eligible_note,
	ballot_open_caption: () => ballot_open_caption,
	ballot_open_list: () => ballot_open_list,
	ballot_rank_hint: () => ballot_rank_hint,
	ballot_rank_legend: () => ballot_rank_legend,
	ballot_rank_none: () => ballot_rank_none,
	ballot_rank_number: () => ballot_rank_number,
	ballot_reason: () => ballot_reason,
	ballot_reason_open: () => ballot_reason_open,
	ballot_reason_secret: () => ballot_reason_secret,
	ballot_receipt_given: () => ballot_receipt_given,
	ballot_receipt_keep: () => ballot_receipt_keep,
	ballot_recorded: () => ballot_recorded,
	ballot_score_blank: () => ballot_score_blank,
	ballot_score_legend: () => ballot_score_legend,
	ballot_weight: () => ballot_weight,
	ballot_yes: () => ballot_yes,
	ballot_you_voted: () => ballot_you_voted,
	ballot_your_receipt: () => ballot_your_receipt,
	ballot_your_vote: () => ballot_your_vote,
	blog_all: () => blog_all,
	blog_by: () => blog_by,
	blog_chapter_news: () => blog_chapter_news,
	blog_empty: () => blog_empty,
	blog_filters: () => blog_filters,
	blog_members: () => blog_members,
	blog_nav: () => blog_nav,
	blog_older: () => blog_older,
	blog_organisation: () => blog_organisation,
	blog_tagged: () => blog_tagged,
	blog_title: () => blog_title,
	blog_your_drafts: () => blog_your_drafts,
	chapter_active: () => chapter_active,
	chapter_active_rule: () => chapter_active_rule,
	chapter_all_people: () => chapter_all_people,
	chapter_breadcrumb_label: () => chapter_breadcrumb_label,
	chapter_decisions: () => chapter_decisions,
	chapter_decisions_empty: () => chapter_decisions_empty,
	chapter_default_description: () => chapter_default_description,
	chapter_facilitators: () => chapter_facilitators,
	chapter_growth: () => chapter_growth,
	chapter_is_home: () => chapter_is_home,
	chapter_is_member: () => chapter_is_member,
	chapter_join_also: () => chapter_join_also,
	chapter_joined: () => chapter_joined,
	chapter_kind_country: () => chapter_kind_country,
	chapter_kind_local: () => chapter_kind_local,
	chapter_kind_organisation: () => chapter_kind_organisation,
	chapter_kind_region: () => chapter_kind_region,
	chapter_leave: () => chapter_leave,
	chapter_left: () => chapter_left,
	chapter_list_empty: () => chapter_list_empty,
	chapter_list_intro: () => chapter_list_intro,
	chapter_list_title: () => chapter_list_title,
	chapter_local_chapters: () => chapter_local_chapters,
	chapter_member_count: () => chapter_member_count,
	chapter_move_here: () => chapter_move_here,
	chapter_moved: () => chapter_moved,
	chapter_nav: () => chapter_nav,
	chapter_news: () => chapter_news,
	chapter_news_empty: () => chapter_news_empty,
	chapter_no_facilitators: () => chapter_no_facilitators,
	chapter_no_people: () => chapter_no_people,
	chapter_not_member: () => chapter_not_member,
	chapter_people: () => chapter_people,
	chapter_privacy_note: () => chapter_privacy_note,
	chapter_projects: () => chapter_projects,
	chapter_projects_empty: () => chapter_projects_empty,
	chapter_stat_active: () => chapter_stat_active,
	chapter_stat_members: () => chapter_stat_members,
	chapter_stat_new: () => chapter_stat_new,
	chapter_stats: () => chapter_stats,
	chapter_your_standing: () => chapter_your_standing,
	check_email_spam: () => check_email_spam,
	check_email_text: () => check_email_text,
	check_email_title: () => check_email_title,
	comment_add: () => comment_add,
	comment_body_label: () => comment_body_label,
	comment_by: () => comment_by,
	comment_cancel: () => comment_cancel,
	comment_cancel_reply: () => comment_cancel_reply,
	comment_collapsed: () => comment_collapsed,
	comment_delete: () => comment_delete,
	comment_deleted: () => comment_deleted,
	comment_edit: () => comment_edit,
	comment_edit_kept: () => comment_edit_kept,
	comment_edit_title: () => comment_edit_title,
	comment_edited: () => comment_edited,
	comment_error_body_long: () => comment_error_body_long,
	comment_error_hourly_limit: () => comment_error_hourly_limit,
	comment_error_locked: () => comment_error_locked,
	comment_error_not_found: () => comment_error_not_found,
	comment_error_parent_gone: () => comment_error_parent_gone,
	comment_error_slow_mode: () => comment_error_slow_mode,
	comment_error_thread_limit: () => comment_error_thread_limit,
	comment_first_page: () => comment_first_page,
	comment_heading: () => comment_heading,
	comment_history_title: () => comment_history_title,
	comment_in_reply_to: () => comment_in_reply_to,
	comment_locked: () => comment_locked,
	comment_login_to_comment: () => comment_login_to_comment,
	comment_none: () => comment_none,
	comment_quote: () => comment_quote,
	comment_reply: () => comment_reply,
	comment_reply_to: () => comment_reply_to,
	comment_show_more: () => comment_show_more,
	comment_slow_mode: () => comment_slow_mode,
	comment_submit: () => comment_submit,
	decision_amendments_link: () => decision_amendments_link,
	decision_by: () => decision_by,
	decision_close_amendments: () => decision_close_amendments,
	decision_close_amendments_vote: () => decision_close_amendments_vote,
	decision_closed_at: () => decision_closed_at,
	decision_coauthor_add: () => decision_coauthor_add,
	decision_coauthor_field: () => decision_coauthor_field,
	decision_coauthor_hint: () => decision_coauthor_hint,
	decision_draft_heading: () => decision_draft_heading,
	decision_draft_lead: () => decision_draft_lead,
	decision_edit: () => decision_edit,
	decision_edit_title: () => decision_edit_title,
	decision_error_body_long: () => decision_error_body_long,
	decision_error_cannot_propose: () => decision_error_cannot_propose,
	decision_error_coauthor_not_in_scope: () => decision_error_coauthor_not_in_scope,
	decision_error_groups_needed: () => decision_error_groups_needed,
	decision_error_not_draft: () => decision_error_not_draft,
	decision_error_not_found: () => decision_error_not_found,
	decision_error_not_in_scope: () => decision_error_not_in_scope,
	decision_error_note_long: () => decision_error_note_long,
	decision_error_option_long: () => decision_error_option_long,
	decision_error_options_few: () => decision_error_options_few,
	decision_error_options_long: () => decision_error_options_long,
	decision_error_options_many: () => decision_error_options_many,
	decision_error_out_of_range: () => decision_error_out_of_range,
	decision_error_runoff_needs_choice: () => decision_error_runoff_needs_choice,
	decision_error_summary_long: () => decision_error_summary_long,
	decision_error_title_long: () => decision_error_title_long,
	decision_error_too_many_groups: () => decision_error_too_many_groups,
	decision_error_unknown_member: () => decision_error_unknown_member,
	decision_error_unknown_scope: () => decision_error_unknown_scope,
	decision_field_affected: () => decision_field_affected,
	decision_field_affected_hint: () => decision_field_affected_hint,
	decision_field_amendment_days: () => decision_field_amendment_days,
	decision_field_ballot_type: () => decision_field_ballot_type,
	decision_field_body: () => decision_field_body,
	decision_field_body_hint: () => decision_field_body_hint,
	decision_field_discussion_days: () => decision_field_discussion_days,
	decision_field_group_factor: () => decision_field_group_factor,
	decision_field_hide_results: () => decision_field_hide_results,
	decision_field_language: () => decision_field_language,
	decision_field_max_blocks: () => decision_field_max_blocks,
	decision_field_max_blocks_hint: () => decision_field_max_blocks_hint,
	decision_field_method: () => decision_field_method,
	decision_field_method_hint: () => decision_field_method_hint,
	decision_field_note: () => decision_field_note,
	decision_field_note_hint: () => decision_field_note_hint,
	decision_field_options: () => decision_field_options,
	decision_field_options_hint: () => decision_field_options_hint,
	decision_field_quorum: () => decision_field_quorum,
	decision_field_quorum_hint: () => decision_field_quorum_hint,
	decision_field_report_days: () => decision_field_report_days,
	decision_field_revisit_percent: () => decision_field_revisit_percent,
	decision_field_revisit_percent_hint: () => decision_field_revisit_percent_hint,
	decision_field_scope: () => decision_field_scope,
	decision_field_scope_hint: () => decision_field_scope_hint,
	decision_field_secret: () => decision_field_secret,
	decision_field_secret_hint: () => decision_field_secret_hint,
	decision_field_stake_levels: () => decision_field_stake_levels,
	decision_field_summary: () => decision_field_summary,
	decision_field_summary_hint: () => decision_field_summary_hint,
	decision_field_template: () => decision_field_template,
	decision_field_template_hint: () => decision_field_template_hint,
	decision_field_threshold: () => decision_field_threshold,
	decision_field_title: () => decision_field_title,
	decision_field_voting_days: () => decision_field_voting_days,
	decision_field_weighting: () => decision_field_weighting,
	decision_figures_answer: () => decision_figures_answer,
	decision_figures_ballots: () => decision_figures_ballots,
	decision_figures_caption: () => decision_figures_caption,
	decision_figures_raw: () => decision_figures_raw,
	decision_figures_weighted: () => decision_figures_weighted,
	decision_figures_winner: () => decision_figures_winner,
	decision_filter_any: () => decision_filter_any,
	decision_filter_apply: () => decision_filter_apply,
	decision_filter_label: () => decision_filter_label,
	decision_filter_outcome: () => decision_filter_outcome,
	decision_filter_phase: () => decision_filter_phase,
	decision_filter_search: () => decision_filter_search,
	decision_followed_by_runoff: () => decision_followed_by_runoff,
	decision_follows_positions: () => decision_follows_positions,
	decision_form_ballot: () => decision_form_ballot,
	decision_form_influence: () => decision_form_influence,
	decision_form_scope: () => decision_form_scope,
	decision_form_secrecy: () => decision_form_secrecy,
	decision_form_text: () => decision_form_text,
	decision_form_timetable: () => decision_form_timetable,
	decision_group_rule: () => decision_group_rule,
	decision_is_revisit: () => decision_is_revisit,
	decision_method_approval: () => decision_method_approval,
	decision_method_borda: () => decision_method_borda,
	decision_method_consent: () => decision_method_consent,
	decision_method_irv: () => decision_method_irv,
	decision_method_ranked_pairs: () => decision_method_ranked_pairs,
	decision_method_schulze: () => decision_method_schulze,
	decision_method_score: () => decision_method_score,
	decision_method_threshold: () => decision_method_threshold,
	decision_new_lead: () => decision_new_lead,
	decision_new_title: () => decision_new_title,
	decision_open_ballot: () => decision_open_ballot,
	decision_outcome_blocked: () => decision_outcome_blocked,
	decision_outcome_chosen: () => decision_outcome_chosen,
	decision_outcome_fails: () => decision_outcome_fails,
	decision_outcome_field: () => decision_outcome_field,
	decision_outcome_heading: () => decision_outcome_heading,
	decision_outcome_no_quorum: () => decision_outcome_no_quorum,
	decision_outcome_none: () => decision_outcome_none,
	decision_outcome_passes: () => decision_outcome_passes,
	decision_outcome_save: () => decision_outcome_save,
	decision_phase_amendments: () => decision_phase_amendments,
	decision_phase_closed: () => decision_phase_closed,
	decision_phase_discussion: () => decision_phase_discussion,
	decision_phase_draft: () => decision_phase_draft,
	decision_phase_voting: () => decision_phase_voting,
	decision_propose: () => decision_propose,
	decision_quorum_missing: () => decision_quorum_missing,
	decision_quorum_none: () => decision_quorum_none,
	decision_quorum_reached: () => decision_quorum_reached,
	decision_quorum_value: () => decision_quorum_value,
	decision_register_empty: () => decision_register_empty,
	decision_register_lead: () => decision_register_lead,
	decision_register_more: () => decision_register_more,
	decision_register_title: () => decision_register_title,
	decision_reminders_lead: () => decision_reminders_lead,
	decision_reminders_link: () => decision_reminders_link,
	decision_reminders_none: () => decision_reminders_none,
	decision_reminders_title: () => decision_reminders_title,
	decision_reopened_as: () => decision_reopened_as,
	decision_reports_count: () => decision_reports_count,
	decision_results_heading: () => decision_results_heading,
	decision_results_hidden: () => decision_results_hidden,
	decision_results_hidden_until: () => decision_results_hidden_until,
	decision_results_live: () => decision_results_live,
	decision_revise: () => decision_revise,
	decision_revise_lead: () => decision_revise_lead,
	decision_revise_save: () => decision_revise_save,
	decision_revisits: () => decision_revisits,
	decision_rules_heading: () => decision_rules_heading,
	decision_runoff_compromise: () => decision_runoff_compromise,
	decision_save_draft: () => decision_save_draft,
	decision_scope_is: () => decision_scope_is,
	decision_scope_suggested: () => decision_scope_suggested,
	decision_secret_ballot: () => decision_secret_ballot,
	decision_stage_positions: () => decision_stage_positions,
	decision_stage_runoff: () => decision_stage_runoff,
	decision_stake_rule: () => decision_stake_rule,
	decision_submit: () => decision_submit,
	decision_suggest_scope: () => decision_suggest_scope,
	decision_template_runoff: () => decision_template_runoff,
	decision_template_standard: () => decision_template_standard,
	decision_text_heading: () => decision_text_heading,
	decision_threshold_majority: () => decision_threshold_majority,
	decision_threshold_three_quarters: () => decision_threshold_three_quarters,
	decision_threshold_two_thirds: () => decision_threshold_two_thirds,
	decision_threshold_value: () => decision_threshold_value,
	decision_timeline: () => decision_timeline,
	decision_turnout: () => decision_turnout,
	decision_type_choice: () => decision_type_choice,
	decision_type_choice_hint: () => decision_type_choice_hint,
	decision_type_consent: () => decision_type_consent,
	decision_type_consent_hint: () => decision_type_consent_hint,
	decision_type_motion: () => decision_type_motion,
	decision_type_motion_hint: () => decision_type_motion_hint,
	decision_until: () => decision_until,
	decision_version_from_amendment: () => decision_version_from_amendment,
	decision_version_n: () => decision_version_n,
	decision_versions_compare: () => decision_versions_compare,
	decision_versions_diff: () => decision_versions_diff,
	decision_versions_from: () => decision_versions_from,
	decision_versions_link: () => decision_versions_link,
	decision_versions_list: () => decision_versions_list,
	decision_versions_title: () => decision_versions_title,
	decision_versions_to: () => decision_versions_to,
	decision_voting_until: () => decision_voting_until,
	decision_weighting_equal: () => decision_weighting_equal,
	decision_weighting_equal_hint: () => decision_weighting_equal_hint,
	decision_weighting_group: () => decision_weighting_group,
	decision_weighting_group_hint: () => decision_weighting_group_hint,
	decision_weighting_stake: () => decision_weighting_stake,
	decision_weighting_stake_hint: () => decision_weighting_stake_hint,
	decision_your_drafts: () => decision_your_drafts,
	decisions_nav: () => decisions_nav,
	dev_mail_empty: () => dev_mail_empty,
	dev_mail_text: () => dev_mail_text,
	dev_mail_title: () => dev_mail_title,
	diff_added: () => diff_added,
	diff_removed: () => diff_removed,
	directory_any: () => directory_any,
	directory_clear: () => directory_clear,
	directory_country: () => directory_country,
	directory_first_page: () => directory_first_page,
	directory_in_chapter: () => directory_in_chapter,
	directory_intro: () => directory_intro,
	directory_language: () => directory_language,
	directory_nav: () => directory_nav,
	directory_next_page: () => directory_next_page,
	directory_none: () => directory_none,
	directory_pages: () => directory_pages,
	directory_privacy_note: () => directory_privacy_note,
	directory_query: () => directory_query,
	directory_query_hint: () => directory_query_hint,
	directory_results: () => directory_results,
	directory_search: () => directory_search,
	directory_search_label: () => directory_search_label,
	directory_title: () => directory_title,
	error_back_home: () => error_back_home,
	error_chapter_already_home: () => error_chapter_already_home,
	error_chapter_already_member: () => error_chapter_already_member,
	error_chapter_cannot_join: () => error_chapter_cannot_join,
	error_chapter_leave_home: () => error_chapter_leave_home,
	error_chapter_not_found: () => error_chapter_not_found,
	error_chapter_not_member: () => error_chapter_not_member,
	error_chapter_too_many: () => error_chapter_too_many,
	error_confirm_handle: () => error_confirm_handle,
	error_country_unknown: () => error_country_unknown,
	error_directory_page_size: () => error_directory_page_size,
	error_directory_query_too_long: () => error_directory_query_too_long,
	error_email_invalid: () => error_email_invalid,
	error_email_taken: () => error_email_taken,
	error_email_unverified: () => error_email_unverified,
	error_forbidden: () => error_forbidden,
	error_form: () => error_form,
	error_handle_format: () => error_handle_format,
	error_handle_short: () => error_handle_short,
	error_handle_taken: () => error_handle_taken,
	error_invalid_value: () => error_invalid_value,
	error_language_unknown: () => error_language_unknown,
	error_link_expired: () => error_link_expired,
	error_link_invalid: () => error_link_invalid,
	error_link_used: () => error_link_used,
	error_login_failed: () => error_login_failed,
	error_login_required: () => error_login_required,
	error_member_not_found: () => error_member_not_found,
	error_member_not_lapsed: () => error_member_not_lapsed,
	error_page_not_found: () => error_page_not_found,
	error_password_short: () => error_password_short,
	error_password_weak: () => error_password_weak,
	error_password_wrong: () => error_password_wrong,
	error_reference: () => error_reference,
	error_required: () => error_required,
	error_time_zone_unknown: () => error_time_zone_unknown,
	error_title: () => error_title,
	error_too_long: () => error_too_long,
	error_too_many_attempts: () => error_too_many_attempts,
	error_too_many_languages: () => error_too_many_languages,
	error_unexpected: () => error_unexpected,
	feed_chapter: () => feed_chapter,
	feed_forum: () => feed_forum,
	feed_link: () => feed_link,
	feed_member: () => feed_member,
	feed_organisation_title: () => feed_organisation_title,
	field_bio: () => field_bio,
	field_bio_hint: () => field_bio_hint,
	field_city: () => field_city,
	field_confirm_handle: () => field_confirm_handle,
	field_country: () => field_country,
	field_country_placeholder: () => field_country_placeholder,
	field_current_password: () => field_current_password,
	field_display_name: () => field_display_name,
	field_email: () => field_email,
	field_handle: () => field_handle,
	field_handle_hint: () => field_handle_hint,
	field_language: () => field_language,
	field_languages: () => field_languages,
	field_languages_hint: () => field_languages_hint,
	field_new_email: () => field_new_email,
	field_new_password: () => field_new_password,
	field_optional: () => field_optional,
	field_password: () => field_password,
	field_password_hint: () => field_password_hint,
	field_time_zone: () => field_time_zone,
	field_time_zone_hint: () => field_time_zone_hint,
	flag_error_already: () => flag_error_already,
	flag_error_own: () => flag_error_own,
	flag_error_reason: () => flag_error_reason,
	flag_intro: () => flag_intro,
	flag_link: () => flag_link,
	flag_note_label: () => flag_note_label,
	flag_reason_abuse: () => flag_reason_abuse,
	flag_reason_harassment: () => flag_reason_harassment,
	flag_reason_label: () => flag_reason_label,
	flag_reason_off_topic: () => flag_reason_off_topic,
	flag_reason_other: () => flag_reason_other,
	flag_reason_private_data: () => flag_reason_private_data,
	flag_reason_spam: () => flag_reason_spam,
	flag_submit: () => flag_submit,
	flag_thanks: () => flag_thanks,
	flag_title: () => flag_title,
	footer_dev_mail: () => footer_dev_mail,
	footer_text: () => footer_text,
	forum_chapters: () => forum_chapters,
	forum_empty: () => forum_empty,
	forum_error_chapter_only: () => forum_error_chapter_only,
	forum_error_not_found: () => forum_error_not_found,
	forum_intro: () => forum_intro,
	forum_last_activity: () => forum_last_activity,
	forum_lock: () => forum_lock,
	forum_locked: () => forum_locked,
	forum_nav: () => forum_nav,
	forum_new_thread: () => forum_new_thread,
	forum_older: () => forum_older,
	forum_organisation: () => forum_organisation,
	forum_pin: () => forum_pin,
	forum_pinned: () => forum_pinned,
	forum_replies: () => forum_replies,
	forum_slow_mode_end: () => forum_slow_mode_end,
	forum_slow_mode_on: () => forum_slow_mode_on,
	forum_slow_mode_start: () => forum_slow_mode_start,
	forum_start_thread: () => forum_start_thread,
	forum_thread: () => forum_thread,
	forum_thread_count: () => forum_thread_count,
	forum_threads: () => forum_threads,
	forum_title: () => forum_title,
	forum_unlock: () => forum_unlock,
	forum_unpin: () => forum_unpin,
	glance_active_chapters: () => glance_active_chapters,
	glance_active_members: () => glance_active_members,
	glance_continents: () => glance_continents,
	glance_countries: () => glance_countries,
	glance_country: () => glance_country,
	glance_demographics: () => glance_demographics,
	glance_demographics_note: () => glance_demographics_note,
	glance_growth: () => glance_growth,
	glance_intro: () => glance_intro,
	glance_joined: () => glance_joined,
	glance_map_desc: () => glance_map_desc,
	glance_map_heading: () => glance_map_heading,
	glance_map_legend: () => glance_map_legend,
	glance_map_privacy: () => glance_map_privacy,
	glance_map_title: () => glance_map_title,
	glance_members: () => glance_members,
	glance_nav: () => glance_nav,
	glance_ready_all: () => glance_ready_all,
	glance_ready_chapters: () => glance_ready_chapters,
	glance_ready_continents: () => glance_ready_continents,
	glance_ready_countries: () => glance_ready_countries,
	glance_ready_heading: () => glance_ready_heading,
	glance_ready_intro: () => glance_ready_intro,
	glance_ready_met: () => glance_ready_met,
	glance_ready_not_met: () => glance_ready_not_met,
	glance_ready_not_yet: () => glance_ready_not_yet,
	glance_ready_progress: () => glance_ready_progress,
	glance_some_hidden: () => glance_some_hidden,
	glance_table_caption: () => glance_table_caption,
	glance_title: () => glance_title,
	glance_too_few: () => glance_too_few,
	glance_total: () => glance_total,
	glance_year: () => glance_year,
	join_account_legend: () => join_account_legend,
	join_have_account: () => join_have_account,
	join_intro: () => join_intro,
	join_profile_legend: () => join_profile_legend,
	join_submit: () => join_submit,
	join_title: () => join_title,
	landing_figure_countries: () => landing_figure_countries,
	landing_figure_members: () => landing_figure_members,
	landing_figures_label: () => landing_figures_label,
	landing_how_1: () => landing_how_1,
	landing_how_2: () => landing_how_2,
	landing_how_3: () => landing_how_3,
	landing_how_4: () => landing_how_4,
	landing_how_heading: () => landing_how_heading,
	landing_join: () => landing_join,
	landing_values_heading: () => landing_values_heading,
	landing_welcome_back: () => landing_welcome_back,
	landing_your_profile: () => landing_your_profile,
	language_change: () => language_change,
	language_label: () => language_label,
	login_after_reset: () => login_after_reset,
	login_forgot: () => login_forgot,
	login_no_account: () => login_no_account,
	login_submit: () => login_submit,
	login_title: () => login_title,
	login_verified: () => login_verified,
	mail_email_change_body: () => mail_email_change_body,
	mail_email_change_subject: () => mail_email_change_subject,
	mail_reset_body: () => mail_reset_body,
	mail_reset_subject: () => mail_reset_subject,
	mail_verify_body: () => mail_verify_body,
	mail_verify_subject: () => mail_verify_subject,
	minority_body_field: () => minority_body_field,
	minority_error_not_closed: () => minority_error_not_closed,
	minority_error_not_found: () => minority_error_not_found,
	minority_error_not_losing_side: () => minority_error_not_losing_side,
	minority_error_signed: () => minority_error_signed,
	minority_error_window_closed: () => minority_error_window_closed,
	minority_file: () => minority_file,
	minority_heading: () => minority_heading,
	minority_lead: () => minority_lead,
	minority_none: () => minority_none,
	minority_sign: () => minority_sign,
	minority_signed_by: () => minority_signed_by,
	minority_submit: () => minority_submit,
	nav_home: () => nav_home,
	nav_join: () => nav_join,
	nav_login: () => nav_login,
	nav_logout: () => nav_logout,
	nav_main_label: () => nav_main_label,
	nav_profile: () => nav_profile,
	nav_settings: () => nav_settings,
	onboarding_all_chapters: () => onboarding_all_chapters,
	onboarding_chapter_text: () => onboarding_chapter_text,
	onboarding_chapter_title: () => onboarding_chapter_title,
	onboarding_decisions_empty: () => onboarding_decisions_empty,
	onboarding_decisions_title: () => onboarding_decisions_title,
	onboarding_directory: () => onboarding_directory,
	onboarding_edit_profile: () => onboarding_edit_profile,
	onboarding_intro: () => onboarding_intro,
	onboarding_intro_text: () => onboarding_intro_text,
	onboarding_intro_title: () => onboarding_intro_title,
	onboarding_lapsed_text: () => onboarding_lapsed_text,
	onboarding_lapsed_title: () => onboarding_lapsed_title,
	onboarding_nav: () => onboarding_nav,
	onboarding_near_none: () => onboarding_near_none,
	onboarding_near_title: () => onboarding_near_title,
	onboarding_no_chapter: () => onboarding_no_chapter,
	onboarding_other_chapters: () => onboarding_other_chapters,
	onboarding_privacy: () => onboarding_privacy,
	onboarding_projects_empty: () => onboarding_projects_empty,
	onboarding_projects_title: () => onboarding_projects_title,
	onboarding_reactivate: () => onboarding_reactivate,
	onboarding_reactivated: () => onboarding_reactivated,
	onboarding_see_profile: () => onboarding_see_profile,
	onboarding_title: () => onboarding_title,
	org_default_mission: () => org_default_mission,
	org_default_name: () => org_default_name,
	org_default_tagline: () => org_default_tagline,
	petition_by: () => petition_by,
	petition_error_exists: () => petition_error_exists,
	petition_error_not_eligible: () => petition_error_not_eligible,
	petition_error_not_found: () => petition_error_not_found,
	petition_error_reason_long: () => petition_error_reason_long,
	petition_error_reopened: () => petition_error_reopened,
	petition_error_signed: () => petition_error_signed,
	petition_heading: () => petition_heading,
	petition_lead: () => petition_lead,
	petition_progress: () => petition_progress,
	petition_reason_field: () => petition_reason_field,
	petition_reopened: () => petition_reopened,
	petition_sign: () => petition_sign,
	petition_start: () => petition_start,
	petition_submit: () => petition_submit,
	petition_you_signed: () => petition_you_signed,
	post_back: () => post_back,
	post_body_label: () => post_body_label,
	post_chapter_hint: () => post_chapter_hint,
	post_chapter_label: () => post_chapter_label,
	post_chapter_none: () => post_chapter_none,
	post_draft_badge: () => post_draft_badge,
	post_edit: () => post_edit,
	post_edit_title: () => post_edit_title,
	post_error_body_long: () => post_error_body_long,
	post_error_chapter_needed: () => post_error_chapter_needed,
	post_error_daily_limit: () => post_error_daily_limit,
	post_error_not_found: () => post_error_not_found,
	post_error_not_in_chapter: () => post_error_not_in_chapter,
	post_error_tag_long: () => post_error_tag_long,
	post_error_title_long: () => post_error_title_long,
	post_history_title: () => post_history_title,
	post_in_chapter: () => post_in_chapter,
	post_kind_blog: () => post_kind_blog,
	post_kind_chapter: () => post_kind_chapter,
	post_kind_label: () => post_kind_label,
	post_kind_organisation: () => post_kind_organisation,
	post_language_label: () => post_language_label,
	post_markdown_hint: () => post_markdown_hint,
	post_new_title: () => post_new_title,
	post_publish: () => post_publish,
	post_save: () => post_save,
	post_save_draft: () => post_save_draft,
	post_tags: () => post_tags,
	post_tags_hint: () => post_tags_hint,
	post_tags_label: () => post_tags_label,
	post_title_label: () => post_title_label,
	post_version_heading: () => post_version_heading,
	post_versions: () => post_versions,
	post_visibility_chapter: () => post_visibility_chapter,
	post_visibility_label: () => post_visibility_label,
	post_visibility_members: () => post_visibility_members,
	post_visibility_public: () => post_visibility_public,
	privacy_age_band: () => privacy_age_band,
	privacy_demographics: () => privacy_demographics,
	privacy_demographics_hint: () => privacy_demographics_hint,
	privacy_gender: () => privacy_gender,
	privacy_gender_f: () => privacy_gender_f,
	privacy_gender_m: () => privacy_gender_m,
	privacy_gender_x: () => privacy_gender_x,
	privacy_in_directory: () => privacy_in_directory,
	privacy_not_saying: () => privacy_not_saying,
	privacy_on_map: () => privacy_on_map,
	privacy_saved: () => privacy_saved,
	privacy_show_full_name: () => privacy_show_full_name,
	privacy_title: () => privacy_title,
	privacy_visibility: () => privacy_visibility,
	profile_about: () => profile_about,
	profile_edit: () => profile_edit,
	profile_languages: () => profile_languages,
	profile_location: () => profile_location,
	profile_member_since: () => profile_member_since,
	profile_no_bio: () => profile_no_bio,
	publication_blt: () => publication_blt,
	publication_error_no_blt: () => publication_error_no_blt,
	publication_error_not_closed: () => publication_error_not_closed,
	publication_json: () => publication_json,
	receipt_counted: () => receipt_counted,
	receipt_error_not_found: () => receipt_error_not_found,
	receipt_field: () => receipt_field,
	receipt_find: () => receipt_find,
	receipt_find_link: () => receipt_find_link,
	receipt_lead: () => receipt_lead,
	receipt_superseded: () => receipt_superseded,
	receipt_title: () => receipt_title,
	resend_link: () => resend_link,
	resend_sent: () => resend_sent,
	resend_submit: () => resend_submit,
	resend_text: () => resend_text,
	resend_title: () => resend_title,
	reset_new_submit: () => reset_new_submit,
	reset_new_title: () => reset_new_title,
	reset_sent: () => reset_sent,
	reset_submit: () => reset_submit,
	reset_text: () => reset_text,
	reset_title: () => reset_title,
	search_kind_comment: () => search_kind_comment,
	search_kind_post: () => search_kind_post,
	search_kind_thread: () => search_kind_thread,
	search_label: () => search_label,
	search_nav: () => search_nav,
	search_none: () => search_none,
	search_results_for: () => search_results_for,
	search_submit: () => search_submit,
	search_title: () => search_title,
	settings_account: () => settings_account,
	settings_nav_label: () => settings_nav_label,
	settings_preferences: () => settings_preferences,
	settings_profile: () => settings_profile,
	settings_save: () => settings_save,
	settings_saved: () => settings_saved,
	settings_view_profile: () => settings_view_profile,
	skip_to_content: () => skip_to_content,
	stake_declare: () => stake_declare,
	stake_error_not_eligible: () => stake_error_not_eligible,
	stake_error_not_used: () => stake_error_not_used,
	stake_error_out_of_scale: () => stake_error_out_of_scale,
	stake_error_reason_long: () => stake_error_reason_long,
	stake_heading: () => stake_heading,
	stake_lead: () => stake_lead,
	stake_level: () => stake_level,
	stake_level_field: () => stake_level_field,
	stake_member: () => stake_member,
	stake_none: () => stake_none,
	stake_reason: () => stake_reason,
	stake_reason_field: () => stake_reason_field,
	stake_reason_hint: () => stake_reason_hint,
	tier_friend: () => tier_friend,
	tier_interim: () => tier_interim,
	tier_label: () => tier_label,
	tier_lapse_warning_body: () => tier_lapse_warning_body,
	tier_lapse_warning_subject: () => tier_lapse_warning_subject,
	tier_lapsed_body: () => tier_lapsed_body,
	tier_lapsed_subject: () => tier_lapsed_subject,
	tier_member: () => tier_member,
	upload_alt_hint: () => upload_alt_hint,
	upload_alt_label: () => upload_alt_label,
	upload_error_empty: () => upload_error_empty,
	upload_error_not_found: () => upload_error_not_found,
	upload_error_not_image: () => upload_error_not_image,
	upload_error_too_large: () => upload_error_too_large,
	upload_image_label: () => upload_image_label,
	upload_image_submit: () => upload_image_submit,
	upload_nav: () => upload_nav,
	upload_photo_current: () => upload_photo_current,
	upload_photo_heading: () => upload_photo_heading,
	upload_photo_label: () => upload_photo_label,
	upload_photo_saved: () => upload_photo_saved,
	upload_photo_submit: () => upload_photo_submit,
	upload_post_heading: () => upload_post_heading,
	upload_post_saved: () => upload_post_saved,
	upload_privacy: () => upload_privacy,
	upload_title: () => upload_title,
	value_diversity_text: () => value_diversity_text,
	value_diversity_title: () => value_diversity_title,
	value_ecology_text: () => value_ecology_text,
	value_ecology_title: () => value_ecology_title,
	value_equity_text: () => value_equity_text,
	value_equity_title: () => value_equity_title,
	value_internationalism_text: () => value_internationalism_text,
	value_internationalism_title: () => value_internationalism_title,
	value_self_management_text: () => value_self_management_text,
	value_self_management_title: () => value_self_management_title,
	value_solidarity_text: () => value_solidarity_text,
	value_solidarity_title: () => value_solidarity_title,
	verify_submit: () => verify_submit,
	verify_text: () => verify_text,
	verify_title: () => verify_title
});
// src/lib/server/i18n.ts
var catalogue = /* @__PURE__ */ __exportAll({
	account_delete_heading: () => account_delete_heading,
	account_delete_submit: () => account_delete_submit,
	account_delete_text: () => account_delete_text,
	account_email_confirm_submit: () => account_email_confirm_submit,
	account_email_confirm_title: () => account_email_confirm_title,
	account_email_confirmed: () => account_email_confirmed,
	account_email_current: () => account_email_current,
	account_email_heading: () => account_email_heading,
	account_email_sent: () => account_email_sent,
	account_email_submit: () => account_email_submit,
	account_logout_everywhere: () => account_logout_everywhere,
	account_password_changed: () => account_password_changed,
	account_password_heading: () => account_password_heading,
	account_password_submit: () => account_password_submit,
	account_sessions_device: () => account_sessions_device,
	account_sessions_heading: () => account_sessions_heading,
	account_sessions_started: () => account_sessions_started,
	account_sessions_this: () => account_sessions_this,
	account_sessions_unknown: () => account_sessions_unknown,
	amendment_accept: () => amendment_accept,
	amendment_against: () => amendment_against,
	amendment_body_field: () => amendment_body_field,
	amendment_error_authors_only: () => amendment_error_authors_only,
	amendment_error_closed: () => amendment_error_closed,
	amendment_error_conflict: () => amendment_error_conflict,
	amendment_error_no_change: () => amendment_error_no_change,
	amendment_error_not_eligible: () => amendment_error_not_eligible,
	amendment_error_not_found: () => amendment_error_not_found,
	amendment_error_not_voting: () => amendment_error_not_voting,
	amendment_error_own_only: () => amendment_error_own_only,
	amendment_error_reason_long: () => amendment_error_reason_long,
	amendment_error_resolved: () => amendment_error_resolved,
	amendment_heading: () => amendment_heading,
	amendment_lead_closed: () => amendment_lead_closed,
	amendment_lead_open: () => amendment_lead_open,
	amendment_none: () => amendment_none,
	amendment_propose: () => amendment_propose,
	amendment_propose_lead: () => amendment_propose_lead,
	amendment_proposed: () => amendment_proposed,
	amendment_reason: () => amendment_reason,
	amendment_reason_field: () => amendment_reason_field,
	amendment_stats: () => amendment_stats,
	amendment_status_accepted: () => amendment_status_accepted,
	amendment_status_carried: () => amendment_status_carried,
	amendment_status_conflicted: () => amendment_status_conflicted,
	amendment_status_defeated: () => amendment_status_defeated,
	amendment_status_lapsed: () => amendment_status_lapsed,
	amendment_status_open: () => amendment_status_open,
	amendment_status_voting: () => amendment_status_voting,
	amendment_status_withdrawn: () => amendment_status_withdrawn,
	amendment_submit: () => amendment_submit,
	amendment_title: () => amendment_title,
	amendment_to_vote: () => amendment_to_vote,
	amendment_votes: () => amendment_votes,
	amendment_withdraw: () => amendment_withdraw,
	amendment_your_vote: () => amendment_your_vote,
	ballot_abstain: () => ballot_abstain,
	ballot_agree: () => ballot_agree,
	ballot_approve_legend: () => ballot_approve_legend,
	ballot_approved_none: () => ballot_approved_none,
	ballot_block: () => ballot_block,
	ballot_cast: () => ballot_cast,
	ballot_change: () => ballot_change,
	ballot_changed_times: () => ballot_changed_times,
	ballot_choice: () => ballot_choice,
	ballot_disagree: () => ballot_disagree,
	ballot_error_block_reason: () => ballot_error_block_reason,
	ballot_error_choose: () => ballot_error_choose,
	ballot_error_closed: () => ballot_error_closed,
	ballot_error_not_eligible: () => ballot_error_not_eligible,
	ballot_error_not_open: () => ballot_error_not_open,
	ballot_error_rank_none: () => ballot_error_rank_none,
	ballot_error_rank_range: () => ballot_error_rank_range,
	ballot_error_rank_repeat: () => ballot_error_rank_repeat,
	ballot_error_reason_long: () => ballot_error_reason_long,
	ballot_error_score_range: () => ballot_error_score_range,
	ballot_error_unknown_option: () => ballot_error_unknown_option,
	ballot_heading: () => ballot_heading,
	ballot_login_to_vote: () => ballot_login_to_vote,
	ballot_no: () => ballot_no,
	ballot_not_eligible_note: () => ballot_not_eligible_note,
	ballot_open_caption: () => ballot_open_caption,
	ballot_open_list: () => ballot_open_list,
	ballot_rank_hint: () => ballot_rank_hint,
	ballot_rank_legend: () => ballot_rank_legend,
	ballot_rank_none: () => ballot_rank_none,
	ballot_rank_number: () => ballot_rank_number,
	ballot_reason: () => ballot_reason,
	ballot_reason_open: () => ballot_reason_open,
	ballot_reason_secret: () => ballot_reason_secret,
	ballot_receipt_given: () => ballot_receipt_given,
	ballot_receipt_keep: () => ballot_receipt_keep,
	ballot_recorded: () => ballot_recorded,
	ballot_score_blank: () => ballot_score_blank,
	ballot_score_legend: () => ballot_score_legend,
	ballot_weight: () => ballot_weight,
	ballot_yes: () => ballot_yes,
	ballot_you_voted: () => ballot_you_voted,
	ballot_your_receipt: () => ballot_your_receipt,
	ballot_your_vote: () => ballot_your_vote,
	blog_all: () => blog_all,
	blog_by: () => blog_by,
	blog_chapter_news: () => blog_chapter_news,
	blog_empty: () => blog_empty,
	blog_filters: () => blog_filters,
	blog_members: () => blog_members,
	blog_nav: () => blog_nav,
	blog_older: () => blog_older,
	blog_organisation: () => blog_organisation,
	blog_tagged: () => blog_tagged,
	blog_title: () => blog_title,
	blog_your_drafts: () => blog_your_drafts,
	chapter_active: () => chapter_active,
	chapter_active_rule: () => chapter_active_rule,
	chapter_all_people: () => chapter_all_people,
	chapter_breadcrumb_label: () => chapter_breadcrumb_label,
	chapter_decisions: () => chapter_decisions,
	chapter_decisions_empty: () => chapter_decisions_empty,
	chapter_default_description: () => chapter_default_description,
	chapter_facilitators: () => chapter_facilitators,
	chapter_growth: () => chapter_growth,
	chapter_is_home: () => chapter_is_home,
	chapter_is_member: () => chapter_is_member,
	chapter_join_also: () => chapter_join_also,
	chapter_joined: () => chapter_joined,
	chapter_kind_country: () => chapter_kind_country,
	chapter_kind_local: () => chapter_kind_local,
	chapter_kind_organisation: () => chapter_kind_organisation,
	chapter_kind_region: () => chapter_kind_region,
	chapter_leave: () => chapter_leave,
	chapter_left: () => chapter_left,
	chapter_list_empty: () => chapter_list_empty,
	chapter_list_intro: () => chapter_list_intro,
	chapter_list_title: () => chapter_list_title,
	chapter_local_chapters: () => chapter_local_chapters,
	chapter_member_count: () => chapter_member_count,
	chapter_move_here: () => chapter_move_here,
	chapter_moved: () => chapter_moved,
	chapter_nav: () => chapter_nav,
	chapter_news: () => chapter_news,
	chapter_news_empty: () => chapter_news_empty,
	chapter_no_facilitators: () => chapter_no_facilitators,
	chapter_no_people: () => chapter_no_people,
	chapter_not_member: () => chapter_not_member,
	chapter_people: () => chapter_people,
	chapter_privacy_note: () => chapter_privacy_note,
	chapter_projects: () => chapter_projects,
	chapter_projects_empty: () => chapter_projects_empty,
	chapter_stat_active: () => chapter_stat_active,
	chapter_stat_members: () => chapter_stat_members,
	chapter_stat_new: () => chapter_stat_new,
	chapter_stats: () => chapter_stats,
	chapter_your_standing: () => chapter_your_standing,
	check_email_spam: () => check_email_spam,
	check_email_text: () => check_email_text,
	check_email_title: () => check_email_title,
	comment_add: () => comment_add,
	comment_body_label: () => comment_body_label,
	comment_by: () => comment_by,
	comment_cancel: () => comment_cancel,
	comment_cancel_reply: () => comment_cancel_reply,
	comment_collapsed: () => comment_collapsed,
	comment_delete: () => comment_delete,
	comment_deleted: () => comment_deleted,
	comment_edit: () => comment_edit,
	comment_edit_kept: () => comment_edit_kept,
	comment_edit_title: () => comment_edit_title,
	comment_edited: () => comment_edited,
	comment_error_body_long: () => comment_error_body_long,
	comment_error_hourly_limit: () => comment_error_hourly_limit,
	comment_error_locked: () => comment_error_locked,
	comment_error_not_found: () => comment_error_not_found,
	comment_error_parent_gone: () => comment_error_parent_gone,
	comment_error_slow_mode: () => comment_error_slow_mode,
	comment_error_thread_limit: () => comment_error_thread_limit,
	comment_first_page: () => comment_first_page,
	comment_heading: () => comment_heading,
	comment_history_title: () => comment_history_title,
	comment_in_reply_to: () => comment_in_reply_to,
	comment_locked: () => comment_locked,
	comment_login_to_comment: () => comment_login_to_comment,
	comment_none: () => comment_none,
	comment_quote: () => comment_quote,
	comment_reply: () => comment_reply,
	comment_reply_to: () => comment_reply_to,
	comment_show_more: () => comment_show_more,
	comment_slow_mode: () => comment_slow_mode,
	comment_submit: () => comment_submit,
	decision_amendments_link: () => decision_amendments_link,
	decision_by: () => decision_by,
	decision_close_amendments: () => decision_close_amendments,
	decision_close_amendments_vote: () => decision_close_amendments_vote,
	decision_closed_at: () => decision_closed_at,
	decision_coauthor_add: () => decision_coauthor_add,
	decision_coauthor_field: () => decision_coauthor_field,
	decision_coauthor_hint: () => decision_coauthor_hint,
	decision_draft_heading: () => decision_draft_heading,
	decision_draft_lead: () => decision_draft_lead,
	decision_edit: () => decision_edit,
	decision_edit_title: () => decision_edit_title,
	decision_error_body_long: () => decision_error_body_long,
	decision_error_cannot_propose: () => decision_error_cannot_propose,
	decision_error_coauthor_not_in_scope: () => decision_error_coauthor_not_in_scope,
	decision_error_groups_needed: () => decision_error_groups_needed,
	decision_error_not_draft: () => decision_error_not_draft,
	decision_error_not_found: () => decision_error_not_found,
	decision_error_not_in_scope: () => decision_error_not_in_scope,
	decision_error_note_long: () => decision_error_note_long,
	decision_error_option_long: () => decision_error_option_long,
	decision_error_options_few: () => decision_error_options_few,
	decision_error_options_long: () => decision_error_options_long,
	decision_error_options_many: () => decision_error_options_many,
	decision_error_out_of_range: () => decision_error_out_of_range,
	decision_error_runoff_needs_choice: () => decision_error_runoff_needs_choice,
	decision_error_summary_long: () => decision_error_summary_long,
	decision_error_title_long: () => decision_error_title_long,
	decision_error_too_many_groups: () => decision_error_too_many_groups,
	decision_error_unknown_member: () => decision_error_unknown_member,
	decision_error_unknown_scope: () => decision_error_unknown_scope,
	decision_field_affected: () => decision_field_affected,
	decision_field_affected_hint: () => decision_field_affected_hint,
	decision_field_amendment_days: () => decision_field_amendment_days,
	decision_field_ballot_type: () => decision_field_ballot_type,
	decision_field_body: () => decision_field_body,
	decision_field_body_hint: () => decision_field_body_hint,
	decision_field_discussion_days: () => decision_field_discussion_days,
	decision_field_group_factor: () => decision_field_group_factor,
	decision_field_hide_results: () => decision_field_hide_results,
	decision_field_language: () => decision_field_language,
	decision_field_max_blocks: () => decision_field_max_blocks,
	decision_field_max_blocks_hint: () => decision_field_max_blocks_hint,
	decision_field_method: () => decision_field_method,
	decision_field_method_hint: () => decision_field_method_hint,
	decision_field_note: () => decision_field_note,
	decision_field_note_hint: () => decision_field_note_hint,
	decision_field_options: () => decision_field_options,
	decision_field_options_hint: () => decision_field_options_hint,
	decision_field_quorum: () => decision_field_quorum,
	decision_field_quorum_hint: () => decision_field_quorum_hint,
	decision_field_report_days: () => decision_field_report_days,
	decision_field_revisit_percent: () => decision_field_revisit_percent,
	decision_field_revisit_percent_hint: () => decision_field_revisit_percent_hint,
	decision_field_scope: () => decision_field_scope,
	decision_field_scope_hint: () => decision_field_scope_hint,
	decision_field_secret: () => decision_field_secret,
	decision_field_secret_hint: () => decision_field_secret_hint,
	decision_field_stake_levels: () => decision_field_stake_levels,
	decision_field_summary: () => decision_field_summary,
	decision_field_summary_hint: () => decision_field_summary_hint,
	decision_field_template: () => decision_field_template,
	decision_field_template_hint: () => decision_field_template_hint,
	decision_field_threshold: () => decision_field_threshold,
	decision_field_title: () => decision_field_title,
	decision_field_voting_days: () => decision_field_voting_days,
	decision_field_weighting: () => decision_field_weighting,
	decision_figures_answer: () => decision_figures_answer,
	decision_figures_ballots: () => decision_figures_ballots,
	decision_figures_caption: () => decision_figures_caption,
	decision_figures_raw: () => decision_figures_raw,
	decision_figures_weighted: () => decision_figures_weighted,
	decision_figures_winner: () => decision_figures_winner,
	decision_filter_any: () => decision_filter_any,
	decision_filter_apply: () => decision_filter_apply,
	decision_filter_label: () => decision_filter_label,
	decision_filter_outcome: () => decision_filter_outcome,
	decision_filter_phase: () => decision_filter_phase,
	decision_filter_search: () => decision_filter_search,
	decision_followed_by_runoff: () => decision_followed_by_runoff,
	decision_follows_positions: () => decision_follows_positions,
	decision_form_ballot: () => decision_form_ballot,
	decision_form_influence: () => decision_form_influence,
	decision_form_scope: () => decision_form_scope,
	decision_form_secrecy: () => decision_form_secrecy,
	decision_form_text: () => decision_form_text,
	decision_form_timetable: () => decision_form_timetable,
	decision_group_rule: () => decision_group_rule,
	decision_is_revisit: () => decision_is_revisit,
	decision_method_approval: () => decision_method_approval,
	decision_method_borda: () => decision_method_borda,
	decision_method_consent: () => decision_method_consent,
	decision_method_irv: () => decision_method_irv,
	decision_method_ranked_pairs: () => decision_method_ranked_pairs,
	decision_method_schulze: () => decision_method_schulze,
	decision_method_score: () => decision_method_score,
	decision_method_threshold: () => decision_method_threshold,
	decision_new_lead: () => decision_new_lead,
	decision_new_title: () => decision_new_title,
	decision_open_ballot: () => decision_open_ballot,
	decision_outcome_blocked: () => decision_outcome_blocked,
	decision_outcome_chosen: () => decision_outcome_chosen,
	decision_outcome_fails: () => decision_outcome_fails,
	decision_outcome_field: () => decision_outcome_field,
	decision_outcome_heading: () => decision_outcome_heading,
	decision_outcome_no_quorum: () => decision_outcome_no_quorum,
	decision_outcome_none: () => decision_outcome_none,
	decision_outcome_passes: () => decision_outcome_passes,
	decision_outcome_save: () => decision_outcome_save,
	decision_phase_amendments: () => decision_phase_amendments,
	decision_phase_closed: () => decision_phase_closed,
	decision_phase_discussion: () => decision_phase_discussion,
	decision_phase_draft: () => decision_phase_draft,
	decision_phase_voting: () => decision_phase_voting,
	decision_propose: () => decision_propose,
	decision_quorum_missing: () => decision_quorum_missing,
	decision_quorum_none: () => decision_quorum_none,
	decision_quorum_reached: () => decision_quorum_reached,
	decision_quorum_value: () => decision_quorum_value,
	decision_register_empty: () => decision_register_empty,
	decision_register_lead: () => decision_register_lead,
	decision_register_more: () => decision_register_more,
	decision_register_title: () => decision_register_title,
	decision_reminders_lead: () => decision_reminders_lead,
	decision_reminders_link: () => decision_reminders_link,
	decision_reminders_none: () => decision_reminders_none,
	decision_reminders_title: () => decision_reminders_title,
	decision_reopened_as: () => decision_reopened_as,
	decision_reports_count: () => decision_reports_count,
	decision_results_heading: () => decision_results_heading,
	decision_results_hidden: () => decision_results_hidden,
	decision_results_hidden_until: () => decision_results_hidden_until,
	decision_results_live: () => decision_results_live,
	decision_revise: () => decision_revise,
	decision_revise_lead: () => decision_revise_lead,
	decision_revise_save: () => decision_revise_save,
	decision_revisits: () => decision_revisits,
	decision_rules_heading: () => decision_rules_heading,
	decision_runoff_compromise: () => decision_runoff_compromise,
	decision_save_draft: () => decision_save_draft,
	decision_scope_is: () => decision_scope_is,
	decision_scope_suggested: () => decision_scope_suggested,
	decision_secret_ballot: () => decision_secret_ballot,
	decision_stage_positions: () => decision_stage_positions,
	decision_stage_runoff: () => decision_stage_runoff,
	decision_stake_rule: () => decision_stake_rule,
	decision_submit: () => decision_submit,
	decision_suggest_scope: () => decision_suggest_scope,
	decision_template_runoff: () => decision_template_runoff,
	decision_template_standard: () => decision_template_standard,
	decision_text_heading: () => decision_text_heading,
	decision_threshold_majority: () => decision_threshold_majority,
	decision_threshold_three_quarters: () => decision_threshold_three_quarters,
	decision_threshold_two_thirds: () => decision_threshold_two_thirds,
	decision_threshold_value: () => decision_threshold_value,
	decision_timeline: () => decision_timeline,
	decision_turnout: () => decision_turnout,
	decision_type_choice: () => decision_type_choice,
	decision_type_choice_hint: () => decision_type_choice_hint,
	decision_type_consent: () => decision_type_consent,
	decision_type_consent_hint: () => decision_type_consent_hint,
	decision_type_motion: () => decision_type_motion,
	decision_type_motion_hint: () => decision_type_motion_hint,
	decision_until: () => decision_until,
	decision_version_from_amendment: () => decision_version_from_amendment,
	decision_version_n: () => decision_version_n,
	decision_versions_compare: () => decision_versions_compare,
	decision_versions_diff: () => decision_versions_diff,
	decision_versions_from: () => decision_versions_from,
	decision_versions_link: () => decision_versions_link,
	decision_versions_list: () => decision_versions_list,
	decision_versions_title: () => decision_versions_title,
	decision_versions_to: () => decision_versions_to,
	decision_voting_until: () => decision_voting_until,
	decision_weighting_equal: () => decision_weighting_equal,
	decision_weighting_equal_hint: () => decision_weighting_equal_hint,
	decision_weighting_group: () => decision_weighting_group,
	decision_weighting_group_hint: () => decision_weighting_group_hint,
	decision_weighting_stake: () => decision_weighting_stake,
	decision_weighting_stake_hint: () => decision_weighting_stake_hint,
	decision_your_drafts: () => decision_your_drafts,
	decisions_nav: () => decisions_nav,
	dev_mail_empty: () => dev_mail_empty,
	dev_mail_text: () => dev_mail_text,
	dev_mail_title: () => dev_mail_title,
	diff_added: () => diff_added,
	diff_removed: () => diff_removed,
	directory_any: () => directory_any,
	directory_clear: () => directory_clear,
	directory_country: () => directory_country,
	directory_first_page: () => directory_first_page,
	directory_in_chapter: () => directory_in_chapter,
	directory_intro: () => directory_intro,
	directory_language: () => directory_language,
	directory_nav: () => directory_nav,
	directory_next_page: () => directory_next_page,
	directory_none: () => directory_none,
	directory_pages: () => directory_pages,
	directory_privacy_note: () => directory_privacy_note,
	directory_query: () => directory_query,
	directory_query_hint: () => directory_query_hint,
	directory_results: () => directory_results,
	directory_search: () => directory_search,
	directory_search_label: () => directory_search_label,
	directory_title: () => directory_title,
	error_back_home: () => error_back_home,
	error_chapter_already_home: () => error_chapter_already_home,
	error_chapter_already_member: () => error_chapter_already_member,
	error_chapter_cannot_join: () => error_chapter_cannot_join,
	error_chapter_leave_home: () => error_chapter_leave_home,
	error_chapter_not_found: () => error_chapter_not_found,
	error_chapter_not_member: () => error_chapter_not_member,
	error_chapter_too_many: () => error_chapter_too_many,
	error_confirm_handle: () => error_confirm_handle,
	error_country_unknown: () => error_country_unknown,
	error_directory_page_size: () => error_directory_page_size,
	error_directory_query_too_long: () => error_directory_query_too_long,
	error_email_invalid: () => error_email_invalid,
	error_email_taken: () => error_email_taken,
	error_email_unverified: () => error_email_unverified,
	error_forbidden: () => error_forbidden,
	error_form: () => error_form,
	error_handle_format: () => error_handle_format,
	error_handle_short: () => error_handle_short,
	error_handle_taken: () => error_handle_taken,
	error_invalid_value: () => error_invalid_value,
	error_language_unknown: () => error_language_unknown,
	error_link_expired: () => error_link_expired,
	error_link_invalid: () => error_link_invalid,
	error_link_used: () => error_link_used,
	error_login_failed: () => error_login_failed,
	error_login_required: () => error_login_required,
	error_member_not_found: () => error_member_not_found,
	error_member_not_lapsed: () => error_member_not_lapsed,
	error_page_not_found: () => error_page_not_found,
	error_password_short: () => error_password_short,
	error_password_weak: () => error_password_weak,
	error_password_wrong: () => error_password_wrong,
	error_reference: () => error_reference,
	error_required: () => error_required,
	error_time_zone_unknown: () => error_time_zone_unknown,
	error_title: () => error_title,
	error_too_long: () => error_too_long,
	error_too_many_attempts: () => error_too_many_attempts,
	error_too_many_languages: () => error_too_many_languages,
	error_unexpected: () => error_unexpected,
	feed_chapter: () => feed_chapter,
	feed_forum: () => feed_forum,
	feed_link: () => feed_link,
	feed_member: () => feed_member,
	feed_organisation_title: () => feed_organisation_title,
	field_bio: () => field_bio,
	field_bio_hint: () => field_bio_hint,
	field_city: () => field_city,
	field_confirm_handle: () => field_confirm_handle,
	field_country: () => field_country,
	field_country_placeholder: () => field_country_placeholder,
	field_current_password: () => field_current_password,
	field_display_name: () => field_display_name,
	field_email: () => field_email,
	field_handle: () => field_handle,
	field_handle_hint: () => field_handle_hint,
	field_language: () => field_language,
	field_languages: () => field_languages,
	field_languages_hint: () => field_languages_hint,
	field_new_email: () => field_new_email,
	field_new_password: () => field_new_password,
	field_optional: () => field_optional,
	field_password: () => field_password,
	field_password_hint: () => field_password_hint,
	field_time_zone: () => field_time_zone,
	field_time_zone_hint: () => field_time_zone_hint,
	flag_error_already: () => flag_error_already,
	flag_error_own: () => flag_error_own,
	flag_error_reason: () => flag_error_reason,
	flag_intro: () => flag_intro,
	flag_link: () => flag_link,
	flag_note_label: () => flag_note_label,
	flag_reason_abuse: () => flag_reason_abuse,
	flag_reason_harassment: () => flag_reason_harassment,
	flag_reason_label: () => flag_reason_label,
	flag_reason_off_topic: () => flag_reason_off_topic,
	flag_reason_other: () => flag_reason_other,
	flag_reason_private_data: () => flag_reason_private_data,
	flag_reason_spam: () => flag_reason_spam,
	flag_submit: () => flag_submit,
	flag_thanks: () => flag_thanks,
	flag_title: () => flag_title,
	footer_dev_mail: () => footer_dev_mail,
	footer_text: () => footer_text,
	forum_chapters: () => forum_chapters,
	forum_empty: () => forum_empty,
	forum_error_chapter_only: () => forum_error_chapter_only,
	forum_error_not_found: () => forum_error_not_found,
	forum_intro: () => forum_intro,
	forum_last_activity: () => forum_last_activity,
	forum_lock: () => forum_lock,
	forum_locked: () => forum_locked,
	forum_nav: () => forum_nav,
	forum_new_thread: () => forum_new_thread,
	forum_older: () => forum_older,
	forum_organisation: () => forum_organisation,
	forum_pin: () => forum_pin,
	forum_pinned: () => forum_pinned,
	forum_replies: () => forum_replies,
	forum_slow_mode_end: () => forum_slow_mode_end,
	forum_slow_mode_on: () => forum_slow_mode_on,
	forum_slow_mode_start: () => forum_slow_mode_start,
	forum_start_thread: () => forum_start_thread,
	forum_thread: () => forum_thread,
	forum_thread_count: () => forum_thread_count,
	forum_threads: () => forum_threads,
	forum_title: () => forum_title,
	forum_unlock: () => forum_unlock,
	forum_unpin: () => forum_unpin,
	glance_active_chapters: () => glance_active_chapters,
	glance_active_members: () => glance_active_members,
	glance_continents: () => glance_continents,
	glance_countries: () => glance_countries,
	glance_country: () => glance_country,
	glance_demographics: () => glance_demographics,
	glance_demographics_note: () => glance_demographics_note,
	glance_growth: () => glance_growth,
	glance_intro: () => glance_intro,
	glance_joined: () => glance_joined,
	glance_map_desc: () => glance_map_desc,
	glance_map_heading: () => glance_map_heading,
	glance_map_legend: () => glance_map_legend,
	glance_map_privacy: () => glance_map_privacy,
	glance_map_title: () => glance_map_title,
	glance_members: () => glance_members,
	glance_nav: () => glance_nav,
	glance_ready_all: () => glance_ready_all,
	glance_ready_chapters: () => glance_ready_chapters,
	glance_ready_continents: () => glance_ready_continents,
	glance_ready_countries: () => glance_ready_countries,
	glance_ready_heading: () => glance_ready_heading,
	glance_ready_intro: () => glance_ready_intro,
	glance_ready_met: () => glance_ready_met,
	glance_ready_not_met: () => glance_ready_not_met,
	glance_ready_not_yet: () => glance_ready_not_yet,
	glance_ready_progress: () => glance_ready_progress,
	glance_some_hidden: () => glance_some_hidden,
	glance_table_caption: () => glance_table_caption,
	glance_title: () => glance_title,
	glance_too_few: () => glance_too_few,
	glance_total: () => glance_total,
	glance_year: () => glance_year,
	join_account_legend: () => join_account_legend,
	join_have_account: () => join_have_account,
	join_intro: () => join_intro,
	join_profile_legend: () => join_profile_legend,
	join_submit: () => join_submit,
	join_title: () => join_title,
	landing_figure_countries: () => landing_figure_countries,
	landing_figure_members: () => landing_figure_members,
	landing_figures_label: () => landing_figures_label,
	landing_how_1: () => landing_how_1,
	landing_how_2: () => landing_how_2,
	landing_how_3: () => landing_how_3,
	landing_how_4: () => landing_how_4,
	landing_how_heading: () => landing_how_heading,
	landing_join: () => landing_join,
	landing_values_heading: () => landing_values_heading,
	landing_welcome_back: () => landing_welcome_back,
	landing_your_profile: () => landing_your_profile,
	language_change: () => language_change,
	language_label: () => language_label,
	login_after_reset: () => login_after_reset,
	login_forgot: () => login_forgot,
	login_no_account: () => login_no_account,
	login_submit: () => login_submit,
	login_title: () => login_title,
	login_verified: () => login_verified,
	m: () => _index_exports,
	mail_email_change_body: () => mail_email_change_body,
	mail_email_change_subject: () => mail_email_change_subject,
	mail_reset_body: () => mail_reset_body,
	mail_reset_subject: () => mail_reset_subject,
	mail_verify_body: () => mail_verify_body,
	mail_verify_subject: () => mail_verify_subject,
	minority_body_field: () => minority_body_field,
	minority_error_not_closed: () => minority_error_not_closed,
	minority_error_not_found: () => minority_error_not_found,
	minority_error_not_losing_side: () => minority_error_not_losing_side,
	minority_error_signed: () => minority_error_signed,
	minority_error_window_closed: () => minority_error_window_closed,
	minority_file: () => minority_file,
	minority_heading: () => minority_heading,
	minority_lead: () => minority_lead,
	minority_none: () => minority_none,
	minority_sign: () => minority_sign,
	minority_signed_by: () => minority_signed_by,
	minority_submit: () => minority_submit,
	nav_home: () => nav_home,
	nav_join: () => nav_join,
	nav_login: () => nav_login,
	nav_logout: () => nav_logout,
	nav_main_label: () => nav_main_label,
	nav_profile: () => nav_profile,
	nav_settings: () => nav_settings,
	onboarding_all_chapters: () => onboarding_all_chapters,
	onboarding_chapter_text: () => onboarding_chapter_text,
	onboarding_chapter_title: () => onboarding_chapter_title,
	onboarding_decisions_empty: () => onboarding_decisions_empty,
	onboarding_decisions_title: () => onboarding_decisions_title,
	onboarding_directory: () => onboarding_directory,
	onboarding_edit_profile: () => onboarding_edit_profile,
	onboarding_intro: () => onboarding_intro,
	onboarding_intro_text: () => onboarding_intro_text,
	onboarding_intro_title: () => onboarding_intro_title,
	onboarding_lapsed_text: () => onboarding_lapsed_text,
	onboarding_lapsed_title: () => onboarding_lapsed_title,
	onboarding_nav: () => onboarding_nav,
	onboarding_near_none: () => onboarding_near_none,
	onboarding_near_title: () => onboarding_near_title,
	onboarding_no_chapter: () => onboarding_no_chapter,
	onboarding_other_chapters: () => onboarding_other_chapters,
	onboarding_privacy: () => onboarding_privacy,
	onboarding_projects_empty: () => onboarding_projects_empty,
	onboarding_projects_title: () => onboarding_projects_title,
	onboarding_reactivate: () => onboarding_reactivate,
	onboarding_reactivated: () => onboarding_reactivated,
	onboarding_see_profile: () => onboarding_see_profile,
	onboarding_title: () => onboarding_title,
	org_default_mission: () => org_default_mission,
	org_default_name: () => org_default_name,
	org_default_tagline: () => org_default_tagline,
	petition_by: () => petition_by,
	petition_error_exists: () => petition_error_exists,
	petition_error_not_eligible: () => petition_error_not_eligible,
	petition_error_not_found: () => petition_error_not_found,
	petition_error_reason_long: () => petition_error_reason_long,
	petition_error_reopened: () => petition_error_reopened,
	petition_error_signed: () => petition_error_signed,
	petition_heading: () => petition_heading,
	petition_lead: () => petition_lead,
	petition_progress: () => petition_progress,
	petition_reason_field: () => petition_reason_field,
	petition_reopened: () => petition_reopened,
	petition_sign: () => petition_sign,
	petition_start: () => petition_start,
	petition_submit: () => petition_submit,
	petition_you_signed: () => petition_you_signed,
	post_back: () => post_back,
	post_body_label: () => post_body_label,
	post_chapter_hint: () => post_chapter_hint,
	post_chapter_label: () => post_chapter_label,
	post_chapter_none: () => post_chapter_none,
	post_draft_badge: () => post_draft_badge,
	post_edit: () => post_edit,
	post_edit_title: () => post_edit_title,
	post_error_body_long: () => post_error_body_long,
	post_error_chapter_needed: () => post_error_chapter_needed,
	post_error_daily_limit: () => post_error_daily_limit,
	post_error_not_found: () => post_error_not_found,
	post_error_not_in_chapter: () => post_error_not_in_chapter,
	post_error_tag_long: () => post_error_tag_long,
	post_error_title_long: () => post_error_title_long,
	post_history_title: () => post_history_title,
	post_in_chapter: () => post_in_chapter,
	post_kind_blog: () => post_kind_blog,
	post_kind_chapter: () => post_kind_chapter,
	post_kind_label: () => post_kind_label,
	post_kind_organisation: () => post_kind_organisation,
	post_language_label: () => post_language_label,
	post_markdown_hint: () => post_markdown_hint,
	post_new_title: () => post_new_title,
	post_publish: () => post_publish,
	post_save: () => post_save,
	post_save_draft: () => post_save_draft,
	post_tags: () => post_tags,
	post_tags_hint: () => post_tags_hint,
	post_tags_label: () => post_tags_label,
	post_title_label: () => post_title_label,
	post_version_heading: () => post_version_heading,
	post_versions: () => post_versions,
	post_visibility_chapter: () => post_visibility_chapter,
	post_visibility_label: () => post_visibility_label,
	post_visibility_members: () => post_visibility_members,
	post_visibility_public: () => post_visibility_public,
	privacy_age_band: () => privacy_age_band,
	privacy_demographics: () => privacy_demographics,
	privacy_demographics_hint: () => privacy_demographics_hint,
	privacy_gender: () => privacy_gender,
	privacy_gender_f: () => privacy_gender_f,
	privacy_gender_m: () => privacy_gender_m,
	privacy_gender_x: () => privacy_gender_x,
	privacy_in_directory: () => privacy_in_directory,
	privacy_not_saying: () => privacy_not_saying,
	privacy_on_map: () => privacy_on_map,
	privacy_saved: () => privacy_saved,
	privacy_show_full_name: () => privacy_show_full_name,
	privacy_title: () => privacy_title,
	privacy_visibility: () => privacy_visibility,
	profile_about: () => profile_about,
	profile_edit: () => profile_edit,
	profile_languages: () => profile_languages,
	profile_location: () => profile_location,
	profile_member_since: () => profile_member_since,
	profile_no_bio: () => profile_no_bio,
	publication_blt: () => publication_blt,
	publication_error_no_blt: () => publication_error_no_blt,
	publication_error_not_closed: () => publication_error_not_closed,
	publication_json: () => publication_json,
	receipt_counted: () => receipt_counted,
	receipt_error_not_found: () => receipt_error_not_found,
	receipt_field: () => receipt_field,
	receipt_find: () => receipt_find,
	receipt_find_link: () => receipt_find_link,
	receipt_lead: () => receipt_lead,
	receipt_superseded: () => receipt_superseded,
	receipt_title: () => receipt_title,
	resend_link: () => resend_link,
	resend_sent: () => resend_sent,
	resend_submit: () => resend_submit,
	resend_text: () => resend_text,
	resend_title: () => resend_title,
	reset_new_submit: () => reset_new_submit,
	reset_new_title: () => reset_new_title,
	reset_sent: () => reset_sent,
	reset_submit: () => reset_submit,
	reset_text: () => reset_text,
	reset_title: () => reset_title,
	search_kind_comment: () => search_kind_comment,
	search_kind_post: () => search_kind_post,
	search_kind_thread: () => search_kind_thread,
	search_label: () => search_label,
	search_nav: () => search_nav,
	search_none: () => search_none,
	search_results_for: () => search_results_for,
	search_submit: () => search_submit,
	search_title: () => search_title,
	settings_account: () => settings_account,
	settings_nav_label: () => settings_nav_label,
	settings_preferences: () => settings_preferences,
	settings_profile: () => settings_profile,
	settings_save: () => settings_save,
	settings_saved: () => settings_saved,
	settings_view_profile: () => settings_view_profile,
	skip_to_content: () => skip_to_content,
	stake_declare: () => stake_declare,
	stake_error_not_eligible: () => stake_error_not_eligible,
	stake_error_not_used: () => stake_error_not_used,
	stake_error_out_of_scale: () => stake_error_out_of_scale,
	stake_error_reason_long: () => stake_error_reason_long,
	stake_heading: () => stake_heading,
	stake_lead: () => stake_lead,
	stake_level: () => stake_level,
	stake_level_field: () => stake_level_field,
	stake_member: () => stake_member,
	stake_none: () => stake_none,
	stake_reason: () => stake_reason,
	stake_reason_field: () => stake_reason_field,
	stake_reason_hint: () => stake_reason_hint,
	tier_friend: () => tier_friend,
	tier_interim: () => tier_interim,
	tier_label: () => tier_label,
	tier_lapse_warning_body: () => tier_lapse_warning_body,
	tier_lapse_warning_subject: () => tier_lapse_warning_subject,
	tier_lapsed_body: () => tier_lapsed_body,
	tier_lapsed_subject: () => tier_lapsed_subject,
	tier_member: () => tier_member,
	upload_alt_hint: () => upload_alt_hint,
	upload_alt_label: () => upload_alt_label,
	upload_error_empty: () => upload_error_empty,
	upload_error_not_found: () => upload_error_not_found,
	upload_error_not_image: () => upload_error_not_image,
	upload_error_too_large: () => upload_error_too_large,
	upload_image_label: () => upload_image_label,
	upload_image_submit: () => upload_image_submit,
	upload_nav: () => upload_nav,
	upload_photo_current: () => upload_photo_current,
	upload_photo_heading: () => upload_photo_heading,
	upload_photo_label: () => upload_photo_label,
	upload_photo_saved: () => upload_photo_saved,
	upload_photo_submit: () => upload_photo_submit,
	upload_post_heading: () => upload_post_heading,
	upload_post_saved: () => upload_post_saved,
	upload_privacy: () => upload_privacy,
	upload_title: () => upload_title,
	value_diversity_text: () => value_diversity_text,
	value_diversity_title: () => value_diversity_title,
	value_ecology_text: () => value_ecology_text,
	value_ecology_title: () => value_ecology_title,
	value_equity_text: () => value_equity_text,
	value_equity_title: () => value_equity_title,
	value_internationalism_text: () => value_internationalism_text,
	value_internationalism_title: () => value_internationalism_title,
	value_self_management_text: () => value_self_management_text,
	value_self_management_title: () => value_self_management_title,
	value_solidarity_text: () => value_solidarity_text,
	value_solidarity_title: () => value_solidarity_title,
	verify_submit: () => verify_submit,
	verify_text: () => verify_text,
	verify_title: () => verify_title
});
/** Translate a message key held in data (an error's key, a setting's default) on the server. */
function translate(key, params = {}, locale) {
	const fn = catalogue[key];
	if (!fn) return key;
	return fn(params, { locale: locale ?? getLocale() });
}
function isLocale(value) {
	return !!value && locales.includes(value);
}
/** Best supported locale for an Accept-Language header (q-values honoured). */
function localeFromAcceptLanguage(header) {
	if (!header) return void 0;
	const ranked = header.split(",").map((part) => {
		const [tag, ...rest] = part.trim().split(";");
		const q = rest.find((p) => p.trim().startsWith("q="));
		return {
			tag: tag.trim().toLowerCase(),
			q: q ? Number(q.trim().slice(2)) || 0 : 1
		};
	}).filter((entry) => entry.tag && entry.q > 0).sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const base = tag.split("-")[0];
		if (isLocale(base)) return base;
	}
}
export { commentVersions as A, chapters as B, decisionVersions as C, revisitPetitions as D, minorityReports as E, images as F, emailTokens as G, mailOutbox as H, postVersions as I, membersSearchVector as J, sessions as K, posts as L, flags as M, forumCategories as N, revisitSignatures as O, forumThreads as P, scheduledJobs as R, decisionOptions as S, minorityReportSignatures as T, events as U, instanceSettings as V, authThrottle as W, ballots as _, tier_lapsed_subject as a, decisionAuthors as b, mail_email_change_body as c, mail_reset_subject as d, mail_verify_body as f, amendments as g, amendmentVotes as h, tier_lapsed_body as i, comments as j, stakeDeclarations as k, mail_email_change_subject as l, schema_exports as m, localeFromAcceptLanguage as n, tier_lapse_warning_body as o, mail_verify_subject as p, members as q, translate as r, tier_lapse_warning_subject as s, isLocale as t, mail_reset_body as u, committeeMembers as v, decisions as w, decisionGroups as x, committees as y, chapterMemberships as z };
