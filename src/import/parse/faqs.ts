// FAQ sections become FAQ documents: each question (a sub-heading or a line
// ending in "?") owns the blocks up to the next question.
import { isFaqHeading } from './cues'
import type { Block } from './markdownBlocks'
import type { ParsedFaq } from './types'
import { countWords, inlineMarkdownToText } from './text'

export interface FaqResult {
  blocks: Block[]
  faqs: ParsedFaq[]
}

const QUESTION_MAX_WORDS = 40
const FAQ_LINE_MAX_WORDS = 8
/** Level given to a bold-line "FAQ" pseudo-heading: any real heading that is not a question ends it. */
const PSEUDO_HEADING_LEVEL = 6
const QUESTION_PREFIX = /^(?:Q\s*[:.)]|\d{1,2}[.)])\s*/i
const ANSWER_PREFIX = /^(?:\*\*|__)?A\s*[:.)](?:\*\*|__)?\s*/i
const BOLD_QUESTION = /^(\*\*|__)(.+?\?)\1\s*([\s\S]*)$/

const isQuestionText = (text: string): boolean => {
  const bare = text.trim().replace(/["”’)]+$/u, '')
  return bare.endsWith('?') && countWords(bare) <= QUESTION_MAX_WORDS && !/[.!?]\s+\p{Lu}/u.test(bare.slice(0, -1))
}

const cleanQuestion = (text: string): string => inlineMarkdownToText(text).replace(QUESTION_PREFIX, '').trim()

const faqLevel = (block: Block): number | undefined => {
  if (block.kind === 'heading' && isFaqHeading(block.text)) return block.level
  const isFaqLine = block.kind === 'paragraph' && countWords(block.text) <= FAQ_LINE_MAX_WORDS && !/[.!?]$/.test(block.text)
  return isFaqLine && isFaqHeading(block.text) ? PSEUDO_HEADING_LEVEL : undefined
}

const sectionEnd = (blocks: readonly Block[], start: number, level: number): number => {
  for (let index = start + 1; index < blocks.length; index += 1) {
    const block = blocks[index] as Block
    if (block.kind === 'heading' && block.level <= level && !isQuestionText(block.text)) return index
  }
  return blocks.length
}

/** A question and any answer text that shares its block ("**Can I…?** Yes, …" or "Q?\nAnswer"). */
const readQuestion = (block: Block): { question: string; rest: string } | undefined => {
  if (block.kind === 'heading') return { question: cleanQuestion(block.text), rest: '' }
  if (block.kind !== 'paragraph') return undefined
  const bold = BOLD_QUESTION.exec(block.raw)
  if (bold) return { question: cleanQuestion(bold[2] ?? ''), rest: (bold[3] ?? '').trim() }
  const [firstLine = '', ...others] = block.raw.split('\n')
  if (!isQuestionText(inlineMarkdownToText(firstLine))) return undefined
  return { question: cleanQuestion(firstLine), rest: others.join('\n').trim() }
}

function readFaqs(section: readonly Block[]): ParsedFaq[] {
  const faqs: { question: string; parts: string[] }[] = []
  for (const block of section) {
    const question = readQuestion(block)
    const current = faqs[faqs.length - 1]
    if (question) faqs.push({ question: question.question, parts: question.rest ? [question.rest] : [] })
    // Text before the first question is a section intro; it has no place without the questions.
    else if (current) current.parts.push(block.raw)
  }
  return faqs
    .map(({ question, parts }) => ({ question, answer: parts.join('\n\n').replace(ANSWER_PREFIX, '').trim() }))
    .filter((faq) => faq.question !== '' && faq.answer !== '')
}

export function extractFaqs(blocks: readonly Block[]): FaqResult {
  const kept: Block[] = []
  const faqs: ParsedFaq[] = []
  let index = 0
  while (index < blocks.length) {
    const block = blocks[index] as Block
    const level = faqLevel(block)
    if (level === undefined) {
      kept.push(block)
      index += 1
      continue
    }
    const end = sectionEnd(blocks, index, level)
    faqs.push(...readFaqs(blocks.slice(index + 1, end)))
    index = end
  }
  return { blocks: kept, faqs }
}
