/**
 * Types of what an anonymous reader (the delivery API) receives, derived from the generated
 * payload-types.ts, which describes what staff can receive: staff-only fields removed,
 * relations typed by depth, populated relations narrowed to their collection's defaultPopulate.
 * See docs/frontend-contract.md.
 */
import type { Article, Disclaimer, Faq, Media, Technique, Therapist } from '@/payload-types'

/** Fields only staff read (field access `isStaffField`): never in a reader's answer. */
export type StaffOnlyKey = 'workflow' | 'claims'

/** The fields a related document carries when populated (the collection's defaultPopulate). */
export const DEFAULT_POPULATE = {
  articles: ['title', 'slug', 'excerpt', 'heroImage'],
  techniques: ['name', 'slug', 'category', 'summary'],
  therapists: ['name', 'slug', 'headline', 'bio', 'credentials', 'photo'],
} as const

type DefaultPopulate = typeof DEFAULT_POPULATE
type Slugged = { articles: Article; techniques: Technique; therapists: Therapist }

export type Depth = 0 | 1 | 2 | 3
type Lower<D extends Depth> = D extends 3 ? 2 : D extends 2 ? 1 : 0

/** A whole document (array rows have an id too, but no timestamps). */
type Doc = { id: number; createdAt: string; updatedAt: string }

/** A populated related document: defaultPopulate's fields when the collection has one. */
type Related<T, D extends Depth> = {
  // Both ways: the generated interfaces are structurally close (a Therapist fits Article).
  [S in keyof Slugged]: [T] extends [Slugged[S]]
    ? [Slugged[S]] extends [T]
      ? Pick<Reader<T, D>, Extract<'id' | DefaultPopulate[S][number], keyof Reader<T, D>>>
      : never
    : never
}[keyof Slugged] extends infer Narrowed
  ? [Narrowed] extends [never]
    ? Reader<T, D>
    : Narrowed
  : never

type Value<V, D extends Depth> = [Extract<V, Doc>] extends [never]
  ? V extends readonly (infer Item)[]
    ? Value<Item, D>[]
    : V extends object
      ? { [K in keyof V]: Value<V[K], D> }
      : V
  : D extends 0
    ? Exclude<V, Doc>
    : Exclude<V, number> extends infer T
      ? T extends Doc
        ? Related<T, Lower<D>>
        : T
      : never

/**
 * A document as an anonymous reader gets it at `depth` (Payload's REST default is 2): relations
 * below the depth are ids, above it populated documents; staff-only fields are gone.
 */
export type Reader<T, D extends Depth = 2> = { [K in Exclude<keyof T, StaffOnlyKey>]: Value<T[K], D> }

export type ReaderArticle<D extends Depth = 2> = Reader<Article, D>
export type ReaderTechnique<D extends Depth = 2> = Reader<Technique, D>
export type ReaderFaq<D extends Depth = 2> = Reader<Faq, D>
export type ReaderTherapist<D extends Depth = 2> = Reader<Therapist, D>
export type ReaderDisclaimer<D extends Depth = 2> = Reader<Disclaimer, D>
export type ReaderMedia<D extends Depth = 2> = Reader<Media, D>
