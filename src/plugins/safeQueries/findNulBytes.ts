/** Paths of strings holding a NUL character, which PostgreSQL text and jsonb cannot store or compare. */
export const findNulBytes = (value: unknown, path: string, found: string[] = [], depth = 0): string[] => {
  if (depth > 64) return found
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path)
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findNulBytes(item, `${path}.${index}`, found, depth + 1))
  } else if (value && typeof value === 'object' && !(value instanceof Date) && !ArrayBuffer.isView(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push(`${path}.${key.replace(/\u0000/g, '\\0')}`)
      else findNulBytes(child, path ? `${path}.${key}` : key, found, depth + 1)
    }
  }
  return found
}
