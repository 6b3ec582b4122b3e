CREATE TABLE "amendment_votes" (
	"amendment_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"choice" text NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "amendment_votes_amendment_id_member_id_pk" PRIMARY KEY("amendment_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "amendments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "amendments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"decision_id" bigint NOT NULL,
	"author_id" bigint NOT NULL,
	"base_version" integer NOT NULL,
	"body" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_by_id" bigint,
	"resolved_at" timestamp with time zone,
	"applied_version" integer,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ballots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"decision_id" bigint NOT NULL,
	"voter_id" bigint NOT NULL,
	"choice" jsonb NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"receipt" text,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"committee_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_members_committee_id_member_id_pk" PRIMARY KEY("committee_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "committees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"chapter_id" bigint,
	"mandate" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_authors" (
	"decision_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_authors_decision_id_member_id_pk" PRIMARY KEY("decision_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "decision_groups" (
	"decision_id" bigint NOT NULL,
	"group_kind" text NOT NULL,
	"group_id" bigint NOT NULL,
	CONSTRAINT "decision_groups_decision_id_group_kind_group_id_pk" PRIMARY KEY("decision_id","group_kind","group_id")
);
--> statement-breakpoint
CREATE TABLE "decision_options" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decision_options_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"decision_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_versions" (
	"decision_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"editor_id" bigint NOT NULL,
	"amendment_id" bigint,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_versions_decision_id_version_pk" PRIMARY KEY("decision_id","version")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"author_id" bigint NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" bigint,
	"ballot_type" text NOT NULL,
	"method" text NOT NULL,
	"weighting" text DEFAULT 'equal' NOT NULL,
	"secret" boolean DEFAULT false NOT NULL,
	"hide_results_until_close" boolean DEFAULT false NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"phase" text DEFAULT 'draft' NOT NULL,
	"phase_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"discussion_ends_at" timestamp with time zone,
	"amendments_end_at" timestamp with time zone,
	"voting_ends_at" timestamp with time zone,
	"amendments_open" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"eligible_at_open" integer,
	"eligible_at_close" integer,
	"outcome" text,
	"outcome_statement" text,
	"result" jsonb,
	"closed_at" timestamp with time zone,
	"revisit_of_id" bigint,
	"stage" text,
	"follows_id" bigint,
	"comments_locked" boolean DEFAULT false NOT NULL,
	"slow_mode_seconds" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minority_report_signatures" (
	"report_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minority_report_signatures_report_id_member_id_pk" PRIMARY KEY("report_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "minority_reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "minority_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"decision_id" bigint NOT NULL,
	"author_id" bigint NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revisit_petitions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "revisit_petitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"decision_id" bigint NOT NULL,
	"author_id" bigint NOT NULL,
	"reason" text NOT NULL,
	"threshold" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reopened_as_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revisit_signatures" (
	"petition_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revisit_signatures_petition_id_member_id_pk" PRIMARY KEY("petition_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "stake_declarations" (
	"decision_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"level" integer NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stake_declarations_decision_id_member_id_pk" PRIMARY KEY("decision_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "amendment_votes" ADD CONSTRAINT "amendment_votes_amendment_id_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."amendments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendment_votes" ADD CONSTRAINT "amendment_votes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_resolved_by_id_members_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_id_members_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."chapters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_authors" ADD CONSTRAINT "decision_authors_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_authors" ADD CONSTRAINT "decision_authors_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_groups" ADD CONSTRAINT "decision_groups_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_options" ADD CONSTRAINT "decision_options_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_versions" ADD CONSTRAINT "decision_versions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_versions" ADD CONSTRAINT "decision_versions_editor_id_members_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_revisit_of_id_decisions_id_fk" FOREIGN KEY ("revisit_of_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_follows_id_decisions_id_fk" FOREIGN KEY ("follows_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minority_report_signatures" ADD CONSTRAINT "minority_report_signatures_report_id_minority_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."minority_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minority_report_signatures" ADD CONSTRAINT "minority_report_signatures_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minority_reports" ADD CONSTRAINT "minority_reports_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minority_reports" ADD CONSTRAINT "minority_reports_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_petitions" ADD CONSTRAINT "revisit_petitions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_petitions" ADD CONSTRAINT "revisit_petitions_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_petitions" ADD CONSTRAINT "revisit_petitions_reopened_as_id_decisions_id_fk" FOREIGN KEY ("reopened_as_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_signatures" ADD CONSTRAINT "revisit_signatures_petition_id_revisit_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."revisit_petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisit_signatures" ADD CONSTRAINT "revisit_signatures_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stake_declarations" ADD CONSTRAINT "stake_declarations_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stake_declarations" ADD CONSTRAINT "stake_declarations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amendments_decision_idx" ON "amendments" USING btree ("decision_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_current_key" ON "ballots" USING btree ("decision_id","voter_id") WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX "ballots_decision_idx" ON "ballots" USING btree ("decision_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_receipt_key" ON "ballots" USING btree ("decision_id","receipt");--> statement-breakpoint
CREATE INDEX "committee_members_member_idx" ON "committee_members" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "committees_slug_key" ON "committees" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "decision_authors_member_idx" ON "decision_authors" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_options_position_key" ON "decision_options" USING btree ("decision_id","position");--> statement-breakpoint
CREATE INDEX "decisions_scope_idx" ON "decisions" USING btree ("scope_kind","scope_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "decisions_phase_idx" ON "decisions" USING btree ("phase","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "decisions_author_idx" ON "decisions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "decisions_open_deadlines_idx" ON "decisions" USING btree ("phase") WHERE phase in ('discussion', 'amendments', 'voting');--> statement-breakpoint
CREATE INDEX "decisions_search_idx" ON "decisions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "decisions_revisit_idx" ON "decisions" USING btree ("revisit_of_id");--> statement-breakpoint
CREATE INDEX "minority_reports_decision_idx" ON "minority_reports" USING btree ("decision_id","id");--> statement-breakpoint
CREATE INDEX "revisit_petitions_decision_idx" ON "revisit_petitions" USING btree ("decision_id","id");