/*
 * Records the claims checker's findings for every case of sameFindingsCases.ts into
 * sameFindings.snapshot.json: `npx tsx --conditions=production tests/unit/claims/recordFindings.ts`.
 * Run it only to accept a deliberate change in what the checker finds (a rule or model change),
 * never to make a speed change pass.
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkClaims } from '../../../src/medical/claims'
import { compactFindings, snapshotPath } from './sameFindingsSnapshot'
import { findingsCases } from './sameFindingsCases'

const snapshot: Record<string, unknown> = {}
for (const { name, text, options } of findingsCases()) snapshot[name] = compactFindings(text, checkClaims(text, options))
fs.writeFileSync(snapshotPath, `${JSON.stringify(snapshot, null, 0).replace(/\],"/g, '],\n"')}\n`)
console.log(`${Object.keys(snapshot).length} cases written to ${path.relative(process.cwd(), snapshotPath)}`)
