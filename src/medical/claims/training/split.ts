/**
 * Assigns corpus entries to train/dev/test: `npm run split:claims`.
 * The first run (no split.json) stratifies by language and kind: within each group, entries
 * ordered by a hash of their id go round-robin to test, dev, train, train, train (20/20/60).
 * Later runs keep every existing assignment and send new entries to train or dev only (or, with
 * --new-to-test, to a fresh test split), so the test split stays frozen; removing or editing a test sentence changes `testHash`, which the
 * tests check against a literal.
 */
import fs from 'node:fs'

import { type CorpusEntry, hashEntries, loadCorpus, type Split, type SplitFile, splitPath } from '../corpus/corpus'
import { hashString } from '../model/features'

const ROUND: Split[] = ['test', 'dev', 'train', 'train', 'train']

// --new-to-test: new entries form a fresh test split (test v2 was frozen this way, docs/claims.md).
const isNewToTest = process.argv.includes('--new-to-test')
const entries = loadCorpus()
const existing: SplitFile | undefined = fs.existsSync(splitPath)
  ? (JSON.parse(fs.readFileSync(splitPath, 'utf8')) as SplitFile)
  : undefined
const assignments: Record<string, Split> = {}
const groups = new Map<string, CorpusEntry[]>()
for (const entry of entries) {
  const key = `${entry.lang}/${entry.kind}`
  groups.set(key, [...(groups.get(key) ?? []), entry])
}
for (const group of groups.values()) {
  const ordered = [...group].sort((a, b) => hashString(a.id) - hashString(b.id) || a.id.localeCompare(b.id))
  let fresh = 0
  ordered.forEach((entry, index) => {
    const kept = existing?.assignments[entry.id]
    if (kept) assignments[entry.id] = kept
    else if (!existing) assignments[entry.id] = ROUND[index % ROUND.length]
    else if (isNewToTest) assignments[entry.id] = 'test'
    else assignments[entry.id] = fresh++ % 4 === 0 ? 'dev' : 'train'
  })
}
const test = entries.filter((entry) => assignments[entry.id] === 'test')
const sorted = Object.fromEntries(Object.entries(assignments).sort(([a], [b]) => a.localeCompare(b)))
const file: SplitFile = { testHash: hashEntries(test), assignments: sorted }
fs.writeFileSync(splitPath, `${JSON.stringify(file, null, 1)}\n`)
const count = (split: Split) => Object.values(assignments).filter((value) => value === split).length
console.log(`split: train ${count('train')}, dev ${count('dev')}, test ${count('test')}; test hash ${file.testHash}`)
