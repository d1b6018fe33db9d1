import { describe, expect, it } from 'vitest'
import { checkClaims } from '../../../src/medical/claims'
import { LABELLED_SENTENCES } from './labelled'

function buildArticle(wordTarget: number): string {
  const paragraphs: string[] = []
  let words = 0
  for (let index = 0; words < wordTarget; index += 1) {
    const group = LABELLED_SENTENCES.slice(
      index % LABELLED_SENTENCES.length,
      (index % LABELLED_SENTENCES.length) + 4,
    )
    const paragraph = group.map((sentence) => sentence.text).join(' ')
    paragraphs.push(paragraph)
    words += paragraph.split(/\s+/).length
  }
  return paragraphs.join('\n\n')
}

describe('claims checker performance', () => {
  it('should check a 5,000-word article in well under 50 ms', () => {
    const article = buildArticle(5000)
    checkClaims(article) // warm-up so JIT compilation is not measured
    const timings: number[] = []
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now()
      checkClaims(article)
      timings.push(performance.now() - started)
    }
    const median = [...timings].sort((a, b) => a - b)[2]
    console.log(`claims checker: 5,000 words in ${median.toFixed(1)} ms (median of 5)`)
    expect(median).toBeLessThan(50)
  })
})
