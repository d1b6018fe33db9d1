import type { Payload } from 'payload'

import { type LexicalState, parseSource, type ParsedSource, toLexical } from '@/import/convert'
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

/**
 * Import parsing and Lexical conversion of a typical article (5–20 KB) take tens of
 * milliseconds; only longer sources go to a worker, which pays a few seconds to load Lexical and
 * jsdom on its first task.
 */
export const INLINE_CONVERSION_MAX_CHARS = 50_000

/** parseSource (src/import/convert.ts), in a worker for long sources. */
export const parseSourceOffThread = (payload: Payload, text: string, format: SourceFormat): Promise<ParsedSource> =>
  text.length <= INLINE_CONVERSION_MAX_CHARS ? parseSource(payload, text, format) : runInWorker('parseSource', text, format)

/** toLexical (src/import/convert.ts), in a worker for long Markdown. */
export const toLexicalOffThread = (payload: Payload, markdown: string): Promise<LexicalState> =>
  markdown.length <= INLINE_CONVERSION_MAX_CHARS ? toLexical(payload, markdown) : runInWorker('toLexical', markdown)
