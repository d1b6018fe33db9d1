import type { Payload } from 'payload'

import type { ParsedSource } from '@/import/convert'
import type { SourceFormat } from '@/import/source'
import { checkClaims, type CheckClaimsOptions, type ClaimFinding } from '@/medical/claims'

import { runInWorker } from './pool'

/**
 * Below this many characters the claims check takes about a millisecond: a thread hop would
 * cost more than it saves.
 */
export const INLINE_CLAIMS_MAX_CHARS = 10_000

/** The claims check, off the request thread for long texts. */
export const checkClaimsOffThread = (text: string, options: CheckClaimsOptions = {}): Promise<ClaimFinding[]> =>
  text.length <= INLINE_CLAIMS_MAX_CHARS ? Promise.resolve(checkClaims(text, options)) : runInWorker('checkClaims', text, options)

/** parseSource (src/import/convert.ts) in a worker; the payload argument keeps its signature. */
export const parseSourceOffThread = (_payload: Payload, text: string, format: SourceFormat): Promise<ParsedSource> =>
  runInWorker('parseSource', text, format)

/** toLexical (src/import/convert.ts) in a worker. */
export const toLexicalOffThread = (_payload: Payload, markdown: string) => runInWorker('toLexical', markdown)
