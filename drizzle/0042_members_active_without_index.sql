DROP INDEX "members_last_active_idx";--> statement-breakpoint
-- Room on each page for a member's newer row version, so that marking them active is a HOT update
-- (no index is touched); rows written from now on leave it.
ALTER TABLE "members" SET (fillfactor = 90);
