import { lexicalToPlainText } from '@/lib/lexicalText'

/** The plain text at a dotted field path (`title`, `body`, `references.0.title`) of a document read in one locale. */
export const fieldText = (doc: Record<string, unknown>, fieldPath: string): string | undefined => {
  let value: unknown = doc
  for (const segment of fieldPath.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'root' in value) return lexicalToPlainText(value)
  return undefined
}
