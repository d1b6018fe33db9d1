import { type Field, type FlattenedField, flattenAllFields, type SanitizedConfig } from 'payload'

import type { ContentRoute } from './contentRoute'

type Doc = Record<string, unknown>

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const hasId = (value: unknown): value is Doc & { id: string | number } =>
  isObject(value) && (typeof value.id === 'string' || typeof value.id === 'number')

/** Whether every key of a value is a locale code (a `locale=all` value map), and it has one. */
const isLocaleMap = (value: Doc, locales: Set<string>) => {
  let hasKey = false
  for (const key in value) {
    if (!locales.has(key)) return false
    hasKey = true
  }
  return hasKey
}

/** Whether a JSON body names a Lexical relationship/upload node or block (bytes searched as they are). */
const namesLexicalNode = (text: string | Uint8Array) => {
  const haystack = typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength)
  return haystack.includes('"relationTo"') || haystack.includes('"blockType"')
}

/** Field types walkValue looks into; every other type holds no document. */
const WALKED_TYPES = new Set(['relationship', 'upload', 'join', 'array', 'group', 'tab', 'blocks', 'richText'])
const walkedFieldsCache = new WeakMap<FlattenedField[], FlattenedField[]>()

/** The named fields of a schema level that may hold a document, once per fields array. */
const walkedFields = (fields: FlattenedField[]) => {
  let walked = walkedFieldsCache.get(fields)
  if (!walked) {
    walked = fields.filter((field) => 'name' in field && WALKED_TYPES.has(field.type))
    walkedFieldsCache.set(fields, walked)
  }
  return walked
}

type SubFields = (args: { node: unknown; req?: unknown }) => Field[] | null | undefined
type LexicalEditor = { editorConfig?: { features?: { getSubFields?: Map<string, SubFields> } } }
const flattenedBlockFields = new WeakMap<Field[], FlattenedField[]>()

/**
 * The fields of a Lexical block node (`fields.blockType`), from the rich text field's own editor:
 * Payload populates their relations at depth like any field, so they are walked like one.
 */
const lexicalBlockFields = (editor: unknown, node: Doc): FlattenedField[] | undefined => {
  const fields = node.fields
  if (!isObject(fields) || typeof fields.blockType !== 'string' || typeof node.type !== 'string') return undefined
  const subFields = (editor as LexicalEditor | undefined)?.editorConfig?.features?.getSubFields?.get(node.type)?.({ node })
  if (!Array.isArray(subFields)) return undefined
  let flattened = flattenedBlockFields.get(subFields)
  if (!flattened) {
    flattened = flattenAllFields({ fields: subFields })
    flattenedBlockFields.set(subFields, flattened)
  }
  return flattened
}

/**
 * The walk of REST-shaped data (a document as Payload's REST answers it, or the populated rich
 * text GraphQL answers as JSON), adding `collection:id` to `keys` for every document it shows:
 * populated relationship, upload and join fields, Lexical relationship/upload nodes and the
 * fields of Lexical blocks, followed through the schema.
 *
 * `text`, the body's JSON (text or UTF-8 bytes) when the caller has it: a body that names neither
 * `relationTo` nor `blockType` has no populated Lexical node or block to find, so its rich text
 * (often most of the body) is not walked.
 */
export const restKeyWalker = (config: SanitizedConfig, keys: Set<string>, text?: string | Uint8Array) => {
  const mayHaveLexicalRelations = text === undefined || namesLexicalNode(text)
  const seen = new Set<object>()
  const locales = new Set(
    config.localization ? config.localization.locales.map((l) => (typeof l === 'string' ? l : l.code)) : [],
  )
  const fieldsOf = (slug: string) => config.collections.find((c) => c.slug === slug)?.flattenedFields

  const addDoc = (slug: string, doc: unknown) => {
    if (!hasId(doc)) return
    keys.add(`${slug}:${doc.id}`)
    const fields = fieldsOf(slug)
    if (fields) walkFields(fields, doc)
  }

  const walkLexical = (node: unknown, editor: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    if (Array.isArray(node)) {
      for (const item of node) walkLexical(item, editor)
      return
    }
    if (seen.has(node)) return
    seen.add(node)
    const doc = node as Doc
    if (typeof doc.relationTo === 'string' && hasId(doc.value)) addDoc(doc.relationTo, doc.value)
    const blockFields = lexicalBlockFields(editor, doc)
    if (blockFields) walkFields(blockFields, doc.fields as Doc)
    for (const key in doc) walkLexical(doc[key], editor)
  }

  const walkRelation = (relationTo: string | string[], value: unknown) => {
    if (Array.isArray(value)) return value.forEach((v) => walkRelation(relationTo, v))
    if (Array.isArray(relationTo)) {
      if (isObject(value) && typeof value.relationTo === 'string') addDoc(value.relationTo, value.value)
      return
    }
    addDoc(relationTo, value)
  }

  const walkValue = (field: FlattenedField, value: unknown) => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return walkRelation(field.relationTo, value)
      case 'join':
        if (isObject(value) && Array.isArray(value.docs)) walkRelation(field.collection, value.docs)
        return
      case 'array':
        if (Array.isArray(value)) value.forEach((row) => isObject(row) && walkFields(field.flattenedFields, row))
        return
      case 'group':
      case 'tab':
        if (isObject(value)) walkFields(field.flattenedFields, value)
        return
      case 'blocks':
        if (!Array.isArray(value)) return
        for (const row of value) {
          if (!isObject(row)) continue
          const block = [...(field.blockReferences ?? field.blocks)]
            .map((b) => (typeof b === 'string' ? config.blocks?.find((x) => x.slug === b) : b))
            .find((b) => b?.slug === row.blockType)
          if (block) walkFields(block.flattenedFields, row)
        }
        return
      case 'richText':
        if (mayHaveLexicalRelations) walkLexical(value, field.editor)
        return
      default:
        return
    }
  }

  /** One field's value, or each locale's value of a `locale=all` map. */
  const walkField = (field: FlattenedField, value: unknown) => {
    if ('localized' in field && field.localized && isObject(value) && isLocaleMap(value, locales)) {
      for (const locale in value) walkValue(field, value[locale])
    } else walkValue(field, value)
  }

  const walkFields = (fields: FlattenedField[], data: Doc) => {
    if (seen.has(data)) return
    seen.add(data)
    for (const field of walkedFields(fields)) {
      if (field.name in data) walkField(field, data[field.name])
    }
  }

  return { addDoc, walkField, walkFields }
}

/**
 * Collects `collection:id` for every document in a REST body (restKeyWalker), and the collection
 * of a list or count, so a CDN can purge every response that shows a changed document.
 */
export const collectRestKeys = (config: SanitizedConfig, route: ContentRoute, body: unknown, text?: string | Uint8Array) => {
  const keys = new Set<string>()
  const { addDoc, walkFields } = restKeyWalker(config, keys, text)
  switch (route.kind) {
    case 'doc':
      addDoc(route.collection, body)
      break
    case 'list':
      keys.add(route.collection)
      if (isObject(body) && Array.isArray(body.docs)) body.docs.forEach((d) => addDoc(route.collection, d))
      break
    case 'count':
      keys.add(route.collection)
      break
    case 'global': {
      keys.add(`globals:${route.global}`)
      const global = config.globals.find((g) => g.slug === route.global)
      if (global && isObject(body)) walkFields(global.flattenedFields, body)
      break
    }
    default:
      break
  }
  return keys
}
