ALTER TABLE "decisions" ADD COLUMN "electorate_cutoff" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "electorate_min_days" integer;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_electorate_min_days_check" CHECK ("decisions"."electorate_min_days" >= 0);