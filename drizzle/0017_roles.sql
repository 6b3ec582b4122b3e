CREATE TABLE "roles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"scope_kinds" text[] NOT NULL,
	"rights" text[] DEFAULT '{}'::text[] NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"term_months" integer DEFAULT 12 NOT NULL,
	"term_limit" integer,
	"max_consecutive" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roles_seats_check" CHECK ("roles"."seats" >= 1),
	CONSTRAINT "roles_term_months_check" CHECK ("roles"."term_months" >= 1),
	CONSTRAINT "roles_term_limit_check" CHECK ("roles"."term_limit" >= 1),
	CONSTRAINT "roles_max_consecutive_check" CHECK ("roles"."max_consecutive" >= 1)
);
--> statement-breakpoint
ALTER TABLE "mandates" DROP CONSTRAINT "mandates_role_check";--> statement-breakpoint
ALTER TABLE "mandates" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "mandates" ADD COLUMN "election_id" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "roles_key_key" ON "roles" USING btree ("key");--> statement-breakpoint
-- The roles every organisation starts with (src/lib/domain/members/roles.ts, DEFAULT_ROLES).
INSERT INTO "roles" ("key", "scope_kinds", "rights", "seats", "term_months", "max_consecutive") VALUES
	('facilitator', '{organisation,chapter}', '{write-organisation-news,pin-thread,lock-thread,manage-forums}', 2, 12, 2),
	('committee-seat', '{committee}', '{}', 7, 12, 2);--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_role_roles_key_fk" FOREIGN KEY ("role") REFERENCES "public"."roles"("key") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_end_reason_check" CHECK ("mandates"."end_reason" in ('term', 'resigned', 'recalled', 'left'));