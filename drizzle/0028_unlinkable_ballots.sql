CREATE TABLE "ballot_credentials" (
	"subject_kind" text NOT NULL,
	"subject_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	CONSTRAINT "ballot_credentials_subject_kind_subject_id_member_id_pk" PRIMARY KEY("subject_kind","subject_id","member_id"),
	CONSTRAINT "ballot_credentials_subject_kind_check" CHECK ("ballot_credentials"."subject_kind" in ('decision', 'election'))
);
--> statement-breakpoint
CREATE TABLE "ballot_keys" (
	"subject_kind" text NOT NULL,
	"subject_id" bigint NOT NULL,
	"weight" integer NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text,
	CONSTRAINT "ballot_keys_subject_kind_subject_id_weight_pk" PRIMARY KEY("subject_kind","subject_id","weight"),
	CONSTRAINT "ballot_keys_subject_kind_check" CHECK ("ballot_keys"."subject_kind" in ('decision', 'election')),
	CONSTRAINT "ballot_keys_weight_check" CHECK ("ballot_keys"."weight" >= 1)
);
--> statement-breakpoint
ALTER TABLE "ballots" ALTER COLUMN "voter_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "election_ballots" ALTER COLUMN "voter_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "token_hash" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "unlinkable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "election_ballots" ADD COLUMN "token_hash" text;--> statement-breakpoint
ALTER TABLE "elections" ADD COLUMN "unlinkable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ballot_credentials" ADD CONSTRAINT "ballot_credentials_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_current_token_key" ON "ballots" USING btree ("decision_id","token_hash") WHERE superseded_at is null and token_hash is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "election_ballots_current_token_key" ON "election_ballots" USING btree ("election_id","token_hash") WHERE "election_ballots"."superseded_at" is null and "election_ballots"."token_hash" is not null;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_or_token_check" CHECK ((voter_id is null) <> (token_hash is null));--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_unlinkable_check" CHECK (not "decisions"."unlinkable" or "decisions"."secret");--> statement-breakpoint
ALTER TABLE "election_ballots" ADD CONSTRAINT "election_ballots_voter_or_token_check" CHECK (("election_ballots"."voter_id" is null) <> ("election_ballots"."token_hash" is null));