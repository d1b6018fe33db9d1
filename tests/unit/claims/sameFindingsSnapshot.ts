import { createHash } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ClaimFinding } from '../../../src/medical/claims'

export const snapshotPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sameFindings.snapshot.json')

export type CompactFinding = [
  ruleId: string,
  start: number,
  end: number,
  confidence: number,
  kind: string,
  severity: string,
  source: string,
  locale: string,
  /** Hash of message, suggestion and excerpt: the long strings, kept out of the file. */
  textHash: string,
]

/** Every field of each finding; the long strings as one short hash, and the excerpt checked against the offsets. */
export function compactFindings(text: string, findings: ClaimFinding[]): CompactFinding[] {
  return findings.map((finding) => {
    if (finding.excerpt !== text.slice(finding.start, finding.end)) throw new Error(`excerpt of ${finding.ruleId} is not text.slice(start, end)`)
    const keys = Object.keys(finding).sort().join()
    const textHash = createHash('sha1')
      .update(`${keys}\n${finding.message}\n${finding.suggestion}\n${finding.excerpt}`)
      .digest('hex')
      .slice(0, 10)
    return [finding.ruleId, finding.start, finding.end, finding.confidence, finding.kind, finding.severity, finding.source, finding.locale, textHash]
  })
}
