import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (Payload's schema has no collations): the title columns the lists sort by use
 * ICU's Thai collation, so `sort=title&locale=th` comes back in Thai dictionary order (leading
 * vowels such as เ and ไ sort under their consonant) instead of code-point order. For Latin
 * text it is the Unicode root order, which is also a better English order than "C" (case does
 * not split the list). Both locales share one column, so one collation serves both. Servers
 * built without ICU keep their default collation (a NOTICE says so).
 */
const COLUMNS: [table: string, column: string][] = [
  ['articles_locales', 'title'],
  ['_articles_v_locales', 'version_title'],
  ['techniques_locales', 'name'],
  ['_techniques_v_locales', 'version_name'],
  ['faqs_locales', 'question'],
  ['_faqs_v_locales', 'version_question'],
  ['therapists', 'name'],
  ['_therapists_v', 'version_name'],
  ['disclaimers_locales', 'title'],
  ['_disclaimers_v_locales', 'version_title'],
]

const alter = (collation: string) =>
  COLUMNS.map(([table, column]) => `ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE varchar COLLATE "${collation}";`).join('\n')

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  DO $$
  BEGIN
    IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'th-x-icu') THEN
      ${alter('th-x-icu')}
    ELSE
      RAISE NOTICE 'no ICU collation th-x-icu on this server: title sorting keeps the database collation';
    END IF;
  END $$;`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(alter('default')))
}
