import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "techniques_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_techniques_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "disclaimers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_disclaimers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "workflow_reviewed_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "medical_review_reviewer_id" integer;
  ALTER TABLE "articles" ADD COLUMN "medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "claims_findings" jsonb;
  ALTER TABLE "articles" ADD COLUMN "claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "articles" ADD COLUMN "claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "articles_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_reviewed_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_reviewer_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_claims_findings" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "_articles_v" ADD COLUMN "version_claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "techniques" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "techniques" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "techniques" ADD COLUMN "workflow_reviewed_hash" varchar;
  ALTER TABLE "techniques" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "techniques" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "techniques" ADD COLUMN "medical_review_reviewer_id" integer;
  ALTER TABLE "techniques" ADD COLUMN "medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "techniques" ADD COLUMN "medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "techniques" ADD COLUMN "medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "techniques" ADD COLUMN "claims_findings" jsonb;
  ALTER TABLE "techniques" ADD COLUMN "claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "techniques" ADD COLUMN "claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_workflow_reviewed_hash" varchar;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_medical_review_reviewer_id" integer;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_claims_findings" jsonb;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "_techniques_v" ADD COLUMN "version_claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "workflow_reviewed_hash" varchar;
  ALTER TABLE "faqs" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_reviewer_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "faqs" ADD COLUMN "claims_findings" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "faqs" ADD COLUMN "claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "faqs_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_workflow_reviewed_hash" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_reviewer_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_claims_findings" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "therapists" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "therapists" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "therapists" ADD COLUMN "workflow_reviewed_hash" varchar;
  ALTER TABLE "therapists" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "therapists" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "therapists" ADD COLUMN "medical_review_reviewer_id" integer;
  ALTER TABLE "therapists" ADD COLUMN "medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "therapists" ADD COLUMN "medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "therapists" ADD COLUMN "medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "therapists" ADD COLUMN "claims_findings" jsonb;
  ALTER TABLE "therapists" ADD COLUMN "claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "therapists" ADD COLUMN "claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "therapists_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_workflow_reviewed_hash" varchar;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_medical_review_reviewer_id" integer;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_claims_findings" jsonb;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "_therapists_v" ADD COLUMN "version_claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_therapists_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_submitted_by_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_reviewed_hash" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_approved_by_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "medical_review_reviewer_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "disclaimers" ADD COLUMN "claims_findings" jsonb;
  ALTER TABLE "disclaimers" ADD COLUMN "claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "disclaimers" ADD COLUMN "claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_submitted_by_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_reviewed_hash" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_approved_by_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_medical_review_reviewer_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_medical_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_medical_review_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_medical_review_is_review_due" boolean DEFAULT false;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_claims_findings" jsonb;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_claims_blocking_count" numeric DEFAULT 0;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_claims_checked_at" timestamp(3) with time zone;
  ALTER TABLE "techniques_rels" ADD CONSTRAINT "techniques_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_rels" ADD CONSTRAINT "techniques_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_rels" ADD CONSTRAINT "_techniques_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_rels" ADD CONSTRAINT "_techniques_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers_rels" ADD CONSTRAINT "disclaimers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers_rels" ADD CONSTRAINT "disclaimers_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_rels" ADD CONSTRAINT "_disclaimers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_rels" ADD CONSTRAINT "_disclaimers_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "techniques_rels_order_idx" ON "techniques_rels" USING btree ("order");
  CREATE INDEX "techniques_rels_parent_idx" ON "techniques_rels" USING btree ("parent_id");
  CREATE INDEX "techniques_rels_path_idx" ON "techniques_rels" USING btree ("path");
  CREATE INDEX "techniques_rels_users_id_idx" ON "techniques_rels" USING btree ("users_id");
  CREATE INDEX "_techniques_v_rels_order_idx" ON "_techniques_v_rels" USING btree ("order");
  CREATE INDEX "_techniques_v_rels_parent_idx" ON "_techniques_v_rels" USING btree ("parent_id");
  CREATE INDEX "_techniques_v_rels_path_idx" ON "_techniques_v_rels" USING btree ("path");
  CREATE INDEX "_techniques_v_rels_users_id_idx" ON "_techniques_v_rels" USING btree ("users_id");
  CREATE INDEX "disclaimers_rels_order_idx" ON "disclaimers_rels" USING btree ("order");
  CREATE INDEX "disclaimers_rels_parent_idx" ON "disclaimers_rels" USING btree ("parent_id");
  CREATE INDEX "disclaimers_rels_path_idx" ON "disclaimers_rels" USING btree ("path");
  CREATE INDEX "disclaimers_rels_users_id_idx" ON "disclaimers_rels" USING btree ("users_id");
  CREATE INDEX "_disclaimers_v_rels_order_idx" ON "_disclaimers_v_rels" USING btree ("order");
  CREATE INDEX "_disclaimers_v_rels_parent_idx" ON "_disclaimers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_disclaimers_v_rels_path_idx" ON "_disclaimers_v_rels" USING btree ("path");
  CREATE INDEX "_disclaimers_v_rels_users_id_idx" ON "_disclaimers_v_rels" USING btree ("users_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("version_medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques" ADD CONSTRAINT "techniques_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "techniques" ADD CONSTRAINT "techniques_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "techniques" ADD CONSTRAINT "techniques_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_techniques_v" ADD CONSTRAINT "_techniques_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_techniques_v" ADD CONSTRAINT "_techniques_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_techniques_v" ADD CONSTRAINT "_techniques_v_version_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("version_medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("version_medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists" ADD CONSTRAINT "therapists_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapists" ADD CONSTRAINT "therapists_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapists" ADD CONSTRAINT "therapists_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapists_rels" ADD CONSTRAINT "therapists_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapists_v" ADD CONSTRAINT "_therapists_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_therapists_v" ADD CONSTRAINT "_therapists_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_therapists_v" ADD CONSTRAINT "_therapists_v_version_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("version_medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_therapists_v_rels" ADD CONSTRAINT "_therapists_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_medical_review_reviewer_id_therapists_id_fk" FOREIGN KEY ("version_medical_review_reviewer_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_workflow_workflow_submitted_by_idx" ON "articles" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "articles_workflow_workflow_approved_by_idx" ON "articles" USING btree ("workflow_approved_by_id");
  CREATE INDEX "articles_medical_review_medical_review_reviewer_idx" ON "articles" USING btree ("medical_review_reviewer_id");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_submitted__idx" ON "_articles_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_approved_b_idx" ON "_articles_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_articles_v_version_medical_review_version_medical_revie_idx" ON "_articles_v" USING btree ("version_medical_review_reviewer_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "techniques_workflow_workflow_submitted_by_idx" ON "techniques" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "techniques_workflow_workflow_approved_by_idx" ON "techniques" USING btree ("workflow_approved_by_id");
  CREATE INDEX "techniques_medical_review_medical_review_reviewer_idx" ON "techniques" USING btree ("medical_review_reviewer_id");
  CREATE INDEX "_techniques_v_version_workflow_version_workflow_submitte_idx" ON "_techniques_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_techniques_v_version_workflow_version_workflow_approved_idx" ON "_techniques_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_techniques_v_version_medical_review_version_medical_rev_idx" ON "_techniques_v" USING btree ("version_medical_review_reviewer_id");
  CREATE INDEX "faqs_workflow_workflow_submitted_by_idx" ON "faqs" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "faqs_workflow_workflow_approved_by_idx" ON "faqs" USING btree ("workflow_approved_by_id");
  CREATE INDEX "faqs_medical_review_medical_review_reviewer_idx" ON "faqs" USING btree ("medical_review_reviewer_id");
  CREATE INDEX "faqs_rels_users_id_idx" ON "faqs_rels" USING btree ("users_id");
  CREATE INDEX "_faqs_v_version_workflow_version_workflow_submitted_by_idx" ON "_faqs_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_faqs_v_version_workflow_version_workflow_approved_by_idx" ON "_faqs_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_faqs_v_version_medical_review_version_medical_review_re_idx" ON "_faqs_v" USING btree ("version_medical_review_reviewer_id");
  CREATE INDEX "_faqs_v_rels_users_id_idx" ON "_faqs_v_rels" USING btree ("users_id");
  CREATE INDEX "therapists_workflow_workflow_submitted_by_idx" ON "therapists" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "therapists_workflow_workflow_approved_by_idx" ON "therapists" USING btree ("workflow_approved_by_id");
  CREATE INDEX "therapists_medical_review_medical_review_reviewer_idx" ON "therapists" USING btree ("medical_review_reviewer_id");
  CREATE INDEX "therapists_rels_users_id_idx" ON "therapists_rels" USING btree ("users_id");
  CREATE INDEX "_therapists_v_version_workflow_version_workflow_submitte_idx" ON "_therapists_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_therapists_v_version_workflow_version_workflow_approved_idx" ON "_therapists_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_therapists_v_version_medical_review_version_medical_rev_idx" ON "_therapists_v" USING btree ("version_medical_review_reviewer_id");
  CREATE INDEX "_therapists_v_rels_users_id_idx" ON "_therapists_v_rels" USING btree ("users_id");
  CREATE INDEX "disclaimers_workflow_workflow_submitted_by_idx" ON "disclaimers" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "disclaimers_workflow_workflow_approved_by_idx" ON "disclaimers" USING btree ("workflow_approved_by_id");
  CREATE INDEX "disclaimers_medical_review_medical_review_reviewer_idx" ON "disclaimers" USING btree ("medical_review_reviewer_id");
  CREATE INDEX "_disclaimers_v_version_workflow_version_workflow_submitt_idx" ON "_disclaimers_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_disclaimers_v_version_workflow_version_workflow_approve_idx" ON "_disclaimers_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_disclaimers_v_version_medical_review_version_medical_re_idx" ON "_disclaimers_v" USING btree ("version_medical_review_reviewer_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "techniques_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_techniques_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclaimers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclaimers_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "techniques_rels" CASCADE;
  DROP TABLE "_techniques_v_rels" CASCADE;
  DROP TABLE "disclaimers_rels" CASCADE;
  DROP TABLE "_disclaimers_v_rels" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_users_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_users_fk";
  
  ALTER TABLE "techniques" DROP CONSTRAINT "techniques_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "techniques" DROP CONSTRAINT "techniques_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "techniques" DROP CONSTRAINT "techniques_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "_techniques_v" DROP CONSTRAINT "_techniques_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_techniques_v" DROP CONSTRAINT "_techniques_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_techniques_v" DROP CONSTRAINT "_techniques_v_version_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "faqs_rels" DROP CONSTRAINT "faqs_rels_users_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "_faqs_v_rels" DROP CONSTRAINT "_faqs_v_rels_users_fk";
  
  ALTER TABLE "therapists" DROP CONSTRAINT "therapists_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "therapists" DROP CONSTRAINT "therapists_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "therapists" DROP CONSTRAINT "therapists_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "therapists_rels" DROP CONSTRAINT "therapists_rels_users_fk";
  
  ALTER TABLE "_therapists_v" DROP CONSTRAINT "_therapists_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_therapists_v" DROP CONSTRAINT "_therapists_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_therapists_v" DROP CONSTRAINT "_therapists_v_version_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "_therapists_v_rels" DROP CONSTRAINT "_therapists_v_rels_users_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_medical_review_reviewer_id_therapists_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_workflow_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_workflow_approved_by_id_users_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_medical_review_reviewer_id_therapists_id_fk";
  
  DROP INDEX "articles_workflow_workflow_submitted_by_idx";
  DROP INDEX "articles_workflow_workflow_approved_by_idx";
  DROP INDEX "articles_medical_review_medical_review_reviewer_idx";
  DROP INDEX "articles_rels_users_id_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_submitted__idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_approved_b_idx";
  DROP INDEX "_articles_v_version_medical_review_version_medical_revie_idx";
  DROP INDEX "_articles_v_rels_users_id_idx";
  DROP INDEX "techniques_workflow_workflow_submitted_by_idx";
  DROP INDEX "techniques_workflow_workflow_approved_by_idx";
  DROP INDEX "techniques_medical_review_medical_review_reviewer_idx";
  DROP INDEX "_techniques_v_version_workflow_version_workflow_submitte_idx";
  DROP INDEX "_techniques_v_version_workflow_version_workflow_approved_idx";
  DROP INDEX "_techniques_v_version_medical_review_version_medical_rev_idx";
  DROP INDEX "faqs_workflow_workflow_submitted_by_idx";
  DROP INDEX "faqs_workflow_workflow_approved_by_idx";
  DROP INDEX "faqs_medical_review_medical_review_reviewer_idx";
  DROP INDEX "faqs_rels_users_id_idx";
  DROP INDEX "_faqs_v_version_workflow_version_workflow_submitted_by_idx";
  DROP INDEX "_faqs_v_version_workflow_version_workflow_approved_by_idx";
  DROP INDEX "_faqs_v_version_medical_review_version_medical_review_re_idx";
  DROP INDEX "_faqs_v_rels_users_id_idx";
  DROP INDEX "therapists_workflow_workflow_submitted_by_idx";
  DROP INDEX "therapists_workflow_workflow_approved_by_idx";
  DROP INDEX "therapists_medical_review_medical_review_reviewer_idx";
  DROP INDEX "therapists_rels_users_id_idx";
  DROP INDEX "_therapists_v_version_workflow_version_workflow_submitte_idx";
  DROP INDEX "_therapists_v_version_workflow_version_workflow_approved_idx";
  DROP INDEX "_therapists_v_version_medical_review_version_medical_rev_idx";
  DROP INDEX "_therapists_v_rels_users_id_idx";
  DROP INDEX "disclaimers_workflow_workflow_submitted_by_idx";
  DROP INDEX "disclaimers_workflow_workflow_approved_by_idx";
  DROP INDEX "disclaimers_medical_review_medical_review_reviewer_idx";
  DROP INDEX "_disclaimers_v_version_workflow_version_workflow_submitt_idx";
  DROP INDEX "_disclaimers_v_version_workflow_version_workflow_approve_idx";
  DROP INDEX "_disclaimers_v_version_medical_review_version_medical_re_idx";
  ALTER TABLE "articles" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "articles" DROP COLUMN "workflow_reviewed_hash";
  ALTER TABLE "articles" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "articles" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "articles" DROP COLUMN "medical_review_reviewer_id";
  ALTER TABLE "articles" DROP COLUMN "medical_review_reviewed_at";
  ALTER TABLE "articles" DROP COLUMN "medical_review_next_review_due";
  ALTER TABLE "articles" DROP COLUMN "medical_review_is_review_due";
  ALTER TABLE "articles" DROP COLUMN "claims_findings";
  ALTER TABLE "articles" DROP COLUMN "claims_blocking_count";
  ALTER TABLE "articles" DROP COLUMN "claims_checked_at";
  ALTER TABLE "articles_rels" DROP COLUMN "users_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_reviewed_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_reviewer_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_reviewed_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_next_review_due";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_is_review_due";
  ALTER TABLE "_articles_v" DROP COLUMN "version_claims_findings";
  ALTER TABLE "_articles_v" DROP COLUMN "version_claims_blocking_count";
  ALTER TABLE "_articles_v" DROP COLUMN "version_claims_checked_at";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "techniques" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "techniques" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "techniques" DROP COLUMN "workflow_reviewed_hash";
  ALTER TABLE "techniques" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "techniques" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "techniques" DROP COLUMN "medical_review_reviewer_id";
  ALTER TABLE "techniques" DROP COLUMN "medical_review_reviewed_at";
  ALTER TABLE "techniques" DROP COLUMN "medical_review_next_review_due";
  ALTER TABLE "techniques" DROP COLUMN "medical_review_is_review_due";
  ALTER TABLE "techniques" DROP COLUMN "claims_findings";
  ALTER TABLE "techniques" DROP COLUMN "claims_blocking_count";
  ALTER TABLE "techniques" DROP COLUMN "claims_checked_at";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_workflow_reviewed_hash";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_medical_review_reviewer_id";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_medical_review_reviewed_at";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_medical_review_next_review_due";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_medical_review_is_review_due";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_claims_findings";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_claims_blocking_count";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_claims_checked_at";
  ALTER TABLE "faqs" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "faqs" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "faqs" DROP COLUMN "workflow_reviewed_hash";
  ALTER TABLE "faqs" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "faqs" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_reviewer_id";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_reviewed_at";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_next_review_due";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_is_review_due";
  ALTER TABLE "faqs" DROP COLUMN "claims_findings";
  ALTER TABLE "faqs" DROP COLUMN "claims_blocking_count";
  ALTER TABLE "faqs" DROP COLUMN "claims_checked_at";
  ALTER TABLE "faqs_rels" DROP COLUMN "users_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_workflow_reviewed_hash";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_reviewer_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_reviewed_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_next_review_due";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_is_review_due";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_claims_findings";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_claims_blocking_count";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_claims_checked_at";
  ALTER TABLE "_faqs_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "therapists" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "therapists" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "therapists" DROP COLUMN "workflow_reviewed_hash";
  ALTER TABLE "therapists" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "therapists" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "therapists" DROP COLUMN "medical_review_reviewer_id";
  ALTER TABLE "therapists" DROP COLUMN "medical_review_reviewed_at";
  ALTER TABLE "therapists" DROP COLUMN "medical_review_next_review_due";
  ALTER TABLE "therapists" DROP COLUMN "medical_review_is_review_due";
  ALTER TABLE "therapists" DROP COLUMN "claims_findings";
  ALTER TABLE "therapists" DROP COLUMN "claims_blocking_count";
  ALTER TABLE "therapists" DROP COLUMN "claims_checked_at";
  ALTER TABLE "therapists_rels" DROP COLUMN "users_id";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_workflow_reviewed_hash";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_medical_review_reviewer_id";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_medical_review_reviewed_at";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_medical_review_next_review_due";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_medical_review_is_review_due";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_claims_findings";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_claims_blocking_count";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_claims_checked_at";
  ALTER TABLE "_therapists_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_submitted_by_id";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_submitted_at";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_reviewed_hash";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_approved_by_id";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_approved_at";
  ALTER TABLE "disclaimers" DROP COLUMN "medical_review_reviewer_id";
  ALTER TABLE "disclaimers" DROP COLUMN "medical_review_reviewed_at";
  ALTER TABLE "disclaimers" DROP COLUMN "medical_review_next_review_due";
  ALTER TABLE "disclaimers" DROP COLUMN "medical_review_is_review_due";
  ALTER TABLE "disclaimers" DROP COLUMN "claims_findings";
  ALTER TABLE "disclaimers" DROP COLUMN "claims_blocking_count";
  ALTER TABLE "disclaimers" DROP COLUMN "claims_checked_at";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_submitted_by_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_submitted_at";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_reviewed_hash";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_approved_by_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_approved_at";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_medical_review_reviewer_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_medical_review_reviewed_at";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_medical_review_next_review_due";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_medical_review_is_review_due";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_claims_findings";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_claims_blocking_count";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_claims_checked_at";`)
}
