CREATE TABLE "decision_invitations" (
	"decision_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"invited_by" bigint NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_invitations_decision_id_member_id_pk" PRIMARY KEY("decision_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "decision_invitations" ADD CONSTRAINT "decision_invitations_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_invitations" ADD CONSTRAINT "decision_invitations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_invitations" ADD CONSTRAINT "decision_invitations_invited_by_members_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_invitations_member_idx" ON "decision_invitations" USING btree ("member_id");