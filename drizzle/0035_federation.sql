CREATE TABLE "federation_actors" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "federation_actors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"member_id" bigint,
	"chapter_id" bigint,
	"enabled" boolean DEFAULT false NOT NULL,
	"public_key_pem" text NOT NULL,
	"private_key_pem" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "federation_actors_kind_check" CHECK ("federation_actors"."kind" in ('member', 'chapter', 'organisation'))
);
--> statement-breakpoint
CREATE TABLE "federation_deliveries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "federation_deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" bigint NOT NULL,
	"inbox" text NOT NULL,
	"activity" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"claimed_until" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_follows" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "federation_follows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" bigint NOT NULL,
	"remote_actor_id" bigint NOT NULL,
	"direction" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"activity_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "federation_follows_direction_check" CHECK ("federation_follows"."direction" in ('follower', 'following')),
	CONSTRAINT "federation_follows_state_check" CHECK ("federation_follows"."state" in ('pending', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "federation_received_posts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "federation_received_posts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"remote_actor_id" bigint NOT NULL,
	"object_id" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"url" text,
	"published_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_remote_actors" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "federation_remote_actors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"uri" text NOT NULL,
	"key_id" text NOT NULL,
	"public_key_pem" text NOT NULL,
	"inbox" text NOT NULL,
	"shared_inbox" text,
	"name" text DEFAULT '' NOT NULL,
	"handle" text DEFAULT '' NOT NULL,
	"url" text,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "federation_remote_replies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "federation_remote_replies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"post_id" bigint NOT NULL,
	"remote_actor_id" bigint NOT NULL,
	"object_id" text NOT NULL,
	"text" text NOT NULL,
	"url" text,
	"flag_count" integer DEFAULT 0 NOT NULL,
	"reviewed_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "federation_actors" ADD CONSTRAINT "federation_actors_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_actors" ADD CONSTRAINT "federation_actors_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_deliveries" ADD CONSTRAINT "federation_deliveries_actor_id_federation_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."federation_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_follows" ADD CONSTRAINT "federation_follows_actor_id_federation_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."federation_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_follows" ADD CONSTRAINT "federation_follows_remote_actor_id_federation_remote_actors_id_fk" FOREIGN KEY ("remote_actor_id") REFERENCES "public"."federation_remote_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_received_posts" ADD CONSTRAINT "federation_received_posts_remote_actor_id_federation_remote_actors_id_fk" FOREIGN KEY ("remote_actor_id") REFERENCES "public"."federation_remote_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_remote_replies" ADD CONSTRAINT "federation_remote_replies_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "federation_remote_replies" ADD CONSTRAINT "federation_remote_replies_remote_actor_id_federation_remote_actors_id_fk" FOREIGN KEY ("remote_actor_id") REFERENCES "public"."federation_remote_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "federation_actors_member_key" ON "federation_actors" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "federation_actors_chapter_key" ON "federation_actors" USING btree ("chapter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "federation_actors_organisation_key" ON "federation_actors" USING btree ("kind") WHERE kind = 'organisation';--> statement-breakpoint
CREATE INDEX "federation_deliveries_pending_idx" ON "federation_deliveries" USING btree ("id") WHERE delivered_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "federation_follows_pair_key" ON "federation_follows" USING btree ("actor_id","remote_actor_id","direction");--> statement-breakpoint
CREATE UNIQUE INDEX "federation_received_posts_object_key" ON "federation_received_posts" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "federation_received_posts_actor_idx" ON "federation_received_posts" USING btree ("remote_actor_id","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "federation_remote_actors_uri_key" ON "federation_remote_actors" USING btree ("uri");--> statement-breakpoint
CREATE INDEX "federation_remote_actors_key_idx" ON "federation_remote_actors" USING btree ("key_id");--> statement-breakpoint
CREATE UNIQUE INDEX "federation_remote_replies_object_key" ON "federation_remote_replies" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "federation_remote_replies_post_idx" ON "federation_remote_replies" USING btree ("post_id","id");--> statement-breakpoint
CREATE INDEX "federation_remote_replies_actor_idx" ON "federation_remote_replies" USING btree ("remote_actor_id","created_at");