CREATE TABLE "chapter_memberships" (
	"chapter_id" bigint NOT NULL,
	"member_id" bigint NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chapter_memberships_chapter_id_member_id_pk" PRIMARY KEY("chapter_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "chapters" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chapters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"parent_id" bigint,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"country" text,
	"city" text,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chapter_memberships" ADD CONSTRAINT "chapter_memberships_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapter_memberships" ADD CONSTRAINT "chapter_memberships_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_parent_id_chapters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chapters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chapter_memberships_member_idx" ON "chapter_memberships" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chapters_slug_key" ON "chapters" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "chapters_parent_idx" ON "chapters" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chapters_local_city_key" ON "chapters" USING btree ("country",lower("city")) WHERE kind = 'local';--> statement-breakpoint
CREATE UNIQUE INDEX "chapters_country_key" ON "chapters" USING btree ("country") WHERE kind = 'country';