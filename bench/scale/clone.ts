/**
 * Bulk generation by cloning: a few template articles go live through the real workflow (so
 * every table the app writes has their rows: the live row, its locales, relations and topics,
 * each version with its own locales, relations and topics, the search index rows), then one
 * set of INSERT … SELECT statements copies them N times with new ids, titles, slugs, dates,
 * authors and techniques. No column is listed by hand: the copy takes every column the schema
 * has, so the clones have the shape the app writes.
 */
import type pg from 'pg'

type Client = pg.Client | pg.PoolClient

const columnsOf = async (db: Client, table: string): Promise<string[]> => {
  const { rows } = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((row) => row.column_name as string)
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * INSERT INTO table SELECT every column of `source` rows joined to `map`, with `overrides`
 * (column → SQL expression over `t` the source row and `m` the map row). Columns left out of
 * `keep` that hold a serial id get a fresh one. `where` limits the source to the template rows
 * (a primary-key range), so a batch never scans the clones written before it.
 */
const copyRows = async (
  db: Client,
  table: string,
  {
    join,
    overrides,
    omit = ['id'],
    where,
  }: { join: string; overrides: Record<string, string>; omit?: string[]; where: string },
) => {
  const columns = (await columnsOf(db, table)).filter((column) => !omit.includes(column) || column in overrides)
  const select = columns.map((column) => overrides[column] ?? `t.${quote(column)}`)
  const result = await db.query(
    `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) SELECT ${select.join(', ')} FROM ${quote(table)} t ${join} WHERE ${where}`,
  )
  return result.rowCount ?? 0
}

/** Tables with a serial id whose template rows are those at or below the id they had before the first clone. */
const ID_TABLES = [
  'articles',
  'articles_locales',
  'articles_rels',
  'articles_topics',
  '_articles_v',
  '_articles_v_locales',
  '_articles_v_rels',
  '_articles_v_version_topics',
]

/** The highest id of each table before any clone was written: every row at or below it is a template's. */
const templateWatermarks = async (db: Client): Promise<Record<string, number>> => {
  await db.query('CREATE TABLE IF NOT EXISTS bench_template_max (tbl text PRIMARY KEY, max_id bigint NOT NULL)')
  for (const table of ID_TABLES) {
    await db.query(
      `INSERT INTO bench_template_max SELECT $1, coalesce(max(id), 0) FROM ${quote(table)} ON CONFLICT (tbl) DO NOTHING`,
      [table],
    )
  }
  const { rows } = await db.query('SELECT tbl, max_id FROM bench_template_max')
  return Object.fromEntries(rows.map((row) => [row.tbl as string, Number(row.max_id)]))
}

const TITLE = (k: string) => `(
  (ARRAY['Easing','Understanding','Relieving','Managing','Soothing','Loosening'])[1 + ${k} % 6] || ' ' ||
  (ARRAY['sciatica','lower back pain','tight hamstrings','piriformis tension','stiff hips','desk posture','post-run soreness','glute tightness'])[1 + (${k} / 6) % 8] || ' with ' ||
  (ARRAY['Swedish massage','deep tissue work','trigger point therapy','myofascial release','foam rolling','a tennis ball','heat and stretching'])[1 + (${k} / 48) % 7] || ', note ' || ${k})`
const THAI_TITLE = (k: string) => `(
  (ARRAY['การนวดคลาย','การดูแล','การยืดเหยียด','การผ่อนคลาย'])[1 + ${k} % 4] ||
  (ARRAY['กล้ามเนื้อสะโพก','หลังส่วนล่าง','ต้นขาด้านหลัง','อาการปวดร้าวลงขา','ไหล่และคอ'])[1 + (${k} / 4) % 5] || ' ตอนที่ ' || ${k})`
const SLUG = (k: string) => `(trim(both '-' from lower(regexp_replace(${TITLE(k)}, '[^a-zA-Z0-9]+', '-', 'g'))))`
/** Spread over two years, deterministic per clone. */
const AGO = (k: string) => `(now() - ((${k} * 7919) % 1051200) * interval '1 minute')`
/**
 * A template timestamp moved to the clone's moment, keeping its distance from now: a clone's
 * versions keep the order and spacing of its template's (created, then updated, then published).
 */
const SHIFTED = (k: string, column: string) => `(${AGO(k)} + (t.${column} - now()))`
/** About 1 in 40 is past its review date, the rest due within two years. */
const NEXT_REVIEW = (k: string) => `(now() + (((${k} * 31) % 800) - 20) * interval '1 day')`

export type Templates = { articleIds: number[]; techniqueIds: number[]; authorIds: number[] }

/**
 * Adds `count` articles cloned from the templates (the first template's share is 1 in 100:
 * it is the one with a forward draft waiting for review). Returns the number of rows written.
 */
export const cloneArticles = async (db: Client, templates: Templates, count: number) => {
  const [queued, ...plain] = templates.articleIds
  // Which clone came from which template; also numbers the clones across several calls.
  await db.query('CREATE TABLE IF NOT EXISTS bench_clone_map (k integer PRIMARY KEY, old_id integer, new_id integer)')
  const mark = await templateWatermarks(db)
  const upTo = (table: string) => `t.id <= ${mark[table]}`
  await db.query('BEGIN')
  try {
    const { rows } = await db.query(`SELECT (SELECT coalesce(max(id), 0) FROM articles) AS a,
      (SELECT coalesce(max(id), 0) FROM _articles_v) AS v, (SELECT coalesce(max(k), 0) FROM bench_clone_map) AS k`)
    const maxArticle = Number(rows[0].a)
    const maxVersion = Number(rows[0].v)
    const firstK = Number(rows[0].k) + 1
    await db.query(`CREATE TEMP TABLE am ON COMMIT DROP AS
      SELECT g AS k,
        CASE WHEN g % 100 = 0 THEN ${queued} ELSE (ARRAY[${plain.join(',')}])[1 + g % ${plain.length}] END AS old_id,
        ${maxArticle} + g - ${firstK} + 1 AS new_id
      FROM generate_series(${firstK}, ${firstK + count - 1}) g`)
    await db.query(`CREATE TEMP TABLE vm ON COMMIT DROP AS
      SELECT v.id AS old_id, am.new_id AS new_parent, am.k, ${maxVersion} + row_number() OVER (ORDER BY am.k, v.id) AS new_id
      FROM am JOIN _articles_v v ON v.parent_id = am.old_id AND v.id <= ${mark._articles_v}`)
    await db.query('ANALYZE am')
    await db.query('ANALYZE vm')
    await db.query('INSERT INTO bench_clone_map SELECT k, old_id, new_id FROM am')
    const techniques = `ARRAY[${templates.techniqueIds.join(',')}]`
    const authors = `ARRAY[${templates.authorIds.join(',')}]`
    const k = 'm.k'
    let written = 0
    written += await copyRows(db, 'articles', {
      join: 'JOIN am m ON t.id = m.old_id',
      where: upTo('articles'),
      overrides: {
        id: 'm.new_id',
        slug: SLUG(k),
        author_id: `(${authors})[1 + ${k} % ${templates.authorIds.length}]`,
        created_at: SHIFTED(k, 'created_at'),
        updated_at: SHIFTED(k, 'updated_at'),
        published_at: SHIFTED(k, 'published_at'),
        medical_review_next_review_due: NEXT_REVIEW(k),
        // As if the hourly review-due job had already run.
        medical_review_is_review_due: `(${NEXT_REVIEW(k)} < now())`,
      },
    })
    written += await copyRows(db, 'articles_locales', {
      join: 'JOIN am m ON t._parent_id = m.old_id',
      where: upTo('articles_locales'),
      overrides: {
        _parent_id: 'm.new_id',
        title: `CASE WHEN t._locale = 'th' THEN ${THAI_TITLE(k)} ELSE ${TITLE(k)} END`,
      },
    })
    written += await copyRows(db, 'articles_rels', {
      join: 'JOIN am m ON t.parent_id = m.old_id',
      where: upTo('articles_rels'),
      overrides: {
        parent_id: 'm.new_id',
        techniques_id: `CASE WHEN t.techniques_id IS NULL THEN NULL ELSE (${techniques})[1 + (${k} + t."order") % ${templates.techniqueIds.length}] END`,
      },
    })
    written += await copyRows(db, 'articles_topics', { join: 'JOIN am m ON t.parent_id = m.old_id', where: upTo('articles_topics'), overrides: { parent_id: 'm.new_id' } })
    written += await copyRows(db, '_articles_v', {
      join: 'JOIN vm m ON t.id = m.old_id',
      where: upTo('_articles_v'),
      overrides: {
        id: 'm.new_id',
        parent_id: 'm.new_parent',
        version_slug: SLUG(k),
        version_author_id: `(${authors})[1 + ${k} % ${templates.authorIds.length}]`,
        version_created_at: SHIFTED(k, 'version_created_at'),
        version_updated_at: SHIFTED(k, 'version_updated_at'),
        version_published_at: SHIFTED(k, 'version_published_at'),
        created_at: SHIFTED(k, 'created_at'),
        updated_at: SHIFTED(k, 'updated_at'),
        // Versions saved before the first approval have no review dates; they keep none.
        version_medical_review_next_review_due: `CASE WHEN t.version_medical_review_next_review_due IS NULL THEN NULL ELSE ${NEXT_REVIEW(k)} END`,
        version_medical_review_is_review_due: `CASE WHEN t.version_medical_review_next_review_due IS NULL THEN t.version_medical_review_is_review_due ELSE (${NEXT_REVIEW(k)} < now()) END`,
      },
    })
    written += await copyRows(db, '_articles_v_locales', {
      join: 'JOIN vm m ON t._parent_id = m.old_id',
      where: upTo('_articles_v_locales'),
      overrides: {
        _parent_id: 'm.new_id',
        version_title: `CASE WHEN t._locale = 'th' THEN ${THAI_TITLE(k)} ELSE ${TITLE(k)} END`,
      },
    })
    written += await copyRows(db, '_articles_v_rels', {
      join: 'JOIN vm m ON t.parent_id = m.old_id',
      where: upTo('_articles_v_rels'),
      overrides: {
        parent_id: 'm.new_id',
        techniques_id: `CASE WHEN t.techniques_id IS NULL THEN NULL ELSE (${techniques})[1 + (${k} + t."order") % ${templates.techniqueIds.length}] END`,
      },
    })
    written += await copyRows(db, '_articles_v_version_topics', {
      join: 'JOIN vm m ON t.parent_id = m.old_id',
      where: upTo('_articles_v_version_topics'),
      overrides: { parent_id: 'm.new_id' },
    })
    written += await copyRows(db, 'search_documents', {
      join: `JOIN am m ON t.doc_id = m.old_id`,
      where: `t.collection = 'articles' AND t.doc_id <= ${mark.articles}`,
      omit: ['document', 'head'],
      overrides: {
        doc_id: 'm.new_id',
        slug: SLUG(k),
        title: `CASE WHEN t.locale = 'th' THEN ${THAI_TITLE(k)} ELSE ${TITLE(k)} END`,
        updated_at: SHIFTED(k, 'updated_at'),
      },
    })
    for (const table of ['articles', '_articles_v', 'articles_locales', '_articles_v_locales', 'articles_rels', '_articles_v_rels']) {
      await db.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${quote(table)}))`)
    }
    await db.query('COMMIT')
    return written
  } catch (error) {
    await db.query('ROLLBACK')
    throw error
  }
}
