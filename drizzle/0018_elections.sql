CREATE TABLE "candidacies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "candidacies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"election_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"nominated_by" bigint,
	"consented_at" timestamp with time zone,
	"statement" text DEFAULT '' NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_ballots" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "election_ballots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"election_id" bigint NOT NULL,
	"voter_id" bigint NOT NULL,
	"choice" jsonb NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "election_electors" (
	"election_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	CONSTRAINT "election_electors_election_id_member_id_pk" PRIMARY KEY("election_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "elections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" bigint,
	"seats" integer NOT NULL,
	"method" text DEFAULT 'meek' NOT NULL,
	"phase" text DEFAULT 'nominations' NOT NULL,
	"nominations_end_at" timestamp with time zone NOT NULL,
	"voting_ends_at" timestamp with time zone NOT NULL,
	"balance" jsonb,
	"result" jsonb,
	"seed" text NOT NULL,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"counted_at" timestamp with time zone,
	CONSTRAINT "elections_method_check" CHECK ("elections"."method" in ('meek', 'scottish', 'gregory', 'irv', 'yes-no')),
	CONSTRAINT "elections_phase_check" CHECK ("elections"."phase" in ('nominations', 'voting', 'closed')),
	CONSTRAINT "elections_seats_check" CHECK ("elections"."seats" >= 1),
	CONSTRAINT "elections_scope_check" CHECK (("elections"."scope_kind" = 'organisation' and "elections"."scope_id" is null) or ("elections"."scope_kind" in ('chapter', 'committee', 'project') and "elections"."scope_id" is not null)),
	CONSTRAINT "elections_deadlines_check" CHECK ("elections"."voting_ends_at" > "elections"."nominations_end_at"),
	CONSTRAINT "elections_irv_check" CHECK ("elections"."method" <> 'irv' or "elections"."seats" = 1)
);
--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT "comments_subject_type_check";--> statement-breakpoint
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacies" ADD CONSTRAINT "candidacies_nominated_by_members_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_voter_id_members_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_electors" ADD CONSTRAINT "election_electors_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_electors" ADD CONSTRAINT "election_electors_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_role_roles_key_fk" FOREIGN KEY ("role") REFERENCES "public"."roles"("key") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "elections" ADD CONSTRAINT "elections_created_by_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidacies_election_member_key" ON "candidacies" USING btree ("election_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "election_ballots_current_key" ON "election_ballots" USING btree ("election_id","voter_id") WHERE "election_ballots"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "election_ballots_election_idx" ON "election_ballots" USING btree ("election_id","id");--> statement-breakpoint
CREATE INDEX "elections_scope_idx" ON "elections" USING btree ("scope_kind","scope_id","id");--> statement-breakpoint
CREATE INDEX "elections_open_idx" ON "elections" USING btree ("phase") WHERE "elections"."phase" <> 'closed';--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_election_id_elections_id_fk" FOREIGN KEY ("election_id") REFERENCES "public"."elections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_subject_type_check" CHECK ("comments"."subject_type" in ('post', 'thread', 'decision', 'project', 'election'));