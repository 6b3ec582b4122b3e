CREATE TABLE "mandates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mandates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"member_id" bigint NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" bigint,
	"starts_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone,
	CONSTRAINT "mandates_scope_check" CHECK (("mandates"."scope_kind" = 'organisation' and "mandates"."scope_id" is null) or ("mandates"."scope_kind" in ('chapter', 'committee', 'project') and "mandates"."scope_id" is not null)),
	CONSTRAINT "mandates_term_check" CHECK ("mandates"."ends_at" is null or "mandates"."ends_at" > "mandates"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "dispatched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "dispatch_attempts" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mandates_member_idx" ON "mandates" USING btree ("member_id","ends_at");--> statement-breakpoint
CREATE INDEX "mandates_scope_idx" ON "mandates" USING btree ("scope_kind","scope_id");--> statement-breakpoint
CREATE INDEX "events_undispatched_idx" ON "events" USING btree ("id") WHERE "events"."dispatched_at" is null;--> statement-breakpoint
-- Events logged before the dispatcher existed have had their effects already.
UPDATE "events" SET "dispatched_at" = "created_at";