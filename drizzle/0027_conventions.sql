CREATE TABLE "convention_delegates" (
	"convention_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"chapter_id" bigint,
	"chair_turn" integer,
	CONSTRAINT "convention_delegates_convention_id_member_id_pk" PRIMARY KEY("convention_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "convention_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "convention_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"convention_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"minutes" integer NOT NULL,
	"document_id" bigint,
	"status" text DEFAULT 'pending' NOT NULL,
	"chair_id" bigint,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "convention_items_kind_check" CHECK ("convention_items"."kind" in ('proposal', 'election', 'ratification', 'amendments', 'other')),
	CONSTRAINT "convention_items_status_check" CHECK ("convention_items"."status" in ('pending', 'open', 'done')),
	CONSTRAINT "convention_items_minutes_check" CHECK ("convention_items"."minutes" >= 1)
);
--> statement-breakpoint
CREATE TABLE "convention_minutes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "convention_minutes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"convention_id" bigint NOT NULL,
	"item_id" bigint,
	"kind" text NOT NULL,
	"member_id" bigint,
	"motion_id" bigint,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"corrected_by" bigint,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "convention_minutes_kind_check" CHECK ("convention_minutes"."kind" in ('opened', 'agenda-adopted', 'item-opened', 'item-closed', 'speaker', 'motion', 'result', 'ratified', 'closed', 'correction'))
);
--> statement-breakpoint
CREATE TABLE "convention_motions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "convention_motions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"convention_id" bigint NOT NULL,
	"item_id" bigint,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"document_id" bigint,
	"amendment_id" bigint,
	"minute_id" bigint,
	"status" text DEFAULT 'open' NOT NULL,
	"moved_by_id" bigint,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"yes" integer DEFAULT 0 NOT NULL,
	"no" integer DEFAULT 0 NOT NULL,
	"abstain" integer DEFAULT 0 NOT NULL,
	"delegates" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "convention_motions_kind_check" CHECK ("convention_motions"."kind" in ('agenda', 'amendment', 'ratification', 'procedural', 'correction')),
	CONSTRAINT "convention_motions_status_check" CHECK ("convention_motions"."status" in ('open', 'carried', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "convention_speakers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "convention_speakers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"convention_id" bigint NOT NULL,
	"item_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"priority" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "convention_speakers_kind_check" CHECK ("convention_speakers"."kind" in ('speech', 'order')),
	CONSTRAINT "convention_speakers_status_check" CHECK ("convention_speakers"."status" in ('waiting', 'speaking', 'done', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "convention_votes" (
	"motion_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"choice" text NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "convention_votes_motion_id_member_id_pk" PRIMARY KEY("motion_id","member_id"),
	CONSTRAINT "convention_votes_choice_check" CHECK ("convention_votes"."choice" in ('yes', 'no', 'abstain'))
);
--> statement-breakpoint
CREATE TABLE "conventions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conventions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" bigint,
	"phase" text DEFAULT 'preparing' NOT NULL,
	"called_on" text NOT NULL,
	"decision_id" bigint,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"delegation" text DEFAULT 'all' NOT NULL,
	"seats" integer,
	"priority_women" boolean DEFAULT false NOT NULL,
	"vote_window_hours" integer DEFAULT 0 NOT NULL,
	"agenda_adopted_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"minutes_published_at" timestamp with time zone,
	"created_by_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conventions_phase_check" CHECK ("conventions"."phase" in ('preparing', 'in-session', 'closed')),
	CONSTRAINT "conventions_called_on_check" CHECK ("conventions"."called_on" in ('readiness', 'decision', 'chapter')),
	CONSTRAINT "conventions_delegation_check" CHECK ("conventions"."delegation" in ('all', 'proportional')),
	CONSTRAINT "conventions_scope_check" CHECK ("conventions"."scope_kind" in ('organisation', 'chapter')),
	CONSTRAINT "conventions_seats_check" CHECK ("conventions"."seats" >= 1),
	CONSTRAINT "conventions_window_check" CHECK ("conventions"."vote_window_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "founding_document_versions" (
	"document_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decision_id" bigint,
	"convention_id" bigint,
	"motion_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "founding_document_versions_document_id_version_pk" PRIMARY KEY("document_id","version")
);
--> statement-breakpoint
CREATE TABLE "founding_documents" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "founding_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" bigint,
	"status" text DEFAULT 'interim' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"body" text NOT NULL,
	"grants_membership" boolean DEFAULT false NOT NULL,
	"decision_id" bigint,
	"ratified_at" timestamp with time zone,
	"created_by_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "founding_documents_status_check" CHECK ("founding_documents"."status" in ('interim', 'under-amendment', 'ratified')),
	CONSTRAINT "founding_documents_scope_check" CHECK ("founding_documents"."scope_kind" in ('organisation', 'chapter'))
);
--> statement-breakpoint
ALTER TABLE "convention_delegates" ADD CONSTRAINT "convention_delegates_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_delegates" ADD CONSTRAINT "convention_delegates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_items" ADD CONSTRAINT "convention_items_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_items" ADD CONSTRAINT "convention_items_document_id_founding_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."founding_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_items" ADD CONSTRAINT "convention_items_chair_id_members_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_minutes" ADD CONSTRAINT "convention_minutes_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_minutes" ADD CONSTRAINT "convention_minutes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_motions" ADD CONSTRAINT "convention_motions_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_motions" ADD CONSTRAINT "convention_motions_item_id_convention_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."convention_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_motions" ADD CONSTRAINT "convention_motions_document_id_founding_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."founding_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_motions" ADD CONSTRAINT "convention_motions_moved_by_id_members_id_fk" FOREIGN KEY ("moved_by_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_speakers" ADD CONSTRAINT "convention_speakers_convention_id_conventions_id_fk" FOREIGN KEY ("convention_id") REFERENCES "public"."conventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_speakers" ADD CONSTRAINT "convention_speakers_item_id_convention_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."convention_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_speakers" ADD CONSTRAINT "convention_speakers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_votes" ADD CONSTRAINT "convention_votes_motion_id_convention_motions_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."convention_motions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "convention_votes" ADD CONSTRAINT "convention_votes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "founding_document_versions" ADD CONSTRAINT "founding_document_versions_document_id_founding_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."founding_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "founding_document_versions" ADD CONSTRAINT "founding_document_versions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "founding_documents" ADD CONSTRAINT "founding_documents_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "founding_documents" ADD CONSTRAINT "founding_documents_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "convention_delegates_turn_key" ON "convention_delegates" USING btree ("convention_id","chair_turn");--> statement-breakpoint
CREATE UNIQUE INDEX "convention_items_position_key" ON "convention_items" USING btree ("convention_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "convention_items_open_key" ON "convention_items" USING btree ("convention_id") WHERE "convention_items"."status" = 'open';--> statement-breakpoint
CREATE INDEX "convention_minutes_convention_idx" ON "convention_minutes" USING btree ("convention_id","id");--> statement-breakpoint
CREATE INDEX "convention_motions_convention_idx" ON "convention_motions" USING btree ("convention_id","id");--> statement-breakpoint
CREATE INDEX "convention_speakers_queue_idx" ON "convention_speakers" USING btree ("convention_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "convention_speakers_once_key" ON "convention_speakers" USING btree ("convention_id","member_id","kind") WHERE "convention_speakers"."status" in ('waiting', 'speaking');--> statement-breakpoint
CREATE UNIQUE INDEX "convention_speakers_floor_key" ON "convention_speakers" USING btree ("convention_id") WHERE "convention_speakers"."status" = 'speaking';--> statement-breakpoint
CREATE INDEX "conventions_starts_idx" ON "conventions" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "founding_documents_slug_key" ON "founding_documents" USING btree ("slug");--> statement-breakpoint
-- Delegates per chapter are elected with the elections capability, for this role.
INSERT INTO "roles" ("key", "scope_kinds", "rights", "seats", "term_months", "term_limit", "max_consecutive") VALUES ('delegate', '{chapter}', '{}', 1, 6, NULL, NULL) ON CONFLICT ("key") DO NOTHING;
