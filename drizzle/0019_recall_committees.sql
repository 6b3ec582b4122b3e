CREATE TABLE "recall_petitions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recall_petitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"mandate_id" bigint NOT NULL,
	"started_by" bigint NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"threshold" integer NOT NULL,
	"decision_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "recall_petitions_status_check" CHECK ("recall_petitions"."status" in ('open', 'voting', 'carried', 'failed')),
	CONSTRAINT "recall_petitions_threshold_check" CHECK ("recall_petitions"."threshold" >= 1)
);
--> statement-breakpoint
CREATE TABLE "recall_signatures" (
	"petition_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recall_signatures_pkey" PRIMARY KEY("petition_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "forum_categories" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "public" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "quorum" integer;--> statement-breakpoint
ALTER TABLE "recall_petitions" ADD CONSTRAINT "recall_petitions_mandate_id_mandates_id_fk" FOREIGN KEY ("mandate_id") REFERENCES "public"."mandates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recall_petitions" ADD CONSTRAINT "recall_petitions_started_by_members_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recall_petitions" ADD CONSTRAINT "recall_petitions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recall_signatures" ADD CONSTRAINT "recall_signatures_petition_id_recall_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."recall_petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recall_signatures" ADD CONSTRAINT "recall_signatures_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recall_petitions_one_open_key" ON "recall_petitions" USING btree ("mandate_id") WHERE status in ('open', 'voting');--> statement-breakpoint
CREATE INDEX "recall_petitions_decision_idx" ON "recall_petitions" USING btree ("decision_id");--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_quorum_check" CHECK ("committees"."quorum" >= 1);