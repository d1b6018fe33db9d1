import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "is_public" boolean DEFAULT false;
  CREATE INDEX "media_is_public_idx" ON "media" USING btree ("is_public");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_is_public_idx";
  ALTER TABLE "media" DROP COLUMN "is_public";`)
}
