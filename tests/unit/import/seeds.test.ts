// Scraped-style articles written for these tests (tests/fixtures/articles), one per structure
// the importer meets on real sites: colon headings, label-led and numbered lists, booking
// prompts, fused image captions, caption strips, FAQ sections, notices, author boxes, Thai text.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseText } from '../../../src/import/parse'
import { articlesDir, headingLines, listBlocks } from './helpers'

interface ArticleExpectation {
  prefix: string
  title: string
  listCount: number
  techniques: string[]
}

const ARTICLES: ArticleExpectation[] = [
  {
    prefix: '01-',
    title: 'Desk Days and a Sore Hip: What a Massage Session Can Offer',
    listCount: 3,
    techniques: ['Hot stone massage', 'Neuromuscular therapy', 'Deep tissue massage', 'Trigger point therapy'],
  },
  {
    prefix: '02-',
    title: 'Massage and the sciatic nerve',
    listCount: 3,
    techniques: ['Swedish massage', 'Myofascial release', 'Trigger point therapy', 'Deep tissue massage'],
  },
  {
    prefix: '03-',
    title: 'Easing Leg Pain Through Hands-On Care',
    listCount: 1,
    techniques: ['Myofascial release', 'Deep tissue massage', 'Trigger point therapy'],
  },
  {
    prefix: '04-',
    title: 'Massage Therapy That Comes to Your Door',
    listCount: 1,
    techniques: ['Swedish massage', 'Deep tissue massage', 'Myofascial release', 'Trigger point therapy'],
  },
  {
    prefix: '05-',
    title: 'Massage for a Sore Sciatic Nerve: A Practical Guide',
    listCount: 2,
    techniques: [
      'Swedish massage',
      'Myofascial release',
      'Hot stone massage',
      'Deep tissue massage',
      'Neuromuscular therapy',
      'Trigger point therapy',
      'Tennis ball glute release',
      'Foam rolling for the hamstrings and IT band',
    ],
  },
]

const articleFiles = readdirSync(articlesDir).filter((name) => name.endsWith('.txt'))

const readArticle = (prefix: string) => {
  const file = articleFiles.find((name) => name.startsWith(prefix))
  if (!file) throw new Error(`fixture ${prefix}* not found in ${articlesDir}`)
  return readFileSync(path.join(articlesDir, file), 'utf8')
}

const parseArticle = (prefix: string) => parseText(readArticle(prefix), 'txt')

describe('fixture articles', () => {
  it('should find the six fixture articles', () => {
    expect(articleFiles).toHaveLength(6)
  })

  describe.each(ARTICLES)('article $prefix', ({ prefix, title, listCount, techniques }) => {
    const parsed = () => parseArticle(prefix)

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
      expect(parsed().bodyMarkdown).not.toMatch(
        /Leave a Reply|Related Posts|You May Also Like|Save my name|Post Comment|Share on|Photo by/,
      )
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

  it('should record the comment-form trailer of article 01 as dropped boilerplate', () => {
    expect(parseArticle('01-').droppedBoilerplate).toEqual([
      'Related Posts',
      'Leave a Reply',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment',
    ])
  })

  it('should keep label-led bullets of article 01 with bold labels and no non-breaking spaces', () => {
    const { bodyMarkdown } = parseArticle('01-')
    expect(bodyMarkdown).toContain('- **Soften guarding muscles:** A hip that has clenched')
    expect(bodyMarkdown).not.toContain('\u00A0')
  })

  it('should turn the unmarked "Label: value – note" lines of article 01 into one bold-label list', () => {
    const block = listBlocks(parseArticle('01-').bodyMarkdown).find((list) => list.includes('**Pressure:**'))
    expect(block?.split('\n')).toEqual([
      '- **Pressure:** gentle – ask for lighter work over the sore side on the first visit.',
      '- **Position:** side-lying – a pillow between the knees keeps the hip from rolling.',
      '- **Length:** forty-five minutes – long enough to reach the hip without tiring the leg.',
    ])
  })

  it('should keep the Thai words inside an English bullet of article 01', () => {
    expect(parseArticle('01-').bodyMarkdown).toContain('(หินร้อน in Thai spas)')
  })

  it('should keep colon headings of article 01 as headings without the colon', () => {
    expect(headingLines(parseArticle('01-').bodyMarkdown)).toContain('## Picking a Style of Massage')
  })

  it('should keep the numbered technique list of article 02 ordered', () => {
    const { bodyMarkdown } = parseArticle('02-')
    expect(bodyMarkdown).toContain('1. **Swedish massage:**')
    expect(bodyMarkdown).toContain('4. **Deep tissue massage:**')
  })

  it('should drop the booking call to action and share links closing article 02', () => {
    const parsed = parseArticle('02-')
    expect(parsed.bodyMarkdown).not.toMatch(/Book your session|Call us today|Share on/)
    expect(parsed.droppedBoilerplate).toEqual([
      'Book your session now!',
      'Call us today to pick a time that suits you. Our two clinics are open six days a week, with 30, 60 and 90 minute appointments.',
      'Share on Facebook',
      'Share on X',
    ])
    // A sentence that merely mentions booking is content.
    expect(parsed.bodyMarkdown).toContain('Once you book a visit for leg pain')
  })

  it('should strip image captions fused onto paragraphs in article 03', () => {
    const parsed = parseArticle('03-')
    expect(parsed.bodyMarkdown).not.toMatch(/SessionHave|roomIf|Hot Stone|sports massage/)
    expect(parsed.excerpt.startsWith('Have you ever stood up')).toBe(true)
    expect(parsed.bodyMarkdown).toContain('\n\nIf you have been living with leg pain')
    expect(parsed.techniqueMentions).not.toContain('Hot stone massage')
    expect(parsed.techniqueMentions).not.toContain('Sports massage')
  })

  it('should drop the gallery caption strip of article 04 and keep its hedge sentence in the body', () => {
    const parsed = parseArticle('04-')
    expect(parsed.bodyMarkdown).not.toMatch(/RoutineCouples|Garden Studio/)
    expect(headingLines(parsed.bodyMarkdown)[0]).toBe('## Keeping Sciatica at Bay With Regular Massage')
    expect(parsed.bodyMarkdown).toContain('consult a healthcare professional about what lies behind')
    expect(parsed.disclaimers).toEqual([])
  })

  it('should join the blank-separated numbered paragraphs of article 04 into one ordered list', () => {
    const [list] = listBlocks(parseArticle('04-').bodyMarkdown)
    expect(list?.split('\n').map((line) => line.slice(0, 20))).toEqual([
      '1. **Looser Hips:** ',
      '2. **Better Blood Fl',
      '3. **Posture Support',
      '4. **Lower Stress:**',
    ])
  })

  it('should turn the FAQ section of article 05 into five faqs', () => {
    const parsed = parseArticle('05-')
    expect(parsed.faqs.map((faq) => faq.question)).toEqual([
      'Will massage cure my sciatica?',
      'How many sessions will I need?',
      'Can massage make my leg pain worse?',
      'Is it safe to massage my own back at home?',
      'Do I need to see a doctor before booking?',
    ])
    expect(parsed.faqs.every((faq) => faq.answer.length > 40)).toBe(true)
    expect(parsed.faqs[0]?.answer.startsWith('No. Massage does not remove')).toBe(true)
    expect(parsed.bodyMarkdown).not.toMatch(/Frequently Asked Questions|Will massage cure/)
  })

  it('should move the article 05 notice into disclaimers and out of the body and the last answer', () => {
    const parsed = parseArticle('05-')
    expect(parsed.disclaimers).toHaveLength(1)
    expect(parsed.disclaimers[0]).toMatch(/^This page is for general information only/)
    expect(parsed.disclaimers[0]).toContain('we assume no liability')
    expect(parsed.bodyMarkdown).not.toContain('general information only')
    expect(parsed.faqs.some((faq) => faq.answer.includes('general information only'))).toBe(false)
  })

  it('should keep the precautions section of article 05 as body copy', () => {
    const { bodyMarkdown } = parseArticle('05-')
    expect(bodyMarkdown).toContain('## Precautions Before You Start')
    expect(bodyMarkdown).toContain('needs urgent medical care, not massage')
  })

  it('should read the author box of article 05 and drop the keyword and photo lines around it', () => {
    const parsed = parseArticle('05-')
    expect(parsed.authorBio).toEqual({
      name: 'Mara Lindqvist',
      text: 'I am a massage therapist who has worked with runners and office workers for twelve years. I write about practical, realistic ways to manage back and leg pain.',
    })
    expect(parsed.bodyMarkdown).not.toMatch(/Mara Lindqvist|sciatica massage guide|Photo by/)
    expect(parsed.droppedBoilerplate).toEqual(['You May Also Like'])
  })

  describe('Thai article 06', () => {
    const parsed = () => parseArticle('06-')

    it('should use the Thai first line as title', () => {
      expect(parsed().title).toBe('นวดบรรเทาอาการปวดร้าวลงขา')
    })

    it('should keep the Thai bullets as one three-item list', () => {
      const lists = listBlocks(parsed().bodyMarkdown)
      expect(lists).toEqual(['- ตำแหน่งที่ปวดและบริเวณที่ชา\n- ยาที่กำลังใช้อยู่\n- ประวัติการบาดเจ็บที่หลัง'])
    })

    it('should keep Thai paragraphs whole and take the first as excerpt', () => {
      const { bodyMarkdown, excerpt } = parsed()
      expect(excerpt).toBe(readArticle('06-').split('\n')[2])
      expect(bodyMarkdown).toContain('หากอาการชามากขึ้นหรือขาอ่อนแรง ควรพบแพทย์ก่อนรับการนวด')
    })

    it('should invent no headings, FAQs, notices, author or techniques in Thai text', () => {
      const result = parsed()
      expect(headingLines(result.bodyMarkdown)).toEqual([])
      expect(result.faqs).toEqual([])
      expect(result.disclaimers).toEqual([])
      expect(result.authorBio).toBeUndefined()
      expect(result.techniqueMentions).toEqual([])
      expect(result.droppedBoilerplate).toEqual([])
    })
  })
})
