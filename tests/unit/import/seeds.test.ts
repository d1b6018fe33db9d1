// The shared seed articles are real scraped pages. Assertions stick to titles, counts
// and short key phrases so no seed prose is copied into the project.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseText } from '../../../src/import/parse'
import { headingLines, listBlocks, seedsDir } from './helpers'

interface SeedExpectation {
  prefix: string
  title: string
  listCount: number
  techniques: string[]
}

const SEEDS: SeedExpectation[] = [
  {
    prefix: '000_',
    title: 'Spa Massage for Sciatica Relief: Easing Nerve Pain',
    listCount: 2,
    techniques: ['Deep tissue massage', 'Trigger point therapy', 'Neuromuscular therapy', 'Hot stone massage'],
  },
  {
    prefix: '001_',
    title: 'Massage for sciatica',
    listCount: 3,
    techniques: ['Deep tissue massage', 'Trigger point therapy', 'Myofascial release', 'Swedish massage'],
  },
  {
    prefix: '002_',
    title: 'Relief at Last: How Massage Therapy Can Ease Sciatica Pain',
    listCount: 1,
    techniques: ['Myofascial release', 'Deep tissue massage', 'Trigger point therapy'],
  },
  {
    prefix: '003_',
    title: 'We Bring the Massage Spa to You!',
    listCount: 1,
    techniques: ['Swedish massage', 'Deep tissue massage', 'Myofascial release', 'Trigger point therapy'],
  },
  {
    prefix: '004_',
    title: 'What is Sciatica Pain Relief Massage?',
    listCount: 2,
    techniques: [
      'Deep tissue massage',
      'Swedish massage',
      'Trigger point therapy',
      'Neuromuscular therapy',
      'Myofascial release',
      'Hot stone massage',
      'Tennis ball glute release',
    ],
  },
]

const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((name) => name.endsWith('.txt')) : []

const parseSeed = (prefix: string) => {
  const file = seedFiles.find((name) => name.startsWith(prefix))
  if (!file) throw new Error(`seed ${prefix}* not found in ${seedsDir}`)
  return parseText(readFileSync(path.join(seedsDir, file), 'utf8'), 'txt')
}

describe('seed articles', () => {
  it('should find the five seed files beside the repo', () => {
    expect(seedFiles).toHaveLength(5)
  })

  describe.each(SEEDS)('seed $prefix', ({ prefix, title, listCount, techniques }) => {
    const parsed = () => parseSeed(prefix)

    it('should use the first line as title', () => {
      expect(parsed().title).toBe(title)
    })

    it('should find at least three headings', () => {
      expect(headingLines(parsed().bodyMarkdown).length).toBeGreaterThanOrEqual(3)
    })

    it('should keep lists as Markdown lists', () => {
      const { bodyMarkdown } = parsed()
      expect(listBlocks(bodyMarkdown)).toHaveLength(listCount)
      expect(bodyMarkdown).not.toContain('•')
    })

    it('should drop site boilerplate from the body', () => {
      expect(parsed().bodyMarkdown).not.toMatch(/Leave a Reply|Recommended Articles|More to Explore|Required fields/)
    })

    it('should have an excerpt of at most 300 characters', () => {
      const { excerpt } = parsed()
      expect(excerpt.length).toBeGreaterThan(0)
      expect(excerpt.length).toBeLessThanOrEqual(300)
    })

    it('should find the technique mentions', () => {
      expect(parsed().techniqueMentions).toEqual(techniques)
    })
  })

  it('should record the trailer of seed 000 as dropped boilerplate', () => {
    expect(parseSeed('000_').droppedBoilerplate).toEqual(
      expect.arrayContaining(['Recommended Articles', 'Leave a Reply']),
    )
  })

  it('should keep label-led bullets of seed 000 with bold labels', () => {
    expect(parseSeed('000_').bodyMarkdown).toContain('- **Improve circulation:**')
  })

  it('should keep the numbered technique list of seed 001 ordered', () => {
    expect(parseSeed('001_').bodyMarkdown).toContain('4. **Swedish massage:**')
  })

  it('should drop the booking call to action closing seed 001', () => {
    const parsed = parseSeed('001_')
    expect(parsed.bodyMarkdown).not.toContain('Book a session with us')
    expect(parsed.droppedBoilerplate).toContain('Book a massage!')
    expect(parsed.bodyMarkdown).toContain('When you book a massage')
  })

  it('should strip image alt text fused onto paragraphs in seed 002', () => {
    const parsed = parseSeed('002_')
    expect(parsed.bodyMarkdown).not.toMatch(/MassageAre|therapyIf/)
    expect(parsed.excerpt.startsWith('Are you one of')).toBe(true)
    expect(parsed.techniqueMentions).not.toContain('Thai massage')
  })

  it('should drop the gallery caption strip in seed 003 and keep its hedge sentence in the body', () => {
    const parsed = parseSeed('003_')
    expect(parsed.bodyMarkdown).not.toContain('MassageOffice')
    expect(parsed.bodyMarkdown).toContain('consult with a healthcare professional')
    expect(parsed.disclaimers).toEqual([])
  })

  it('should turn the FAQ section of seed 004 into at least five faqs', () => {
    const parsed = parseSeed('004_')
    expect(parsed.faqs.length).toBeGreaterThanOrEqual(5)
    expect(parsed.faqs[0]?.question).toBe('Can massage therapy cure sciatica?')
    expect(parsed.faqs.every((faq) => faq.question.endsWith('?') && faq.answer.length > 0)).toBe(true)
    expect(parsed.bodyMarkdown).not.toContain('Frequently Asked Questions')
  })

  it('should move the seed 004 notice into disclaimers and out of the body', () => {
    const parsed = parseSeed('004_')
    expect(parsed.disclaimers).toHaveLength(1)
    expect(parsed.disclaimers[0]).toContain('Please note that the information')
    expect(parsed.bodyMarkdown).not.toContain('Please note that the information')
    expect(parsed.faqs.some((faq) => faq.answer.includes('Please note that'))).toBe(false)
  })

  it('should keep the precautions section of seed 004 as body copy', () => {
    expect(parseSeed('004_').bodyMarkdown).toContain('## Precautions and Consultation')
  })

  it('should read the author box of seed 004', () => {
    const parsed = parseSeed('004_')
    expect(parsed.authorBio?.name).toBe('Adam Ross')
    expect(parsed.authorBio?.text.startsWith('Passionate about pain relief')).toBe(true)
    expect(parsed.bodyMarkdown).not.toContain('Adam Ross')
  })
})
