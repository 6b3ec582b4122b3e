ALTER TABLE "members" ALTER COLUMN "in_directory" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "on_map" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "show_full_name" SET DEFAULT false;