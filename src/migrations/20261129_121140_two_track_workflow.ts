import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__articles_v_version_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_techniques_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum_techniques_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__techniques_v_version_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum__techniques_v_version_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_faqs_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum_faqs_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__faqs_v_version_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum__faqs_v_version_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_therapists_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum_therapists_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__therapists_v_version_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum__therapists_v_version_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_disclaimers_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum_disclaimers_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__disclaimers_v_version_live_state" AS ENUM('none', 'published', 'archived');
  CREATE TYPE "public"."enum__disclaimers_v_version_draft_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  ALTER TABLE "articles" ADD COLUMN "live_state" "enum_articles_live_state" DEFAULT 'none';
  ALTER TABLE "articles" ADD COLUMN "draft_state" "enum_articles_draft_state" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_live_state" "enum__articles_v_version_live_state" DEFAULT 'none';
  ALTER TABLE "_articles_v" ADD COLUMN "version_draft_state" "enum__articles_v_version_draft_state" DEFAULT 'draft';
  ALTER TABLE "techniques" ADD COLUMN "live_state" "enum_techniques_live_state" DEFAULT 'none';
  ALTER TABLE "techniques" ADD COLUMN "draft_state" "enum_techniques_draft_state" DEFAULT 'draft';
  ALTER TABLE "_techniques_v" ADD COLUMN "version_live_state" "enum__techniques_v_version_live_state" DEFAULT 'none';
  ALTER TABLE "_techniques_v" ADD COLUMN "version_draft_state" "enum__techniques_v_version_draft_state" DEFAULT 'draft';
  ALTER TABLE "faqs" ADD COLUMN "live_state" "enum_faqs_live_state" DEFAULT 'none';
  ALTER TABLE "faqs" ADD COLUMN "draft_state" "enum_faqs_draft_state" DEFAULT 'draft';
  ALTER TABLE "_faqs_v" ADD COLUMN "version_live_state" "enum__faqs_v_version_live_state" DEFAULT 'none';
  ALTER TABLE "_faqs_v" ADD COLUMN "version_draft_state" "enum__faqs_v_version_draft_state" DEFAULT 'draft';
  ALTER TABLE "therapists" ADD COLUMN "live_state" "enum_therapists_live_state" DEFAULT 'none';
  ALTER TABLE "therapists" ADD COLUMN "draft_state" "enum_therapists_draft_state" DEFAULT 'draft';
  ALTER TABLE "_therapists_v" ADD COLUMN "version_live_state" "enum__therapists_v_version_live_state" DEFAULT 'none';
  ALTER TABLE "_therapists_v" ADD COLUMN "version_draft_state" "enum__therapists_v_version_draft_state" DEFAULT 'draft';
  ALTER TABLE "disclaimers" ADD COLUMN "live_state" "enum_disclaimers_live_state" DEFAULT 'none';
  ALTER TABLE "disclaimers" ADD COLUMN "draft_state" "enum_disclaimers_draft_state" DEFAULT 'draft';
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_live_state" "enum__disclaimers_v_version_live_state" DEFAULT 'none';
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_draft_state" "enum__disclaimers_v_version_draft_state" DEFAULT 'draft';
  CREATE INDEX "articles_live_state_idx" ON "articles" USING btree ("live_state");
  CREATE INDEX "articles_draft_state_idx" ON "articles" USING btree ("draft_state");
  CREATE INDEX "_articles_v_version_version_live_state_idx" ON "_articles_v" USING btree ("version_live_state");
  CREATE INDEX "_articles_v_version_version_draft_state_idx" ON "_articles_v" USING btree ("version_draft_state");
  CREATE INDEX "techniques_live_state_idx" ON "techniques" USING btree ("live_state");
  CREATE INDEX "techniques_draft_state_idx" ON "techniques" USING btree ("draft_state");
  CREATE INDEX "_techniques_v_version_version_live_state_idx" ON "_techniques_v" USING btree ("version_live_state");
  CREATE INDEX "_techniques_v_version_version_draft_state_idx" ON "_techniques_v" USING btree ("version_draft_state");
  CREATE INDEX "faqs_live_state_idx" ON "faqs" USING btree ("live_state");
  CREATE INDEX "faqs_draft_state_idx" ON "faqs" USING btree ("draft_state");
  CREATE INDEX "_faqs_v_version_version_live_state_idx" ON "_faqs_v" USING btree ("version_live_state");
  CREATE INDEX "_faqs_v_version_version_draft_state_idx" ON "_faqs_v" USING btree ("version_draft_state");
  CREATE INDEX "therapists_live_state_idx" ON "therapists" USING btree ("live_state");
  CREATE INDEX "therapists_draft_state_idx" ON "therapists" USING btree ("draft_state");
  CREATE INDEX "_therapists_v_version_version_live_state_idx" ON "_therapists_v" USING btree ("version_live_state");
  CREATE INDEX "_therapists_v_version_version_draft_state_idx" ON "_therapists_v" USING btree ("version_draft_state");
  CREATE INDEX "disclaimers_live_state_idx" ON "disclaimers" USING btree ("live_state");
  CREATE INDEX "disclaimers_draft_state_idx" ON "disclaimers" USING btree ("draft_state");
  CREATE INDEX "_disclaimers_v_version_version_live_state_idx" ON "_disclaimers_v" USING btree ("version_live_state");
  CREATE INDEX "_disclaimers_v_version_version_draft_state_idx" ON "_disclaimers_v" USING btree ("version_draft_state");`)

  // Existing documents get their two tracks from the single state they had. The main row is the
  // live row; a version is a pending draft when its state is one of the draft track's.
  for (const table of ['articles', 'techniques', 'faqs', 'therapists', 'disclaimers']) {
    const versions = `_${table}_v`
    await db.execute(sql`
      UPDATE ${sql.identifier(table)} SET
        live_state = (CASE
          WHEN _status = 'published' THEN 'published'
          WHEN workflow_state = 'archived' THEN 'archived'
          ELSE 'none' END)::${sql.identifier(`enum_${table}_live_state`)},
        draft_state = (CASE
          WHEN workflow_state::text IN ('draft', 'in_review', 'changes_requested', 'approved') THEN workflow_state::text
          END)::${sql.identifier(`enum_${table}_draft_state`)};
      UPDATE ${sql.identifier(versions)} AS v SET
        version_live_state = (p.live_state::text)::${sql.identifier(`enum_${versions}_version_live_state`)},
        version_draft_state = (CASE
          WHEN v.version_workflow_state::text IN ('draft', 'in_review', 'changes_requested', 'approved')
            THEN v.version_workflow_state::text
          END)::${sql.identifier(`enum_${versions}_version_draft_state`)}
      FROM ${sql.identifier(table)} AS p WHERE p.id = v.parent_id;
    `)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_live_state_idx";
  DROP INDEX "articles_draft_state_idx";
  DROP INDEX "_articles_v_version_version_live_state_idx";
  DROP INDEX "_articles_v_version_version_draft_state_idx";
  DROP INDEX "techniques_live_state_idx";
  DROP INDEX "techniques_draft_state_idx";
  DROP INDEX "_techniques_v_version_version_live_state_idx";
  DROP INDEX "_techniques_v_version_version_draft_state_idx";
  DROP INDEX "faqs_live_state_idx";
  DROP INDEX "faqs_draft_state_idx";
  DROP INDEX "_faqs_v_version_version_live_state_idx";
  DROP INDEX "_faqs_v_version_version_draft_state_idx";
  DROP INDEX "therapists_live_state_idx";
  DROP INDEX "therapists_draft_state_idx";
  DROP INDEX "_therapists_v_version_version_live_state_idx";
  DROP INDEX "_therapists_v_version_version_draft_state_idx";
  DROP INDEX "disclaimers_live_state_idx";
  DROP INDEX "disclaimers_draft_state_idx";
  DROP INDEX "_disclaimers_v_version_version_live_state_idx";
  DROP INDEX "_disclaimers_v_version_version_draft_state_idx";
  ALTER TABLE "articles" DROP COLUMN "live_state";
  ALTER TABLE "articles" DROP COLUMN "draft_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_live_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_draft_state";
  ALTER TABLE "techniques" DROP COLUMN "live_state";
  ALTER TABLE "techniques" DROP COLUMN "draft_state";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_live_state";
  ALTER TABLE "_techniques_v" DROP COLUMN "version_draft_state";
  ALTER TABLE "faqs" DROP COLUMN "live_state";
  ALTER TABLE "faqs" DROP COLUMN "draft_state";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_live_state";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_draft_state";
  ALTER TABLE "therapists" DROP COLUMN "live_state";
  ALTER TABLE "therapists" DROP COLUMN "draft_state";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_live_state";
  ALTER TABLE "_therapists_v" DROP COLUMN "version_draft_state";
  ALTER TABLE "disclaimers" DROP COLUMN "live_state";
  ALTER TABLE "disclaimers" DROP COLUMN "draft_state";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_live_state";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_draft_state";
  DROP TYPE "public"."enum_articles_live_state";
  DROP TYPE "public"."enum_articles_draft_state";
  DROP TYPE "public"."enum__articles_v_version_live_state";
  DROP TYPE "public"."enum__articles_v_version_draft_state";
  DROP TYPE "public"."enum_techniques_live_state";
  DROP TYPE "public"."enum_techniques_draft_state";
  DROP TYPE "public"."enum__techniques_v_version_live_state";
  DROP TYPE "public"."enum__techniques_v_version_draft_state";
  DROP TYPE "public"."enum_faqs_live_state";
  DROP TYPE "public"."enum_faqs_draft_state";
  DROP TYPE "public"."enum__faqs_v_version_live_state";
  DROP TYPE "public"."enum__faqs_v_version_draft_state";
  DROP TYPE "public"."enum_therapists_live_state";
  DROP TYPE "public"."enum_therapists_draft_state";
  DROP TYPE "public"."enum__therapists_v_version_live_state";
  DROP TYPE "public"."enum__therapists_v_version_draft_state";
  DROP TYPE "public"."enum_disclaimers_live_state";
  DROP TYPE "public"."enum_disclaimers_draft_state";
  DROP TYPE "public"."enum__disclaimers_v_version_live_state";
  DROP TYPE "public"."enum__disclaimers_v_version_draft_state";`)
}
