import { describe, expect, it } from 'vitest'

import { isNotice, parseText, splitArticle } from '../../../src/import/parse'
import { headingLines, listBlocks, readFixture } from './helpers'

const md = (...blocks: string[]): string => blocks.join('\n\n')

describe('splitArticle', () => {
  it('should take the first H1 as title and leave it out of the body', () => {
    const parsed = splitArticle(md('# Hip Care', 'Intro text.', '## Next', 'More.'))
    expect(parsed.title).toBe('Hip Care')
    expect(parsed.bodyMarkdown).toBe(md('Intro text.', '## Next', 'More.'))
  })

  it('should fall back to front matter for the title when there is no H1', () => {
    const parsed = splitArticle('---\ntitle: "Desk Stretches"\n---\n\nIntro text.\n')
    expect(parsed.title).toBe('Desk Stretches')
    expect(parsed.bodyMarkdown).toBe('Intro text.')
  })

  it('should build the excerpt from the first paragraph, cut on a word boundary within 300 characters', () => {
    const long = 'Gentle pressure helps. '.repeat(30).trim()
    const parsed = splitArticle(md('# T', '## Section', long))
    expect(parsed.excerpt.length).toBeLessThanOrEqual(300)
    expect(parsed.excerpt.endsWith('…')).toBe(true)
    expect(long.startsWith(parsed.excerpt.slice(0, -1))).toBe(true)
  })

  it('should pull FAQ questions and multi-block answers out of the body', () => {
    const parsed = splitArticle(
      md('# T', 'Intro.', '## Frequently Asked Questions', '### How often?', 'Weekly at first.', '- then monthly', '### Does it hurt?', 'Rarely.', '## Aftercare', 'Kept.'),
    )
    expect(parsed.faqs).toEqual([
      { question: 'How often?', answer: 'Weekly at first.\n\n- then monthly' },
      { question: 'Does it hurt?', answer: 'Rarely.' },
    ])
    expect(parsed.bodyMarkdown).toBe(md('Intro.', '## Aftercare', 'Kept.'))
  })

  it('should read bold and plain-line questions inside an FAQ section', () => {
    const parsed = splitArticle(md('# T', '**FAQ**', '**Is it safe?** Yes, for most people.', 'Q: Can I drive after?\nA: Give yourself a few minutes first.'))
    expect(parsed.faqs).toEqual([
      { question: 'Is it safe?', answer: 'Yes, for most people.' },
      { question: 'Can I drive after?', answer: 'Give yourself a few minutes first.' },
    ])
  })

  it('should move notice paragraphs into disclaimers', () => {
    const notice = 'This page is for informational purposes only. It is not a substitute for professional medical advice.'
    const parsed = splitArticle(md('# T', 'Body.', notice))
    expect(parsed.disclaimers).toEqual([notice])
    expect(parsed.bodyMarkdown).toBe('Body.')
  })

  it('should treat everything under a Disclaimer heading as a notice', () => {
    const parsed = splitArticle(md('# T', 'Body.', '## Disclaimer', 'We are therapists, not doctors.'))
    expect(parsed.disclaimers).toEqual(['We are therapists, not doctors.'])
    expect(headingLines(parsed.bodyMarkdown)).toEqual([])
  })

  it('should keep ordinary advice that merely mentions consulting a professional', () => {
    const advice = 'If numbness spreads, consult a healthcare professional. Until then, keep sessions gentle and short.'
    expect(isNotice(advice)).toBe(false)
    expect(splitArticle(md('# T', advice)).disclaimers).toEqual([])
  })

  it('should treat a standalone consult-your-doctor-before notice as a disclaimer', () => {
    expect(isNotice('Always consult your doctor before starting any new massage routine.')).toBe(true)
    expect(isNotice('Pregnant clients should consult your doctor before booking, and we adapt the session.')).toBe(false)
  })

  it('should not pull a long content paragraph with one hedge sentence', () => {
    const paragraph =
      'Deep work can leave you sore. Drink water afterwards. Walk a little the next day. Stretch gently in the evening. This section is for informational purposes only.'
    expect(isNotice(paragraph)).toBe(false)
  })

  it('should find an author bio from an About the author section', () => {
    const parsed = splitArticle(md('# T', 'Body.', '## About the author', 'Lena Park is a registered massage therapist in Leeds.'))
    expect(parsed.authorBio).toEqual({ name: 'Lena Park', text: 'Lena Park is a registered massage therapist in Leeds.' })
    expect(parsed.bodyMarkdown).toBe('Body.')
  })

  it('should find an author bio from a closing name-and-profession paragraph', () => {
    const parsed = splitArticle(md('# T', 'Body.', 'Omar Haddad, LMT, has treated runners for eight years.'))
    expect(parsed.authorBio).toEqual({ name: 'Omar Haddad', text: 'Omar Haddad, LMT, has treated runners for eight years.' })
  })

  it('should not mistake a closing section heading for an author name', () => {
    const parsed = splitArticle(md('# T', 'Body.', '## The Final Word', 'I hope these ideas help you move with less pain.'))
    expect(parsed.authorBio).toBeUndefined()
    expect(parsed.bodyMarkdown).toContain('## The Final Word')
  })

  it('should drop share links, comment forms and everything after a trailer', () => {
    const parsed = splitArticle(
      md('# T', 'Body.', 'Share on Facebook', 'Tweet', '## Related Posts', '- [Another post](https://example.com)', 'Name\\*'),
    )
    expect(parsed.bodyMarkdown).toBe('Body.')
    expect(parsed.droppedBoilerplate).toEqual(['Share on Facebook', 'Tweet', 'Related Posts', 'Another post', 'Name*'])
  })

  it('should drop booking calls to action but keep sentences that mention booking', () => {
    const parsed = splitArticle(
      md('# T', 'When you book a massage, tell us about old injuries.', 'Rest well between sessions. Call us today to reserve a slot!', 'Book now!'),
    )
    expect(parsed.bodyMarkdown).toBe(md('When you book a massage, tell us about old injuries.', 'Rest well between sessions.'))
    expect(parsed.droppedBoilerplate).toEqual(['Call us today to reserve a slot!', 'Book now!'])
  })

  it('should normalise technique synonyms to canonical names in order of mention', () => {
    const parsed = splitArticle(
      md('# T', 'We combine hot stones with Deep-Tissue work and trigger-point therapy.', 'Then myofascial release therapy, a foam roller and a tennis ball.'),
    )
    expect(parsed.techniqueMentions).toEqual([
      'Hot stone massage',
      'Deep tissue massage',
      'Trigger point therapy',
      'Myofascial release',
      'Foam rolling for the hamstrings and IT band',
      'Tennis ball glute release',
    ])
  })

  it('should only match techniques on word boundaries', () => {
    expect(splitArticle(md('# T', 'Swedishness and thaimassage are not techniques.')).techniqueMentions).toEqual([])
  })
})

describe('parseText on the fixtures', () => {
  it('should split the plain-text fixture into all its parts', () => {
    const parsed = parseText(readFixture('hamstring-routine.txt'), 'txt')
    expect(parsed.title).toBe('Gentle Massage Routines for Tight Hamstrings')
    expect(parsed.excerpt.startsWith('Tight hamstrings often pull')).toBe(true)
    expect(headingLines(parsed.bodyMarkdown)).toEqual([
      '## Why hamstrings matter for sciatica',
      '## Step-by-step routine',
      '## Choosing a professional treatment',
    ])
    expect(listBlocks(parsed.bodyMarkdown)).toHaveLength(3)
    expect(parsed.faqs.map((faq) => faq.question)).toEqual([
      'How long before I feel a difference?',
      'Can I use a foam roller every day?',
      'Is it safe during a flare-up?',
    ])
    expect(parsed.disclaimers).toHaveLength(1)
    expect(parsed.disclaimers[0]).toContain('informational purposes only')
    expect(parsed.bodyMarkdown).toContain('consult a healthcare professional')
    expect(parsed.bodyMarkdown).not.toMatch(/Medical disclaimer|Frequently Asked|About the Author|Leave a Reply|Tweet/)
    expect(parsed.authorBio?.name).toBe('Mara Lindqvist')
    expect(parsed.droppedBoilerplate).toEqual(expect.arrayContaining(['Share on Facebook', 'Leave a Reply', 'Post Comment']))
    expect(parsed.techniqueMentions).toEqual([
      'Foam rolling for the hamstrings and IT band',
      'Tennis ball glute release',
      'Seated piriformis stretch',
      'Swedish massage',
      'Deep tissue massage',
      'Trigger point therapy',
      'Myofascial release',
    ])
  })

  it('should split the Markdown fixture as written', () => {
    const parsed = parseText(readFixture('piriformis-desk.md'), 'md')
    expect(parsed.title).toBe('Easing Piriformis Tension at Your Desk')
    expect(headingLines(parsed.bodyMarkdown)).toEqual(['## Quick checklist', '## A five-minute routine'])
    expect(listBlocks(parsed.bodyMarkdown)).toHaveLength(3)
    expect(parsed.bodyMarkdown).toContain('    - Use a footrest')
    expect(parsed.faqs).toHaveLength(3)
    expect(parsed.faqs[1]).toEqual({ question: 'Can I do this at work?', answer: 'Yes, the routine needs only a chair and a wall.' })
    expect(parsed.disclaimers).toHaveLength(1)
    expect(parsed.disclaimers[0]?.startsWith('Disclaimer:')).toBe(true)
    expect(parsed.authorBio?.name).toBe('Priya Natarajan')
    expect(parsed.bodyMarkdown).not.toMatch(/Book your appointment|Share on|Related Posts|Written by|example\.com/)
    expect(parsed.techniqueMentions).toEqual([
      'Piriformis self-massage',
      'Hamstring self-massage',
      'Hot stone massage',
      'Aromatherapy massage',
      'Tennis ball glute release',
    ])
  })
})
