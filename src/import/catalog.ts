// What an import links to: techniques, disclaimers and therapists already in the CMS. Loaded
// once per run (these collections are small next to articles) and extended as the run creates
// disclaimers and therapists, so the second file with the same notice links the first one's.
import type { Payload, PayloadRequest } from 'payload'

import { lexicalToPlainText } from '@/lib/lexicalText'

import { TECHNIQUE_SYNONYMS } from './parse/cues'
import { cosine, DISCLAIMER_MATCH_THRESHOLD, termVector, type TermVector } from './similarity'

export interface CatalogEntry {
  id: number
  name: string
}

export interface DisclaimerEntry extends CatalogEntry {
  vector: TermVector
}

/** Case, accents, hyphens and punctuation do not distinguish two names. */
export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐‑‒–—-]/g, ' ')
    .replace(/[^\p{L}\p{N}\p{M}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()

/** "Mara Lindqvist, LMT" and "Dr. Mara Lindqvist" name the same person as "Mara Lindqvist". */
export const normalisePersonName = (name: string): string =>
  normaliseName(name.split(',')[0] ?? name)
    .replace(/^(?:dr|mr|mrs|ms|mx|prof)\s+/, '')
    .replace(/\s+(?:lmt|rmt|cmt|pt|dpt|md|do|dc|rn|phd|msc|bsc)$/g, '')
    .trim()

const localizedValues = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).filter((v): v is string => typeof v === 'string')
  return []
}

const hasThai = (text: string) => /[\u0E00-\u0E7F]/.test(text)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every document of a collection in its latest version (draft or published), all locales. */
async function findAll(payload: Payload, collection: 'techniques' | 'disclaimers' | 'therapists', req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection,
    draft: true,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs as unknown as Record<string, unknown>[]
}

export class Catalog {
  /** Bumped whenever a run adds a disclaimer or therapist, so stale link decisions can be redone. */
  version = 0
  /** Normalised name (any locale, and the parser's synonyms of it) → technique. */
  private readonly techniqueByName = new Map<string, CatalogEntry>()
  /** Technique names as they may appear in text, for techniques the parser has no synonyms for. */
  private readonly techniquePatterns: { entry: CatalogEntry; pattern: RegExp }[] = []
  private readonly disclaimers: DisclaimerEntry[] = []
  private readonly therapistByName = new Map<string, CatalogEntry>()

  static async load(payload: Payload): Promise<Catalog> {
    const catalog = new Catalog()
    const [techniques, disclaimers, therapists] = await Promise.all([
      findAll(payload, 'techniques'),
      findAll(payload, 'disclaimers'),
      findAll(payload, 'therapists'),
    ])
    for (const doc of techniques) catalog.addTechnique(doc)
    for (const doc of disclaimers) {
      const title = localizedValues(doc.title)[0] ?? `Disclaimer ${doc.id}`
      // With locale 'all' the body is keyed by locale; each locale's wording is compared on its own.
      const body = doc.body as Record<string, unknown> | null | undefined
      const bodies = body && typeof body === 'object' && !('root' in body) ? Object.values(body) : [body]
      for (const each of bodies) catalog.addDisclaimer({ id: doc.id as number, name: title }, lexicalToPlainText(each))
    }
    for (const doc of therapists) catalog.addTherapist({ id: doc.id as number, name: String(doc.name ?? '') })
    return catalog
  }

  private addTechnique(doc: Record<string, unknown>) {
    const names = localizedValues(doc.name)
    const entry = { id: doc.id as number, name: names[0] ?? `Technique ${doc.id}` }
    for (const name of names) {
      const key = normaliseName(name)
      if (!key) continue
      if (!this.techniqueByName.has(key)) this.techniqueByName.set(key, entry)
      const source = hasThai(key) ? escapeRegExp(key) : `(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`
      this.techniquePatterns.push({ entry, pattern: new RegExp(source, 'u') })
    }
  }

  addDisclaimer(entry: CatalogEntry, text: string) {
    const vector = termVector(text)
    if (vector.norm > 0) this.disclaimers.push({ ...entry, vector })
    this.version += 1
  }

  addTherapist(entry: CatalogEntry) {
    const key = normalisePersonName(entry.name)
    if (key && !this.therapistByName.has(key)) this.therapistByName.set(key, entry)
    this.version += 1
  }

  /**
   * Techniques for the parser's canonical mentions (by the name or any synonym of it, in any
   * locale), plus any stored technique whose name appears in the text itself.
   */
  findTechniques(canonicalMentions: readonly string[], text: string): CatalogEntry[] {
    const found = new Map<number, CatalogEntry>()
    for (const canonical of canonicalMentions) {
      const names = [canonical, ...(TECHNIQUE_SYNONYMS[canonical] ?? [])]
      for (const name of names) {
        const entry = this.techniqueByName.get(normaliseName(name))
        if (entry) {
          found.set(entry.id, entry)
          break
        }
      }
    }
    const haystack = normaliseName(text)
    for (const { entry, pattern } of this.techniquePatterns) {
      if (!found.has(entry.id) && pattern.test(haystack)) found.set(entry.id, entry)
    }
    return [...found.values()]
  }

  /** The most similar stored disclaimer at or above the threshold. */
  matchDisclaimer(text: string, extra: readonly DisclaimerEntry[] = []): { entry: DisclaimerEntry; score: number } | undefined {
    const vector = termVector(text)
    let best: { entry: DisclaimerEntry; score: number } | undefined
    for (const entry of [...this.disclaimers, ...extra]) {
      const score = cosine(vector, entry.vector)
      if (score >= DISCLAIMER_MATCH_THRESHOLD && (!best || score > best.score)) best = { entry, score }
    }
    return best
  }

  findTherapist(name: string): CatalogEntry | undefined {
    return this.therapistByName.get(normalisePersonName(name))
  }
}
