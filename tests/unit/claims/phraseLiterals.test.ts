/*
 * A rule's phrases are tried at a start word only when the sentence holds a literal of every
 * later required token of one of them (phraseLiterals.ts). The gate must never drop a match:
 * every match of every phrase in rules.json, on the corpus and every text of the same-findings
 * cases, holds one literal of each of the phrase's lists.
 */
import { describe, expect, it } from 'vitest'
import { compilePhrase } from '../../../src/medical/claims/compile'
import { phraseLiteralLists } from '../../../src/medical/claims/phraseLiterals'
import { normalizeText } from '../../../src/medical/claims/sentences'
import rulesData from '../../../src/medical/claims/rules.json'
import vocabularyData from '../../../src/medical/claims/vocabulary.json'
import { findingsCases } from './sameFindingsCases'

const rules = rulesData as Array<{ id: string; phrases?: string[] }>

describe('literals a phrase needs beyond its start word', () => {
  it('should read one list per later required token, and none for the start word, gaps or optional tokens', () => {
    const vocabulary = { pains: ['back pain', 'sciatica'] }
    // "back pain" compiles as back\s+pain: one of its words is the literal.
    expect(phraseLiteralLists('cure~ {pains} permanently', vocabulary)).toEqual([
      ['back', 'sciatica'],
      ['permanently'],
    ])
    expect(phraseLiteralLists('massage * completely? heals', vocabulary)).toEqual([['heals']])
    // "pain-free" compiles with an optional hyphen or space: the longer side is the literal.
    expect(phraseLiteralLists('be pain-free', vocabulary)).toEqual([['pain']])
    // Words shorter than three letters give no useful literal: no list, so no gate from that token.
    expect(phraseLiteralLists('cures it|us', vocabulary)).toEqual([])
    // Only ASCII is case-folded as the rules' \`i\` flag does: an alternative without an ASCII part gives no list.
    expect(phraseLiteralLists('cures surgery|การผ่าตัด', vocabulary)).toEqual([])
    // Verb forms and vocabulary entries are read as the compiler expands them.
    expect(phraseLiteralLists('massage cure~', vocabulary)).toEqual([['cure', 'curing']])
  })

  it('should find a literal of every list in every match of every rule phrase on the corpus and the same-findings texts', () => {
    const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]
    const missed: string[] = []
    let matches = 0
    let gated = 0
    for (const rule of rules) {
      for (const phrase of rule.phrases ?? []) {
        const lists = phraseLiteralLists(phrase, vocabularyData)
        if (!lists.length) continue
        gated += 1
        const pattern = new RegExp(compilePhrase(phrase, vocabularyData), 'gi')
        for (const text of texts) {
          for (const match of text.matchAll(pattern)) {
            matches += 1
            const matched = match[0].toLowerCase()
            for (const literals of lists) {
              if (!literals.some((literal) => matched.includes(literal))) missed.push(`${rule.id} "${phrase}": ${match[0]}`)
            }
          }
        }
      }
    }
    expect(missed).toEqual([])
    // The gate must be in use for most phrases, and the check must have seen matches.
    expect(gated).toBeGreaterThan(200)
    expect(matches).toBeGreaterThan(1000)
  }, 300_000)
})
