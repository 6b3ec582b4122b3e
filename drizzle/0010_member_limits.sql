CREATE TABLE "member_limits" (
	"member_id" bigint NOT NULL,
	"action" text NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"used" integer NOT NULL,
	CONSTRAINT "member_limits_pkey" PRIMARY KEY("member_id","action"),
	CONSTRAINT "member_limits_used_check" CHECK ("member_limits"."used" >= 0),
	CONSTRAINT "member_limits_action_check" CHECK ("member_limits"."action" ~ '^[a-z][a-z-]{0,39}$')
);
--> statement-breakpoint
ALTER TABLE "member_limits" ADD CONSTRAINT "member_limits_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;