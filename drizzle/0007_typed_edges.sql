CREATE UNIQUE INDEX "revisit_petitions_one_open_key" ON "revisit_petitions" USING btree ("decision_id") WHERE "revisit_petitions"."status" = 'open';--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_tier_check" CHECK ("members"."tier" in ('friend', 'interim', 'member'));--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_gender_check" CHECK ("members"."gender" in ('f', 'm', 'x'));--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_age_band_check" CHECK ("members"."age_band" in ('18-24', '25-34', '35-44', '45-54', '55-64', '65+'));--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_purpose_check" CHECK ("email_tokens"."purpose" in ('verify-email', 'reset-password', 'change-email'));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_subject_type_check" CHECK ("events"."subject_type" in ('member', 'chapter', 'post', 'thread', 'comment', 'image', 'decision', 'project', 'task'));--> statement-breakpoint
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_kind_check" CHECK ("chapters"."kind" in ('organisation', 'region', 'country', 'local'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_subject_type_check" CHECK ("comments"."subject_type" in ('post', 'thread', 'decision', 'project'));--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_subject_type_check" CHECK ("flags"."subject_type" in ('comment', 'post', 'thread'));--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_reason_check" CHECK ("flags"."reason" in ('abuse', 'harassment', 'spam', 'off-topic', 'private-data', 'other'));--> statement-breakpoint
ALTER TABLE "forum_threads" ADD CONSTRAINT "forum_threads_slow_mode_check" CHECK ("forum_threads"."slow_mode_seconds" >= 0);--> statement-breakpoint
ALTER TABLE "images" ADD CONSTRAINT "images_purpose_check" CHECK ("images"."purpose" in ('avatar', 'post'));--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_kind_check" CHECK ("posts"."kind" in ('blog', 'chapter', 'organisation'));--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_visibility_check" CHECK ("posts"."visibility" in ('public', 'members', 'chapter'));--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_status_check" CHECK ("posts"."status" in ('draft', 'published'));--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_slow_mode_check" CHECK ("posts"."slow_mode_seconds" >= 0);--> statement-breakpoint
ALTER TABLE "amendment_votes" ADD CONSTRAINT "amendment_votes_choice_check" CHECK ("amendment_votes"."choice" in ('yes', 'no', 'abstain'));--> statement-breakpoint
ALTER TABLE "amendment_votes" ADD CONSTRAINT "amendment_votes_weight_check" CHECK ("amendment_votes"."weight" >= 1);--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_status_check" CHECK ("amendments"."status" in ('open', 'voting', 'accepted', 'carried', 'defeated', 'conflicted', 'withdrawn', 'lapsed'));--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_weight_check" CHECK ("ballots"."weight" >= 1);--> statement-breakpoint
ALTER TABLE "decision_groups" ADD CONSTRAINT "decision_groups_group_kind_check" CHECK ("decision_groups"."group_kind" in ('chapter', 'project'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_scope_kind_check" CHECK ("decisions"."scope_kind" in ('organisation', 'chapter', 'project', 'committee'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_ballot_type_check" CHECK ("decisions"."ballot_type" in ('motion', 'consent', 'choice'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_method_check" CHECK ("decisions"."method" in ('threshold', 'consent', 'schulze', 'irv', 'ranked-pairs', 'approval', 'score', 'borda'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_weighting_check" CHECK ("decisions"."weighting" in ('equal', 'group', 'stake'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_phase_check" CHECK ("decisions"."phase" in ('draft', 'discussion', 'amendments', 'voting', 'closed'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_outcome_check" CHECK ("decisions"."outcome" in ('passes', 'fails', 'blocked', 'no-quorum', 'chosen'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_stage_check" CHECK ("decisions"."stage" in ('positions', 'runoff'));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_slow_mode_check" CHECK ("decisions"."slow_mode_seconds" >= 0);--> statement-breakpoint
ALTER TABLE "revisit_petitions" ADD CONSTRAINT "revisit_petitions_status_check" CHECK ("revisit_petitions"."status" in ('open', 'reopened'));--> statement-breakpoint
ALTER TABLE "revisit_petitions" ADD CONSTRAINT "revisit_petitions_threshold_check" CHECK ("revisit_petitions"."threshold" >= 1);--> statement-breakpoint
ALTER TABLE "stake_declarations" ADD CONSTRAINT "stake_declarations_level_check" CHECK ("stake_declarations"."level" between 1 and 10);--> statement-breakpoint
ALTER TABLE "effort_entries" ADD CONSTRAINT "effort_entries_minutes_check" CHECK ("effort_entries"."minutes" >= 1);--> statement-breakpoint
ALTER TABLE "effort_entries" ADD CONSTRAINT "effort_entries_intensity_check" CHECK ("effort_entries"."intensity" between 1 and 5);--> statement-breakpoint
ALTER TABLE "project_members" ADD CONSTRAINT "project_members_role_check" CHECK ("project_members"."role" in ('coordinator', 'member'));--> statement-breakpoint
ALTER TABLE "project_tasks" ADD CONSTRAINT "project_tasks_status_check" CHECK ("project_tasks"."status" in ('open', 'claimed', 'done'));--> statement-breakpoint
ALTER TABLE "project_tasks" ADD CONSTRAINT "project_tasks_estimate_check" CHECK ("project_tasks"."estimate_minutes" >= 1);--> statement-breakpoint
ALTER TABLE "project_tasks" ADD CONSTRAINT "project_tasks_empower_check" CHECK ("project_tasks"."empower_tenths" between 10 and 50);--> statement-breakpoint
ALTER TABLE "project_tasks" ADD CONSTRAINT "project_tasks_onerous_check" CHECK ("project_tasks"."onerous_tenths" between 10 and 50);--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_visibility_check" CHECK ("projects"."visibility" in ('public', 'members', 'chapter'));--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_status_check" CHECK ("projects"."status" in ('proposed', 'active', 'completed', 'archived'));--> statement-breakpoint
ALTER TABLE "task_ratings" ADD CONSTRAINT "task_ratings_empowerment_check" CHECK ("task_ratings"."empowerment" between 1 and 5);--> statement-breakpoint
ALTER TABLE "task_ratings" ADD CONSTRAINT "task_ratings_onerousness_check" CHECK ("task_ratings"."onerousness" between 1 and 5);--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_role_check" CHECK ("mandates"."role" in ('facilitator'));