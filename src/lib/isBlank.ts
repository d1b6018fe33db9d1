import { lexicalToPlainText } from './lexicalText'

/** No wording: absent, whitespace only, or a rich text whose text is whitespace only. */
export const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && !value.trim()) ||
  (typeof value === 'object' && 'root' in (value as object) && !lexicalToPlainText(value).trim())
