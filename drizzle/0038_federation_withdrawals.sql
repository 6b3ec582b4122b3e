ALTER TABLE "flags" DROP CONSTRAINT "flags_subject_type_check";--> statement-breakpoint
ALTER TABLE "jury_cases" ALTER COLUMN "author_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "federation_actors" ADD COLUMN "name" text;--> statement-breakpoint
CREATE INDEX "federation_actors_name_idx" ON "federation_actors" USING btree (lower("name"));--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_subject_type_check" CHECK ("flags"."subject_type" in ('comment', 'post', 'thread', 'message', 'remote-reply'));--> statement-breakpoint
-- A member's blog keeps the name it federated under (its handle), so its address outlives an erased handle.
UPDATE "federation_actors" SET "name" = "members"."handle" FROM "members" WHERE "members"."id" = "federation_actors"."member_id" AND "federation_actors"."kind" = 'member';
