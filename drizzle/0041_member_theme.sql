ALTER TABLE "members" ADD COLUMN "theme" text;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_theme_check" CHECK ("members"."theme" in ('light', 'dark', 'system'));