'use client'

export type HighlightName = 'relief-claim-block' | 'relief-claim-warn' | 'relief-claim-active'

type Owned = { name: HighlightName; range: Range }[]

// CSS.highlights is one registry per page; every editor on the form adds its own ranges to the
// same named highlights and takes back only its own.
const owners = new Map<string, Owned>()

export const isHighlightSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

const highlightNamed = (name: HighlightName): Highlight => {
  const existing = CSS.highlights.get(name)
  if (existing) return existing
  const created = new Highlight()
  // The hovered finding paints over the others.
  if (name === 'relief-claim-active') created.priority = 1
  CSS.highlights.set(name, created)
  return created
}

/** Replaces what `owner` highlights under the given names with `entries` (names not given stay). */
export const setOwnedRanges = (owner: string, names: readonly HighlightName[], entries: Owned): void => {
  if (!isHighlightSupported()) return
  const previous = owners.get(owner) ?? []
  const kept = previous.filter(({ name }) => !names.includes(name))
  for (const { name, range } of previous) if (names.includes(name)) CSS.highlights.get(name)?.delete(range)
  for (const { name, range } of entries) highlightNamed(name).add(range)
  owners.set(owner, [...kept, ...entries])
}

export const clearOwnedRanges = (owner: string): void => {
  if (!isHighlightSupported()) return
  for (const { name, range } of owners.get(owner) ?? []) CSS.highlights.get(name)?.delete(range)
  owners.delete(owner)
}
