import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { MARK_END, MARK_START, markTerms, markedToHtml, snippetAround } from './highlight'
import { MAX_TERMS, type SearchParams } from './parseParams'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export type SearchHit = {
  collection: string
  id: number
  slug: string | null
  title: string
  excerpt: string
  /** HTML: the text escaped, the matches in `<mark>`. */
  highlight: { title: string; snippet: string }
  score: number
  updatedAt: string
}

export type SearchResult = {
  docs: SearchHit[]
  query: string
  locale: string
  collections: string[]
  limit: number
  page: number
  hasNextPage: boolean
}

/**
 * At most this many matching rows are ranked. A word found in most documents would otherwise
 * make every query rank them all (linear in the content); past the cap, which matches are
 * ranked is the order PostgreSQL finds them in. Rarer words, the ones that say something, have
 * fewer matches than this and are ranked in full.
 */
export const CANDIDATE_CAP = 1000

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`

const collectionList = (collections: string[]) =>
  sql.join(
    collections.map((slug) => sql`${slug}`),
    sql`, `,
  )

/**
 * English: full-text search. The match is tested on a stripped vector of all the text (small,
 * stored in the row); the rank comes from the title (A) and excerpt (B) with positions, so a
 * common word costs one small vector per matching row rather than the whole body; body-only
 * matches follow, newest first. The headline function, which re-parses the text, runs only
 * over the page of results.
 */
const fullTextQuery = ({ q, collections, limit, page }: SearchParams) => sql`
  WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq),
  candidates AS (
    SELECT d.collection, d.doc_id, d.head, d.updated_at
    FROM search_documents d, query
    WHERE d.locale = 'en' AND d.collection IN (${collectionList(collections)}) AND d.document @@ query.tsq
    LIMIT ${CANDIDATE_CAP}
  ),
  ranked AS (
    SELECT c.collection, c.doc_id, ts_rank_cd(c.head, query.tsq) AS score, c.updated_at
    FROM candidates c, query
    ORDER BY score DESC, c.updated_at DESC, c.doc_id
    LIMIT ${limit + 1} OFFSET ${(page - 1) * limit}
  )
  SELECT d.collection, d.doc_id, d.slug, d.title, d.excerpt, ranked.score, d.updated_at,
    ts_headline('english', d.title, query.tsq, ${TITLE_OPTIONS}) AS title_marked,
    ts_headline('english', concat_ws(E'\n', nullif(d.excerpt, ''), d.body), query.tsq, ${HEADLINE_OPTIONS}) AS snippet_marked
  FROM ranked
  JOIN search_documents d ON d.collection = ranked.collection AND d.doc_id = ranked.doc_id AND d.locale = 'en'
  CROSS JOIN query
  ORDER BY ranked.score DESC, ranked.updated_at DESC, ranked.doc_id`

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`)

/** Thai has no spaces between words: a term is a substring, found with a trigram index. */
export const termsOf = (q: string) => [...new Set(q.split(' ').filter(Boolean))].slice(0, MAX_TERMS)

const HAYSTACK = sql`(d.title || ' ' || d.excerpt || ' ' || d.body)`

/**
 * Thai (and any locale without a stemmer): every term must occur; a term in the title counts
 * most, then the excerpt; every candidate has each term somewhere, which counts one. The match
 * expression is the trigram index's. Bodies are read only for the page that is returned: ranking
 * up to CANDIDATE_CAP rows by scanning their bodies again cost more than the match itself.
 */
const trigramQuery = ({ q, locale, collections, limit, page }: SearchParams) => {
  const terms = termsOf(q)
  const matches = sql.join(
    terms.map((term) => sql`${HAYSTACK} ILIKE ${`%${escapeLike(term)}%`}`),
    sql` AND `,
  )
  const score = sql.join(
    terms.map(
      (term) => sql`(CASE WHEN strpos(lower(c.title), lower(${term})) > 0 THEN 3 ELSE 0 END
        + CASE WHEN strpos(lower(c.excerpt), lower(${term})) > 0 THEN 2 ELSE 0 END + 1)`,
    ),
    sql` + `,
  )
  return sql`
    WITH candidates AS (
      SELECT d.collection, d.doc_id, d.title, d.excerpt, d.updated_at
      FROM search_documents d
      WHERE d.locale = ${locale} AND d.collection IN (${collectionList(collections)}) AND ${matches}
      LIMIT ${CANDIDATE_CAP}
    ),
    ranked AS (
      SELECT c.collection, c.doc_id, c.updated_at,
        ((${score})::float / ${terms.length * 6} + similarity(c.title, ${q}) / 10)::real AS score
      FROM candidates c
      ORDER BY score DESC, c.updated_at DESC, c.doc_id
      LIMIT ${limit + 1} OFFSET ${(page - 1) * limit}
    )
    SELECT d.collection, d.doc_id, d.slug, d.title, d.excerpt, d.body, d.updated_at, ranked.score
    FROM ranked
    JOIN search_documents d ON d.collection = ranked.collection AND d.doc_id = ranked.doc_id AND d.locale = ${locale}
    ORDER BY ranked.score DESC, ranked.updated_at DESC, ranked.doc_id`
}

const toIso = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString())

/** Runs one search over the live index; anonymous-safe, since only live wording is indexed. */
export const runSearch = async (payload: Payload, params: SearchParams): Promise<SearchResult> => {
  const db = (payload.db as unknown as { drizzle: Executor }).drizzle
  const isFullText = params.locale === 'en'
  const { rows } = await db.execute(isFullText ? fullTextQuery(params) : trigramQuery(params))
  const terms = isFullText ? [] : termsOf(params.q)
  const docs = rows.slice(0, params.limit).map((row): SearchHit => {
    const title = String(row.title ?? '')
    const excerpt = String(row.excerpt ?? '')
    const marked = isFullText
      ? { title: String(row.title_marked ?? title), snippet: String(row.snippet_marked ?? '') }
      : {
          title: markTerms(title, terms),
          snippet: snippetAround([excerpt, String(row.body ?? '')].filter(Boolean).join('\n'), terms),
        }
    return {
      collection: String(row.collection),
      id: Number(row.doc_id),
      slug: (row.slug as string | null) ?? null,
      title,
      excerpt,
      highlight: { title: markedToHtml(marked.title), snippet: markedToHtml(marked.snippet) },
      score: Math.round(Number(row.score) * 10_000) / 10_000,
      updatedAt: toIso(row.updated_at),
    }
  })
  return {
    docs,
    query: params.q,
    locale: params.locale,
    collections: params.collections,
    limit: params.limit,
    page: params.page,
    hasNextPage: rows.length > params.limit,
  }
}
