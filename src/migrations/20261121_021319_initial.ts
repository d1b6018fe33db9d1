import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_articles_topics" AS ENUM('sciatica', 'back-pain', 'prevention', 'self-care', 'spa');
  CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_topics" AS ENUM('sciatica', 'back-pain', 'prevention', 'self-care', 'spa');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_techniques_target_areas" AS ENUM('lower-back', 'glutes', 'piriformis', 'hamstrings', 'hips', 'legs');
  CREATE TYPE "public"."enum_techniques_category" AS ENUM('professional', 'self-massage');
  CREATE TYPE "public"."enum_techniques_pressure" AS ENUM('gentle', 'moderate', 'firm');
  CREATE TYPE "public"."enum_techniques_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_techniques_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__techniques_v_version_target_areas" AS ENUM('lower-back', 'glutes', 'piriformis', 'hamstrings', 'hips', 'legs');
  CREATE TYPE "public"."enum__techniques_v_version_category" AS ENUM('professional', 'self-massage');
  CREATE TYPE "public"."enum__techniques_v_version_pressure" AS ENUM('gentle', 'moderate', 'firm');
  CREATE TYPE "public"."enum__techniques_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__techniques_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__techniques_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_faqs_topic" AS ENUM('sciatica', 'back-pain', 'prevention', 'self-care', 'spa');
  CREATE TYPE "public"."enum_faqs_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_topic" AS ENUM('sciatica', 'back-pain', 'prevention', 'self-care', 'spa');
  CREATE TYPE "public"."enum__faqs_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_therapists_credentials_type" AS ENUM('LMT', 'PT', 'DPT', 'MD', 'DO', 'DC', 'RN', 'other');
  CREATE TYPE "public"."enum_therapists_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_therapists_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__therapists_v_version_credentials_type" AS ENUM('LMT', 'PT', 'DPT', 'MD', 'DO', 'DC', 'RN', 'other');
  CREATE TYPE "public"."enum__therapists_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__therapists_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__therapists_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_disclaimers_applies_to" AS ENUM('articles', 'techniques', 'faqs', 'therapists', 'disclaimers');
  CREATE TYPE "public"."enum_disclaimers_kind" AS ENUM('medical', 'emergency', 'general');
  CREATE TYPE "public"."enum_disclaimers_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_disclaimers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_applies_to" AS ENUM('articles', 'techniques', 'faqs', 'therapists', 'disclaimers');
  CREATE TYPE "public"."enum__disclaimers_v_version_kind" AS ENUM('medical', 'emergency', 'general');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__disclaimers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_published_locale" AS ENUM('en', 'th');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_workflow_events_collection" AS ENUM('articles', 'techniques', 'faqs', 'therapists', 'disclaimers');
  CREATE TYPE "public"."enum_workflow_events_from_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_workflow_events_to_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TABLE "articles_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"publisher" varchar
  );
  
  CREATE TABLE "articles_references_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "articles_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"hero_image_id" integer,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"workflow_state" "enum_articles_workflow_state" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer,
  	"faqs_id" integer,
  	"disclaimers_id" integer
  );
  
  CREATE TABLE "_articles_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"publisher" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_references_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_hero_image_id" integer,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer,
  	"faqs_id" integer,
  	"disclaimers_id" integer
  );
  
  CREATE TABLE "techniques_target_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_techniques_target_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "techniques_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "techniques_benefits_locales" (
  	"benefit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "techniques" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"category" "enum_techniques_category",
  	"pressure" "enum_techniques_pressure",
  	"session_minutes_min" numeric,
  	"session_minutes_max" numeric,
  	"image_id" integer,
  	"workflow_state" "enum_techniques_workflow_state" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_techniques_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "techniques_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"precautions" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_techniques_v_version_target_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__techniques_v_version_target_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_techniques_v_version_benefits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_techniques_v_version_benefits_locales" (
  	"benefit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_techniques_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_category" "enum__techniques_v_version_category",
  	"version_pressure" "enum__techniques_v_version_pressure",
  	"version_session_minutes_min" numeric,
  	"version_session_minutes_max" numeric,
  	"version_image_id" integer,
  	"version_workflow_state" "enum__techniques_v_version_workflow_state" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__techniques_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__techniques_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_techniques_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_precautions" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" "enum_faqs_topic",
  	"order" numeric DEFAULT 0,
  	"workflow_state" "enum_faqs_workflow_state" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar,
  	"answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_topic" "enum__faqs_v_version_topic",
  	"version_order" numeric DEFAULT 0,
  	"version_workflow_state" "enum__faqs_v_version_workflow_state" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer
  );
  
  CREATE TABLE "therapists_credentials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_therapists_credentials_type",
  	"license_number" varchar,
  	"issuing_body" varchar,
  	"expires_on" timestamp(3) with time zone
  );
  
  CREATE TABLE "therapists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"photo_id" integer,
  	"years_of_experience" numeric,
  	"is_medical_reviewer" boolean DEFAULT false,
  	"workflow_state" "enum_therapists_workflow_state" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_therapists_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "therapists_locales" (
  	"headline" varchar,
  	"bio" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "therapists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer
  );
  
  CREATE TABLE "_therapists_v_version_credentials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum__therapists_v_version_credentials_type",
  	"license_number" varchar,
  	"issuing_body" varchar,
  	"expires_on" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_therapists_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_photo_id" integer,
  	"version_years_of_experience" numeric,
  	"version_is_medical_reviewer" boolean DEFAULT false,
  	"version_workflow_state" "enum__therapists_v_version_workflow_state" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__therapists_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__therapists_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_therapists_v_locales" (
  	"version_headline" varchar,
  	"version_bio" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_therapists_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer
  );
  
  CREATE TABLE "disclaimers_applies_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_disclaimers_applies_to",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "disclaimers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_disclaimers_kind",
  	"is_default" boolean DEFAULT false,
  	"workflow_state" "enum_disclaimers_workflow_state" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclaimers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclaimers_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_disclaimers_v_version_applies_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__disclaimers_v_version_applies_to",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_disclaimers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__disclaimers_v_version_kind",
  	"version_is_default" boolean DEFAULT false,
  	"version_workflow_state" "enum__disclaimers_v_version_workflow_state" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclaimers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__disclaimers_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_disclaimers_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"therapist_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" "enum_workflow_events_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"action" varchar NOT NULL,
  	"from_state" "enum_workflow_events_from_state",
  	"to_state" "enum_workflow_events_to_state",
  	"actor_id" integer,
  	"comment" varchar,
  	"content_hash" varchar,
  	"findings" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"techniques_id" integer,
  	"faqs_id" integer,
  	"therapists_id" integer,
  	"disclaimers_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"workflow_events_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_interval_months" numeric DEFAULT 12 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclaimers_id" integer
  );
  
  ALTER TABLE "articles_references" ADD CONSTRAINT "articles_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_references_locales" ADD CONSTRAINT "articles_references_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_topics" ADD CONSTRAINT "articles_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_therapists_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_references" ADD CONSTRAINT "_articles_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_references_locales" ADD CONSTRAINT "_articles_v_version_references_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_version_references"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_topics" ADD CONSTRAINT "_articles_v_version_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_therapists_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_target_areas" ADD CONSTRAINT "techniques_target_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_benefits" ADD CONSTRAINT "techniques_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_benefits_locales" ADD CONSTRAINT "techniques_benefits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."techniques_benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques" ADD CONSTRAINT "techniques_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "techniques_locales" ADD CONSTRAINT "techniques_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "techniques_locales" ADD CONSTRAINT "techniques_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_version_target_areas" ADD CONSTRAINT "_techniques_v_version_target_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_version_benefits" ADD CONSTRAINT "_techniques_v_version_benefits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_version_benefits_locales" ADD CONSTRAINT "_techniques_v_version_benefits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_techniques_v_version_benefits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v" ADD CONSTRAINT "_techniques_v_parent_id_techniques_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."techniques"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_techniques_v" ADD CONSTRAINT "_techniques_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_techniques_v_locales" ADD CONSTRAINT "_techniques_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_techniques_v_locales" ADD CONSTRAINT "_techniques_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_credentials" ADD CONSTRAINT "therapists_credentials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists" ADD CONSTRAINT "therapists_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "therapists_locales" ADD CONSTRAINT "therapists_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_rels" ADD CONSTRAINT "therapists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "therapists_rels" ADD CONSTRAINT "therapists_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapists_v_version_credentials" ADD CONSTRAINT "_therapists_v_version_credentials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_therapists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapists_v" ADD CONSTRAINT "_therapists_v_parent_id_therapists_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_therapists_v" ADD CONSTRAINT "_therapists_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_therapists_v_locales" ADD CONSTRAINT "_therapists_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_therapists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapists_v_rels" ADD CONSTRAINT "_therapists_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_therapists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_therapists_v_rels" ADD CONSTRAINT "_therapists_v_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers_applies_to" ADD CONSTRAINT "disclaimers_applies_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers_locales" ADD CONSTRAINT "disclaimers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_version_applies_to" ADD CONSTRAINT "_disclaimers_v_version_applies_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_parent_id_disclaimers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_locales" ADD CONSTRAINT "_disclaimers_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_therapist_id_therapists_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."therapists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_therapists_fk" FOREIGN KEY ("therapists_id") REFERENCES "public"."therapists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_rels" ADD CONSTRAINT "site_settings_rels_disclaimers_fk" FOREIGN KEY ("disclaimers_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_references_order_idx" ON "articles_references" USING btree ("_order");
  CREATE INDEX "articles_references_parent_id_idx" ON "articles_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_references_locales_locale_parent_id_unique" ON "articles_references_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_topics_order_idx" ON "articles_topics" USING btree ("order");
  CREATE INDEX "articles_topics_parent_idx" ON "articles_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_techniques_id_idx" ON "articles_rels" USING btree ("techniques_id");
  CREATE INDEX "articles_rels_faqs_id_idx" ON "articles_rels" USING btree ("faqs_id");
  CREATE INDEX "articles_rels_disclaimers_id_idx" ON "articles_rels" USING btree ("disclaimers_id");
  CREATE INDEX "_articles_v_version_references_order_idx" ON "_articles_v_version_references" USING btree ("_order");
  CREATE INDEX "_articles_v_version_references_parent_id_idx" ON "_articles_v_version_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_articles_v_version_references_locales_locale_parent_id_uniq" ON "_articles_v_version_references_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_version_topics_order_idx" ON "_articles_v_version_topics" USING btree ("order");
  CREATE INDEX "_articles_v_version_topics_parent_idx" ON "_articles_v_version_topics" USING btree ("parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_techniques_id_idx" ON "_articles_v_rels" USING btree ("techniques_id");
  CREATE INDEX "_articles_v_rels_faqs_id_idx" ON "_articles_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_articles_v_rels_disclaimers_id_idx" ON "_articles_v_rels" USING btree ("disclaimers_id");
  CREATE INDEX "techniques_target_areas_order_idx" ON "techniques_target_areas" USING btree ("order");
  CREATE INDEX "techniques_target_areas_parent_idx" ON "techniques_target_areas" USING btree ("parent_id");
  CREATE INDEX "techniques_benefits_order_idx" ON "techniques_benefits" USING btree ("_order");
  CREATE INDEX "techniques_benefits_parent_id_idx" ON "techniques_benefits" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "techniques_benefits_locales_locale_parent_id_unique" ON "techniques_benefits_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "techniques_slug_idx" ON "techniques" USING btree ("slug");
  CREATE INDEX "techniques_image_idx" ON "techniques" USING btree ("image_id");
  CREATE INDEX "techniques_workflow_state_idx" ON "techniques" USING btree ("workflow_state");
  CREATE INDEX "techniques_updated_at_idx" ON "techniques" USING btree ("updated_at");
  CREATE INDEX "techniques_created_at_idx" ON "techniques" USING btree ("created_at");
  CREATE INDEX "techniques__status_idx" ON "techniques" USING btree ("_status");
  CREATE INDEX "techniques_meta_meta_image_idx" ON "techniques_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "techniques_locales_locale_parent_id_unique" ON "techniques_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_techniques_v_version_target_areas_order_idx" ON "_techniques_v_version_target_areas" USING btree ("order");
  CREATE INDEX "_techniques_v_version_target_areas_parent_idx" ON "_techniques_v_version_target_areas" USING btree ("parent_id");
  CREATE INDEX "_techniques_v_version_benefits_order_idx" ON "_techniques_v_version_benefits" USING btree ("_order");
  CREATE INDEX "_techniques_v_version_benefits_parent_id_idx" ON "_techniques_v_version_benefits" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_techniques_v_version_benefits_locales_locale_parent_id_uniq" ON "_techniques_v_version_benefits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_techniques_v_parent_idx" ON "_techniques_v" USING btree ("parent_id");
  CREATE INDEX "_techniques_v_version_version_slug_idx" ON "_techniques_v" USING btree ("version_slug");
  CREATE INDEX "_techniques_v_version_version_image_idx" ON "_techniques_v" USING btree ("version_image_id");
  CREATE INDEX "_techniques_v_version_version_workflow_state_idx" ON "_techniques_v" USING btree ("version_workflow_state");
  CREATE INDEX "_techniques_v_version_version_updated_at_idx" ON "_techniques_v" USING btree ("version_updated_at");
  CREATE INDEX "_techniques_v_version_version_created_at_idx" ON "_techniques_v" USING btree ("version_created_at");
  CREATE INDEX "_techniques_v_version_version__status_idx" ON "_techniques_v" USING btree ("version__status");
  CREATE INDEX "_techniques_v_created_at_idx" ON "_techniques_v" USING btree ("created_at");
  CREATE INDEX "_techniques_v_updated_at_idx" ON "_techniques_v" USING btree ("updated_at");
  CREATE INDEX "_techniques_v_snapshot_idx" ON "_techniques_v" USING btree ("snapshot");
  CREATE INDEX "_techniques_v_published_locale_idx" ON "_techniques_v" USING btree ("published_locale");
  CREATE INDEX "_techniques_v_latest_idx" ON "_techniques_v" USING btree ("latest");
  CREATE INDEX "_techniques_v_version_meta_version_meta_image_idx" ON "_techniques_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_techniques_v_locales_locale_parent_id_unique" ON "_techniques_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_workflow_state_idx" ON "faqs" USING btree ("workflow_state");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_techniques_id_idx" ON "faqs_rels" USING btree ("techniques_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_workflow_state_idx" ON "_faqs_v" USING btree ("version_workflow_state");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_techniques_id_idx" ON "_faqs_v_rels" USING btree ("techniques_id");
  CREATE INDEX "therapists_credentials_order_idx" ON "therapists_credentials" USING btree ("_order");
  CREATE INDEX "therapists_credentials_parent_id_idx" ON "therapists_credentials" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "therapists_slug_idx" ON "therapists" USING btree ("slug");
  CREATE INDEX "therapists_photo_idx" ON "therapists" USING btree ("photo_id");
  CREATE INDEX "therapists_workflow_state_idx" ON "therapists" USING btree ("workflow_state");
  CREATE INDEX "therapists_updated_at_idx" ON "therapists" USING btree ("updated_at");
  CREATE INDEX "therapists_created_at_idx" ON "therapists" USING btree ("created_at");
  CREATE INDEX "therapists__status_idx" ON "therapists" USING btree ("_status");
  CREATE UNIQUE INDEX "therapists_locales_locale_parent_id_unique" ON "therapists_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "therapists_rels_order_idx" ON "therapists_rels" USING btree ("order");
  CREATE INDEX "therapists_rels_parent_idx" ON "therapists_rels" USING btree ("parent_id");
  CREATE INDEX "therapists_rels_path_idx" ON "therapists_rels" USING btree ("path");
  CREATE INDEX "therapists_rels_techniques_id_idx" ON "therapists_rels" USING btree ("techniques_id");
  CREATE INDEX "_therapists_v_version_credentials_order_idx" ON "_therapists_v_version_credentials" USING btree ("_order");
  CREATE INDEX "_therapists_v_version_credentials_parent_id_idx" ON "_therapists_v_version_credentials" USING btree ("_parent_id");
  CREATE INDEX "_therapists_v_parent_idx" ON "_therapists_v" USING btree ("parent_id");
  CREATE INDEX "_therapists_v_version_version_slug_idx" ON "_therapists_v" USING btree ("version_slug");
  CREATE INDEX "_therapists_v_version_version_photo_idx" ON "_therapists_v" USING btree ("version_photo_id");
  CREATE INDEX "_therapists_v_version_version_workflow_state_idx" ON "_therapists_v" USING btree ("version_workflow_state");
  CREATE INDEX "_therapists_v_version_version_updated_at_idx" ON "_therapists_v" USING btree ("version_updated_at");
  CREATE INDEX "_therapists_v_version_version_created_at_idx" ON "_therapists_v" USING btree ("version_created_at");
  CREATE INDEX "_therapists_v_version_version__status_idx" ON "_therapists_v" USING btree ("version__status");
  CREATE INDEX "_therapists_v_created_at_idx" ON "_therapists_v" USING btree ("created_at");
  CREATE INDEX "_therapists_v_updated_at_idx" ON "_therapists_v" USING btree ("updated_at");
  CREATE INDEX "_therapists_v_snapshot_idx" ON "_therapists_v" USING btree ("snapshot");
  CREATE INDEX "_therapists_v_published_locale_idx" ON "_therapists_v" USING btree ("published_locale");
  CREATE INDEX "_therapists_v_latest_idx" ON "_therapists_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_therapists_v_locales_locale_parent_id_unique" ON "_therapists_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_therapists_v_rels_order_idx" ON "_therapists_v_rels" USING btree ("order");
  CREATE INDEX "_therapists_v_rels_parent_idx" ON "_therapists_v_rels" USING btree ("parent_id");
  CREATE INDEX "_therapists_v_rels_path_idx" ON "_therapists_v_rels" USING btree ("path");
  CREATE INDEX "_therapists_v_rels_techniques_id_idx" ON "_therapists_v_rels" USING btree ("techniques_id");
  CREATE INDEX "disclaimers_applies_to_order_idx" ON "disclaimers_applies_to" USING btree ("order");
  CREATE INDEX "disclaimers_applies_to_parent_idx" ON "disclaimers_applies_to" USING btree ("parent_id");
  CREATE INDEX "disclaimers_workflow_state_idx" ON "disclaimers" USING btree ("workflow_state");
  CREATE INDEX "disclaimers_updated_at_idx" ON "disclaimers" USING btree ("updated_at");
  CREATE INDEX "disclaimers_created_at_idx" ON "disclaimers" USING btree ("created_at");
  CREATE INDEX "disclaimers__status_idx" ON "disclaimers" USING btree ("_status");
  CREATE UNIQUE INDEX "disclaimers_locales_locale_parent_id_unique" ON "disclaimers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_disclaimers_v_version_applies_to_order_idx" ON "_disclaimers_v_version_applies_to" USING btree ("order");
  CREATE INDEX "_disclaimers_v_version_applies_to_parent_idx" ON "_disclaimers_v_version_applies_to" USING btree ("parent_id");
  CREATE INDEX "_disclaimers_v_parent_idx" ON "_disclaimers_v" USING btree ("parent_id");
  CREATE INDEX "_disclaimers_v_version_version_workflow_state_idx" ON "_disclaimers_v" USING btree ("version_workflow_state");
  CREATE INDEX "_disclaimers_v_version_version_updated_at_idx" ON "_disclaimers_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclaimers_v_version_version_created_at_idx" ON "_disclaimers_v" USING btree ("version_created_at");
  CREATE INDEX "_disclaimers_v_version_version__status_idx" ON "_disclaimers_v" USING btree ("version__status");
  CREATE INDEX "_disclaimers_v_created_at_idx" ON "_disclaimers_v" USING btree ("created_at");
  CREATE INDEX "_disclaimers_v_updated_at_idx" ON "_disclaimers_v" USING btree ("updated_at");
  CREATE INDEX "_disclaimers_v_snapshot_idx" ON "_disclaimers_v" USING btree ("snapshot");
  CREATE INDEX "_disclaimers_v_published_locale_idx" ON "_disclaimers_v" USING btree ("published_locale");
  CREATE INDEX "_disclaimers_v_latest_idx" ON "_disclaimers_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_disclaimers_v_locales_locale_parent_id_unique" ON "_disclaimers_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_therapist_idx" ON "users" USING btree ("therapist_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "workflow_events_collection_idx" ON "workflow_events" USING btree ("collection");
  CREATE INDEX "workflow_events_document_id_idx" ON "workflow_events" USING btree ("document_id");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_techniques_id_idx" ON "payload_locked_documents_rels" USING btree ("techniques_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_therapists_id_idx" ON "payload_locked_documents_rels" USING btree ("therapists_id");
  CREATE INDEX "payload_locked_documents_rels_disclaimers_id_idx" ON "payload_locked_documents_rels" USING btree ("disclaimers_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_rels_order_idx" ON "site_settings_rels" USING btree ("order");
  CREATE INDEX "site_settings_rels_parent_idx" ON "site_settings_rels" USING btree ("parent_id");
  CREATE INDEX "site_settings_rels_path_idx" ON "site_settings_rels" USING btree ("path");
  CREATE INDEX "site_settings_rels_disclaimers_id_idx" ON "site_settings_rels" USING btree ("disclaimers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_references" CASCADE;
  DROP TABLE "articles_references_locales" CASCADE;
  DROP TABLE "articles_topics" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_references" CASCADE;
  DROP TABLE "_articles_v_version_references_locales" CASCADE;
  DROP TABLE "_articles_v_version_topics" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "techniques_target_areas" CASCADE;
  DROP TABLE "techniques_benefits" CASCADE;
  DROP TABLE "techniques_benefits_locales" CASCADE;
  DROP TABLE "techniques" CASCADE;
  DROP TABLE "techniques_locales" CASCADE;
  DROP TABLE "_techniques_v_version_target_areas" CASCADE;
  DROP TABLE "_techniques_v_version_benefits" CASCADE;
  DROP TABLE "_techniques_v_version_benefits_locales" CASCADE;
  DROP TABLE "_techniques_v" CASCADE;
  DROP TABLE "_techniques_v_locales" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "therapists_credentials" CASCADE;
  DROP TABLE "therapists" CASCADE;
  DROP TABLE "therapists_locales" CASCADE;
  DROP TABLE "therapists_rels" CASCADE;
  DROP TABLE "_therapists_v_version_credentials" CASCADE;
  DROP TABLE "_therapists_v" CASCADE;
  DROP TABLE "_therapists_v_locales" CASCADE;
  DROP TABLE "_therapists_v_rels" CASCADE;
  DROP TABLE "disclaimers_applies_to" CASCADE;
  DROP TABLE "disclaimers" CASCADE;
  DROP TABLE "disclaimers_locales" CASCADE;
  DROP TABLE "_disclaimers_v_version_applies_to" CASCADE;
  DROP TABLE "_disclaimers_v" CASCADE;
  DROP TABLE "_disclaimers_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_topics";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_topics";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_techniques_target_areas";
  DROP TYPE "public"."enum_techniques_category";
  DROP TYPE "public"."enum_techniques_pressure";
  DROP TYPE "public"."enum_techniques_workflow_state";
  DROP TYPE "public"."enum_techniques_status";
  DROP TYPE "public"."enum__techniques_v_version_target_areas";
  DROP TYPE "public"."enum__techniques_v_version_category";
  DROP TYPE "public"."enum__techniques_v_version_pressure";
  DROP TYPE "public"."enum__techniques_v_version_workflow_state";
  DROP TYPE "public"."enum__techniques_v_version_status";
  DROP TYPE "public"."enum__techniques_v_published_locale";
  DROP TYPE "public"."enum_faqs_topic";
  DROP TYPE "public"."enum_faqs_workflow_state";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_topic";
  DROP TYPE "public"."enum__faqs_v_version_workflow_state";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum_therapists_credentials_type";
  DROP TYPE "public"."enum_therapists_workflow_state";
  DROP TYPE "public"."enum_therapists_status";
  DROP TYPE "public"."enum__therapists_v_version_credentials_type";
  DROP TYPE "public"."enum__therapists_v_version_workflow_state";
  DROP TYPE "public"."enum__therapists_v_version_status";
  DROP TYPE "public"."enum__therapists_v_published_locale";
  DROP TYPE "public"."enum_disclaimers_applies_to";
  DROP TYPE "public"."enum_disclaimers_kind";
  DROP TYPE "public"."enum_disclaimers_workflow_state";
  DROP TYPE "public"."enum_disclaimers_status";
  DROP TYPE "public"."enum__disclaimers_v_version_applies_to";
  DROP TYPE "public"."enum__disclaimers_v_version_kind";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_state";
  DROP TYPE "public"."enum__disclaimers_v_version_status";
  DROP TYPE "public"."enum__disclaimers_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_workflow_events_collection";
  DROP TYPE "public"."enum_workflow_events_from_state";
  DROP TYPE "public"."enum_workflow_events_to_state";`)
}
