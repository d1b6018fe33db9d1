import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkClaims, type ClaimFinding } from '../../../src/medical/claims'

// CI checks the repo out with shared/ beside it.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const seedsDir = path.resolve(repoRoot, '../shared/seeds')

interface SeedFinding extends ClaimFinding {
  paragraph: string
}

function readSeed(prefix: string): string {
  const file = fs.readdirSync(seedsDir).find((name) => name.startsWith(prefix) && name.endsWith('.txt'))
  if (!file) throw new Error(`No seed ${prefix}* in ${seedsDir}`)
  return fs.readFileSync(path.join(seedsDir, file), 'utf8')
}

function paragraphs(text: string): string[] {
  return text.split(/\r?\n\s*\r?\n/).filter((paragraph) => paragraph.trim() !== '')
}

function checkParagraphs(text: string, hasReferences = false): SeedFinding[] {
  return paragraphs(text).flatMap((paragraph) =>
    checkClaims(paragraph, { hasReferences }).map((finding) => ({ ...finding, paragraph })),
  )
}

function summary(findings: ClaimFinding[]): Array<[string, string]> {
  return findings.map((finding) => [finding.ruleId, finding.excerpt])
}

/** Asserts rule ids in order, and that each excerpt contains a short key phrase (at most 5 words). */
function expectFindings(
  findings: ClaimFinding[],
  expected: Array<[ruleId: string, keyPhrase: string]>,
): void {
  expect(findings.map((finding) => finding.ruleId)).toEqual(expected.map(([ruleId]) => ruleId))
  expected.forEach(([, keyPhrase], index) => {
    expect(keyPhrase.split(/\s+/).length).toBeLessThanOrEqual(5)
    expect(findings[index].excerpt).toContain(keyPhrase)
  })
}

function paragraphContaining(text: string, keyPhrase: string): string {
  const found = paragraphs(text).find((paragraph) => paragraph.replace(/\u2019/g, "'").includes(keyPhrase))
  if (!found) throw new Error(`No paragraph contains "${keyPhrase}"`)
  return found
}

describe('claims checker on the seed articles', () => {
  it('should find all five seed files', () => {
    expect(fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))).toHaveLength(5)
  })

  it('should flag only the unhedged endorphin mechanism in seed 000', () => {
    const text = readSeed('000_')
    expectFindings(checkParagraphs(text), [['efficacy-endorphins', 'release of endorphins']])
  })

  it('should not flag the negated magic cure sentence in seed 000', () => {
    const paragraph = paragraphContaining(readSeed('000_'), "can't magically cure")
    expect(checkClaims(paragraph)).toEqual([])
  })

  it('should flag nothing in seed 001, where benefits are hedged', () => {
    expect(checkParagraphs(readSeed('001_'))).toEqual([])
  })

  it('should flag unhedged inflammation and endorphin claims and a pain-free-life promise in seed 002', () => {
    const findings = checkParagraphs(readSeed('002_'))
    expectFindings(findings, [
      ['efficacy-inflammation', 'reducing inflammation'],
      ['efficacy-endorphins', 'Release of endorphins'],
      ['absolute-relief', 'life free from'],
    ])
    expect(findings.every((finding) => finding.severity === 'warn')).toBe(true)
  })

  it('should flag the unreferenced research appeal in seed 003', () => {
    expectFindings(checkParagraphs(readSeed('003_')), [['research-says', 'has been found to']])
  })

  it('should flag unhedged endorphin and inflammation claims in seed 004', () => {
    expectFindings(checkParagraphs(readSeed('004_')), [
      ['efficacy-endorphins', 'release of endorphins'],
      ['efficacy-inflammation', 'reducing inflammation'],
    ])
  })

  it('should not flag the negated cure answer, the FAQ question or the disclaimer in seed 004', () => {
    const text = readSeed('004_')
    expect(checkClaims(paragraphContaining(text, 'cannot cure the underlying cause'))).toEqual([])
    expect(checkClaims(paragraphContaining(text, 'Can massage therapy cure'))).toEqual([])
    expect(checkClaims(paragraphContaining(text, 'we do not guarantee'))).toEqual([])
  })

  it('should raise no block-level findings in any seed', () => {
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      expect(
        checkParagraphs(readSeed(prefix)).filter((finding) => finding.severity === 'block'),
        prefix,
      ).toEqual([])
    }
  })

  it('should keep only reference-independent findings when the seeds have references', () => {
    const remaining = ['000_', '001_', '002_', '003_', '004_'].flatMap((prefix) =>
      checkParagraphs(readSeed(prefix), true),
    )
    expectFindings(remaining, [['absolute-relief', 'life free from']])
  })

  it('should find the same claims whether a seed is checked whole or by paragraph', () => {
    for (const prefix of ['000_', '001_', '002_', '003_', '004_']) {
      const text = readSeed(prefix)
      expect(summary(checkClaims(text)), prefix).toEqual(summary(checkParagraphs(text)))
    }
  })
})
