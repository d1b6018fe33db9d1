/**
 * JSON with sorted keys and no `undefined` members, so equal values always give equal strings
 * (hashes, "did this change?"). `omitKeys` drops object members by name at any depth, e.g.
 * Lexical's random node ids, which differ between two conversions of the same text.
 */
export const canonicalJson = (value: unknown, omitKeys?: ReadonlySet<string>): string => {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, omitKeys)).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, inner]) => inner !== undefined && !omitKeys?.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner, omitKeys)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}
