import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { evaluateDirectory, renderEvaluation } from '../../../src/import/evaluate'
import { articlesDir } from './helpers'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-eval-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

describe('eval:seeds over a folder of articles', () => {
  it('should give one row per fixture article with its structure and claims', () => {
    const { rows, skipped } = evaluateDirectory(articlesDir)
    expect(skipped).toEqual([])
    expect(
      rows.map((row) => [row.file, row.lists, row.faqs, row.disclaimers, row.author, row.techniques.length, row.boilerplate]),
    ).toEqual([
      ['01-desk-hips.txt', 3, 0, 0, '', 4, 4],
      ['02-clinic-guide.txt', 3, 0, 0, '', 4, 4],
      ['03-fused-captions.txt', 1, 0, 0, '', 3, 0],
      ['04-mobile-service.txt', 1, 0, 0, '', 4, 0],
      ['05-faq-notice-author.txt', 2, 5, 1, 'Mara Lindqvist', 8, 1],
      ['06-thai-hip.txt', 1, 0, 0, '', 0, 0],
    ])
    expect(rows.map((row) => row.claims.ruleIds)).toEqual([
      // The mechanism stated as fact in fixture 01 ("a hip that has clenched all day holds the nerve
      // in a tight corridor") sits on the model's 0.75 threshold: claims-lr-aa65c61a warned at 0.752,
      // claims-lr-3de60139 (round 25) scores it 0.749; the rule's finding stays. Model round 29 lowered the
      // threshold to 0.70 and claims-lr-ef703868 scores it 0.636; the fixture's plain prose peaks at 0.634.
      // Model round 30 (less L2, class bigrams) scores it 0.705 again (claims-lr-00c2749e): a warning on
      // the mechanism, as before round 25; with round 32's lines merged (claims-lr-0a77e8f1) it scores
      // 0.603 and the rule's finding stays alone. No other fixture sentence has moved.
      ['efficacy-endorphins'],
      [],
      ['efficacy-inflammation', 'efficacy-endorphins', 'absolute-relief'],
      ['efficacy-prevention', 'research-says'],
      ['efficacy-endorphins', 'efficacy-inflammation'],
      [],
    ])
    expect(rows.every((row) => row.claims.block === 0)).toBe(true)
  })

  it('should read Markdown and nested folders, skip hidden files and list HTML as skipped', () => {
    fs.mkdirSync(path.join(scratch, 'nested'))
    fs.writeFileSync(path.join(scratch, 'nested', 'note.md'), '# Hip notes\n\nOur oil treatment cures sciatica for good.\n')
    fs.writeFileSync(path.join(scratch, 'page.html'), '<article><h1>Page</h1></article>')
    fs.writeFileSync(path.join(scratch, '.draft.txt'), 'Hidden\n\nNot read.\n')
    const evaluation = evaluateDirectory(scratch)
    expect(evaluation.rows.map((row) => [row.file, row.title, row.claims.block])).toEqual([
      [path.join('nested', 'note.md'), 'Hip notes', 1],
    ])
    expect(evaluation.skipped).toEqual(['page.html'])
    const printed = renderEvaluation(evaluation)
    expect(printed).toContain('Hip notes')
    expect(printed).toContain('1 articles: 0 FAQs, 0 notices, 0 authors, 0 technique mentions, 0 warn and 1 block findings')
    expect(printed).toContain('Skipped (HTML needs the database; use npm run import -- --dry-run): page.html')
  })

  it('should refuse a path that is not a folder', () => {
    expect(() => evaluateDirectory(path.join(scratch, 'missing'))).toThrow(/^Not a directory: /)
  })
})
