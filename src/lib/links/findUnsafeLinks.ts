import type { FlattenedField } from 'payload'

import { isSafeUrl, schemeOf } from './isSafeUrl'

export type UnsafeLink = { path: string; message: string }

/** Text fields that hold a link target, by name: url, href, link, website, fooUrl, fooURL. */
const URL_FIELD_NAME = /^(?:url|href|link|website)$|(?:Url|URL|Href)$/
/** Inside rich text (link and autolink nodes, block fields, nested editors) the same keys. */
const URL_KEY = URL_FIELD_NAME

export const isUrlField = (field: FlattenedField) =>
  (field.type === 'text' && URL_FIELD_NAME.test(field.name)) ||
  Boolean((field as { custom?: { isUrl?: boolean } }).custom?.isUrl)

const problemFor = (path: string, url: string): UnsafeLink => ({
  path,
  message: `${path}: only http(s), mailto, tel and relative links are allowed, not "${schemeOf(url)}:"`,
})

/** Link and autolink nodes, blocks and nested editors alike keep their target under a URL-named key. */
const walkRichText = (value: unknown, path: string, found: UnsafeLink[]) => {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkRichText(item, `${path}.${index}`, found))
    return
  }
  if (!value || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key}`
    if (URL_KEY.test(key) && typeof child === 'string') {
      if (!isSafeUrl(child)) found.push(problemFor(childPath, child))
    } else if (typeof child === 'object') {
      walkRichText(child, childPath, found)
    }
  }
}

const isLocaleMap = (value: unknown, localeCodes: string[]) =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every((key) => localeCodes.includes(key))

/**
 * Every link target in incoming data that is not http(s), mailto, tel or relative: URL-named
 * text fields anywhere (groups, arrays, blocks) and every URL inside rich text, in one locale
 * or all (`locale=all` sends { en: …, th: … }). Paths name the offending value.
 */
export const findUnsafeLinks = (
  data: unknown,
  fields: FlattenedField[],
  localeCodes: string[],
  prefix = '',
  found: UnsafeLink[] = [],
): UnsafeLink[] => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return found
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !(field.name in record)) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const raw = record[field.name]
    const isLocalized = 'localized' in field && Boolean(field.localized) && isLocaleMap(raw, localeCodes)
    const entries: [string, unknown][] = isLocalized
      ? Object.entries(raw as object).map(([locale, value]) => [`${path}.${locale}`, value])
      : [[path, raw]]
    for (const [valuePath, value] of entries) {
      if (value === null || value === undefined) continue
      if (field.type === 'richText') {
        walkRichText(value, valuePath, found)
      } else if (isUrlField(field)) {
        const list = Array.isArray(value) ? value : [value]
        list.forEach((url, index) => {
          if (!isSafeUrl(url)) found.push(problemFor(Array.isArray(value) ? `${valuePath}.${index}` : valuePath, String(url)))
        })
      } else if (field.type === 'group' || field.type === 'tab') {
        findUnsafeLinks(value, field.flattenedFields, localeCodes, valuePath, found)
      } else if (field.type === 'array' && Array.isArray(value)) {
        value.forEach((row, index) => findUnsafeLinks(row, field.flattenedFields, localeCodes, `${valuePath}.${index}`, found))
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        value.forEach((row, index) => {
          const slug = (row as { blockType?: string })?.blockType
          const block = field.blocks.find((candidate) => candidate.slug === slug)
          if (block) findUnsafeLinks(row, block.flattenedFields, localeCodes, `${valuePath}.${index}`, found)
        })
      }
    }
  }
  return found
}
