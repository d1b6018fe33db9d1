import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_comments_collection" AS ENUM('articles', 'techniques', 'faqs', 'therapists', 'disclaimers');
  CREATE TYPE "public"."enum_review_comments_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_review_comments_status" AS ENUM('open', 'resolved');
  CREATE TYPE "public"."enum_review_assignments_collection" AS ENUM('articles', 'techniques', 'faqs', 'therapists', 'disclaimers');
  CREATE TYPE "public"."enum_review_assignments_how" AS ENUM('assigned', 'claimed');
  CREATE TABLE "review_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_review_comments_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"parent_id" integer,
  	"field_path" varchar NOT NULL,
  	"locale" "enum_review_comments_locale",
  	"quote" varchar,
  	"range_start" numeric,
  	"range_end" numeric,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"status" "enum_review_comments_status" DEFAULT 'open',
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"event_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_key" varchar NOT NULL,
  	"collection" "enum_review_assignments_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"reviewer_id" integer NOT NULL,
  	"assigned_by_id" integer,
  	"how" "enum_review_assignments_how" NOT NULL,
  	"due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "activity_read_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_assignments_id" integer;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_parent_id_review_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_event_id_workflow_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."workflow_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_assignments" ADD CONSTRAINT "review_assignments_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_comments_collection_idx" ON "review_comments" USING btree ("collection");
  CREATE INDEX "review_comments_document_id_idx" ON "review_comments" USING btree ("document_id");
  CREATE INDEX "review_comments_parent_idx" ON "review_comments" USING btree ("parent_id");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_status_idx" ON "review_comments" USING btree ("status");
  CREATE INDEX "review_comments_resolved_by_idx" ON "review_comments" USING btree ("resolved_by_id");
  CREATE INDEX "review_comments_event_idx" ON "review_comments" USING btree ("event_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "review_assignments_doc_key_idx" ON "review_assignments" USING btree ("doc_key");
  CREATE INDEX "review_assignments_reviewer_idx" ON "review_assignments" USING btree ("reviewer_id");
  CREATE INDEX "review_assignments_assigned_by_idx" ON "review_assignments" USING btree ("assigned_by_id");
  CREATE INDEX "review_assignments_due_at_idx" ON "review_assignments" USING btree ("due_at");
  CREATE INDEX "review_assignments_updated_at_idx" ON "review_assignments" USING btree ("updated_at");
  CREATE INDEX "review_assignments_created_at_idx" ON "review_assignments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_comments_fk" FOREIGN KEY ("review_comments_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_assignments_fk" FOREIGN KEY ("review_assignments_id") REFERENCES "public"."review_assignments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_comments_id");
  CREATE INDEX "payload_locked_documents_rels_review_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_assignments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_assignments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_comments" CASCADE;
  DROP TABLE "review_assignments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_assignments_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_assignments_id_idx";
  ALTER TABLE "users" DROP COLUMN "activity_read_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_assignments_id";
  DROP TYPE "public"."enum_review_comments_collection";
  DROP TYPE "public"."enum_review_comments_locale";
  DROP TYPE "public"."enum_review_comments_status";
  DROP TYPE "public"."enum_review_assignments_collection";
  DROP TYPE "public"."enum_review_assignments_how";`)
}
