import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" ADD COLUMN "version" numeric;
  CREATE INDEX "workflow_events_version_idx" ON "workflow_events" USING btree ("version");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "workflow_events_version_idx";
  ALTER TABLE "workflow_events" DROP COLUMN "version";`)
}
