'use client'
import type { ClaimFinding } from '@/medical/claims/types'

const MAX_ENTRIES = 20

// Undo, a locale switched back and a form opened again bring back texts already checked: their
// findings are reused instead of spending the account's checks on them again.
const cache = new Map<string, ClaimFinding[]>()

/** Findings of an identical request body checked before in this tab, else undefined. */
export const checkedFindings = (body: string): ClaimFinding[] | undefined => {
  const found = cache.get(body)
  if (!found) return undefined
  cache.delete(body)
  cache.set(body, found)
  return found
}

export const rememberFindings = (body: string, findings: ClaimFinding[]): void => {
  cache.set(body, findings)
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
}
