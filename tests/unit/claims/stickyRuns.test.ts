import { describe, expect, it } from 'vitest'

import { alternationOfBodies } from '@/medical/claims/compile'
import { MAX_STICKY_SOURCE, stickyRuns } from '@/medical/claims/stickyRuns'

const firstRunMatch = (runs: RegExp[], text: string, at: number) => {
  for (const run of runs) {
    run.lastIndex = at
    const match = run.exec(text)
    if (match) return match[0]
  }
  return null
}

describe('stickyRuns', () => {
  it('should keep the bodies of every run within the limit, and a longer body alone', () => {
    const bodies = ['a'.repeat(6_000), 'b'.repeat(6_000), 'c'.repeat(6_000), 'd'.repeat(MAX_STICKY_SOURCE + 1), 'e']
    const runs = stickyRuns(bodies, 'iy')
    const runBodies = runs.map((run) => bodies.filter((body) => run.source.includes(`(?:${body})`)))
    expect(runBodies.map((run) => run.map((body) => body[0]).join(''))).toEqual(['ab', 'c', 'd', 'e'])
  })

  it('should find at every position what the one alternation finds, in the phrases\' order', () => {
    // Earlier phrases win at a position, a boundary that fails after one phrase lets a later one match.
    const bodies = ['massage', 'massages\\s+cure', 'massage\\s+cures\\s+sciatica', 'cures?', 'cure\\s+\\w+', 'sciatica\\s+for\\s+good']
    const whole = new RegExp(alternationOfBodies(bodies), 'iy')
    const texts = ['Massage cures sciatica for good.', 'massages cure it', 'Our massages cured nothing; massage cures? No.', 'cure-all sciatica for goodness']
    for (const limit of [1, 20, 40, 1_000]) {
      const runs = stickyRuns(bodies, 'iy', limit)
      expect(runs.length).toBeGreaterThan(limit < 40 ? 1 : 0)
      for (const text of texts) {
        for (let at = 0; at < text.length; at += 1) {
          whole.lastIndex = at
          expect(firstRunMatch(runs, text, at), `${text} at ${at}, limit ${limit}`).toBe(whole.exec(text)?.[0] ?? null)
        }
      }
    }
  })
})
