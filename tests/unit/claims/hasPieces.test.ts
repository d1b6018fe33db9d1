import { describe, expect, it } from 'vitest'
import { hasPieces } from '../../../src/medical/claims/hasPieces'

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const PIECES = ['a', 'word', ' ', '  ', '\t', '\n', '\u00A0', '\u2009', '\u3000', '\uFEFF', '\u200B', ',', '.']

describe('counting the pieces of a sentence', () => {
  it('should answer as text.split(/\\s+/).length >= count does', () => {
    const next = random(7)
    for (let round = 0; round < 5000; round += 1) {
      let text = ''
      const length = Math.floor(next() * 12)
      for (let index = 0; index < length; index += 1) text += PIECES[Math.floor(next() * PIECES.length)]
      for (let count = 0; count <= 6; count += 1) {
        expect(hasPieces(text, count), `${JSON.stringify(text)} ${count}`).toBe(text.split(/\s+/).length >= count)
      }
    }
  })
})
