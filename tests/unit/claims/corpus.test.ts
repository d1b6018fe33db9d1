import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkClaims, type ClaimFinding } from '../../../src/medical/claims'

// Scraped-style articles written for the tests; each mixes flagged claims with hedged,
// negated and question forms the checker must leave alone.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const articlesDir = path.resolve(repoRoot, 'tests/fixtures/articles')
const PREFIXES = ['01-', '02-', '03-', '04-', '05-', '06-']

interface ArticleFinding extends ClaimFinding {
  paragraph: string
}

function readArticle(prefix: string): string {
  const file = fs.readdirSync(articlesDir).find((name) => name.startsWith(prefix) && name.endsWith('.txt'))
  if (!file) throw new Error(`No fixture ${prefix}* in ${articlesDir}`)
  return fs.readFileSync(path.join(articlesDir, file), 'utf8')
}

function paragraphs(text: string): string[] {
  return text.split(/\r?\n\s*\r?\n/).filter((paragraph) => paragraph.trim() !== '')
}

function checkParagraphs(text: string, hasReferences = false): ArticleFinding[] {
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

describe('claims checker on the fixture articles', () => {
  it('should find all six fixture articles', () => {
    expect(fs.readdirSync(articlesDir).filter((name) => name.endsWith('.txt'))).toHaveLength(6)
  })

  it('should flag only the unhedged endorphin mechanism in article 01', () => {
    expectFindings(checkParagraphs(readArticle('01-')), [['efficacy-endorphins', 'boosts endorphins']])
  })

  it('should not flag the negated magic cure sentence in article 01', () => {
    const paragraph = paragraphContaining(readArticle('01-'), "won't magically cure")
    expect(checkClaims(paragraph)).toEqual([])
  })

  it('should flag nothing in article 02, where benefits are hedged', () => {
    expect(checkParagraphs(readArticle('02-'))).toEqual([])
  })

  it('should flag unhedged inflammation and endorphin claims and a pain-free promise in article 03', () => {
    const findings = checkParagraphs(readArticle('03-'))
    expectFindings(findings, [
      ['efficacy-inflammation', 'calms inflammation'],
      ['efficacy-endorphins', 'surge of endorphins'],
      ['absolute-relief', 'free from leg pain'],
    ])
    expect(findings.every((finding) => finding.severity === 'warn')).toBe(true)
  })

  it('should flag the prevention heading and the unreferenced research appeal in article 04', () => {
    expectFindings(checkParagraphs(readArticle('04-')), [
      ['efficacy-prevention', 'Sciatica at Bay'],
      ['research-says', 'has been shown to'],
    ])
  })

  it('should flag unhedged endorphin and inflammation claims in article 05', () => {
    expectFindings(checkParagraphs(readArticle('05-')), [
      ['efficacy-endorphins', 'stimulates endorphins'],
      ['efficacy-inflammation', 'easing inflammation'],
    ])
  })

  it('should not flag the negated cure answer, the FAQ question or the disclaimer in article 05', () => {
    const text = readArticle('05-')
    expect(checkClaims(paragraphContaining(text, 'it cannot cure sciatica'))).toEqual([])
    expect(checkClaims(paragraphContaining(text, 'Will massage cure my sciatica?'))).toEqual([])
    expect(checkClaims(paragraphContaining(text, 'We cannot promise any particular result'))).toEqual([])
  })

  it('should flag nothing in the Thai article 06', () => {
    expect(checkClaims(readArticle('06-'))).toEqual([])
  })

  it('should raise no block-level findings in any fixture article', () => {
    for (const prefix of PREFIXES) {
      expect(
        checkParagraphs(readArticle(prefix)).filter((finding) => finding.severity === 'block'),
        prefix,
      ).toEqual([])
    }
  })

  it('should find the same claims when the caller says the article has references (a list supports no claim)', () => {
    for (const prefix of PREFIXES) {
      const text = readArticle(prefix)
      expect(summary(checkParagraphs(text, true)), prefix).toEqual(summary(checkParagraphs(text)))
    }
  })

  it('should find the same claims whether an article is checked whole or by paragraph', () => {
    for (const prefix of PREFIXES) {
      const text = readArticle(prefix)
      expect(summary(checkClaims(text)), prefix).toEqual(summary(checkParagraphs(text)))
    }
  })
})
