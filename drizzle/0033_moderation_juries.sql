CREATE TABLE "jurors" (
	"case_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"round" integer NOT NULL,
	"verdict" text,
	"suspend_days" integer,
	"reason" text DEFAULT '' NOT NULL,
	"voted_at" timestamp with time zone,
	CONSTRAINT "jurors_case_id_member_id_pk" PRIMARY KEY("case_id","member_id"),
	CONSTRAINT "jurors_verdict_check" CHECK ("jurors"."verdict" in ('keep', 'warn', 'hide', 'suspend'))
);
--> statement-breakpoint
CREATE TABLE "jury_cases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "jury_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subject_type" text NOT NULL,
	"subject_id" bigint NOT NULL,
	"author_id" bigint NOT NULL,
	"title" text NOT NULL,
	"appeal_of" bigint,
	"appeal_reason" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"verdict" text,
	"suspend_days" integer,
	"counts" jsonb,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_cases_status_check" CHECK ("jury_cases"."status" in ('open', 'decided')),
	CONSTRAINT "jury_cases_verdict_check" CHECK ("jury_cases"."verdict" in ('keep', 'warn', 'hide', 'suspend')),
	CONSTRAINT "jury_cases_round_check" CHECK ("jury_cases"."round" >= 1)
);
--> statement-breakpoint
CREATE TABLE "jury_draws" (
	"case_id" bigint NOT NULL,
	"round" integer NOT NULL,
	"seed" text NOT NULL,
	"pool_size" integer NOT NULL,
	"positions" integer[] NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jury_draws_case_id_round_pk" PRIMARY KEY("case_id","round")
);
--> statement-breakpoint
CREATE TABLE "jury_opt_outs" (
	"member_id" bigint PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posting_suspensions" (
	"case_id" bigint PRIMARY KEY NOT NULL,
	"member_id" bigint NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_subject_type_check";--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forum_threads" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jurors" ADD CONSTRAINT "jurors_case_id_jury_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."jury_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurors" ADD CONSTRAINT "jurors_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_cases" ADD CONSTRAINT "jury_cases_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_cases" ADD CONSTRAINT "jury_cases_appeal_of_jury_cases_id_fk" FOREIGN KEY ("appeal_of") REFERENCES "public"."jury_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_draws" ADD CONSTRAINT "jury_draws_case_id_jury_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."jury_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jury_opt_outs" ADD CONSTRAINT "jury_opt_outs_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_suspensions" ADD CONSTRAINT "posting_suspensions_case_id_jury_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."jury_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posting_suspensions" ADD CONSTRAINT "posting_suspensions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jurors_member_idx" ON "jurors" USING btree ("member_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jury_cases_subject_key" ON "jury_cases" USING btree ("subject_type","subject_id") WHERE appeal_of is null;--> statement-breakpoint
CREATE UNIQUE INDEX "jury_cases_appeal_key" ON "jury_cases" USING btree ("appeal_of");--> statement-breakpoint
CREATE INDEX "jury_cases_log_idx" ON "jury_cases" USING btree ("decided_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'decided';--> statement-breakpoint
CREATE INDEX "jury_cases_due_idx" ON "jury_cases" USING btree ("deadline") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "jury_cases_author_idx" ON "jury_cases" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "posting_suspensions_member_idx" ON "posting_suspensions" USING btree ("member_id","until") WHERE lifted_at is null;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_subject_type_check" CHECK ("events"."subject_type" in ('member', 'chapter', 'post', 'thread', 'comment', 'image', 'decision', 'project', 'task', 'election', 'mandate', 'forum', 'setting-change', 'convention', 'founding-document', 'aid-post', 'conversation', 'message', 'jury-case'));