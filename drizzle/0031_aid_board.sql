CREATE TABLE "aid_posts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "aid_posts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"author_id" bigint NOT NULL,
	"chapter_id" bigint,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"fulfilled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((case language when 'en' then 'english'::regconfig when 'es' then 'spanish'::regconfig when 'ar' then 'arabic'::regconfig when 'fr' then 'french'::regconfig when 'de' then 'german'::regconfig when 'pt' then 'portuguese'::regconfig when 'it' then 'italian'::regconfig else 'simple'::regconfig end), coalesce(title, '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector((case language when 'en' then 'english'::regconfig when 'es' then 'spanish'::regconfig when 'ar' then 'arabic'::regconfig when 'fr' then 'french'::regconfig when 'de' then 'german'::regconfig when 'pt' then 'portuguese'::regconfig when 'it' then 'italian'::regconfig else 'simple'::regconfig end), coalesce(body, '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'D')) STORED NOT NULL,
	CONSTRAINT "aid_posts_kind_check" CHECK ("aid_posts"."kind" in ('offer', 'request')),
	CONSTRAINT "aid_posts_category_check" CHECK ("aid_posts"."category" in ('housing', 'transport', 'food', 'skills', 'childcare', 'translation', 'legal', 'tools', 'other')),
	CONSTRAINT "aid_posts_status_check" CHECK ("aid_posts"."status" in ('open', 'fulfilled', 'withdrawn')),
	CONSTRAINT "aid_posts_fulfilled_check" CHECK ((status = 'fulfilled') = (fulfilled_at is not null))
);
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_subject_type_check";--> statement-breakpoint
ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_posts" ADD CONSTRAINT "aid_posts_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."chapters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aid_posts_board_idx" ON "aid_posts" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "aid_posts_chapter_idx" ON "aid_posts" USING btree ("chapter_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "aid_posts_author_idx" ON "aid_posts" USING btree ("author_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "aid_posts_search_idx" ON "aid_posts" USING gin ("search");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_subject_type_check" CHECK ("events"."subject_type" in ('member', 'chapter', 'post', 'thread', 'comment', 'image', 'decision', 'project', 'task', 'election', 'mandate', 'forum', 'setting-change', 'convention', 'founding-document', 'aid-post'));