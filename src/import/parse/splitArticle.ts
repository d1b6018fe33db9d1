// Markdown article → the parts the importer stores separately. Order matters:
// chrome goes first so it cannot be mistaken for content, notices and the author
// box next so they cannot end up inside the last FAQ answer.
import { extractAuthorBio } from './authorBio'
import { dropBoilerplate } from './boilerplate'
import { extractDisclaimers } from './disclaimers'
import { extractFaqs } from './faqs'
import { type Block, joinBlocks, parseBlocks } from './markdownBlocks'
import { findTechniqueMentions } from './techniques'
import { countWords, inlineMarkdownToText, truncateOnWord } from './text'
import type { ParsedArticle, ParsedFaq } from './types'

const EXCERPT_MAX_CHARS = 300
const TITLE_LINE_MAX_WORDS = 20
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const FRONT_MATTER_TITLE = /^title:\s*["']?(.*?)["']?\s*$/m

function readFrontMatter(markdown: string): { title?: string; body: string } {
  const match = FRONT_MATTER.exec(markdown)
  if (!match) return { body: markdown }
  const title = FRONT_MATTER_TITLE.exec(match[1] ?? '')?.[1]?.trim()
  return { ...(title ? { title } : {}), body: markdown.slice(match[0].length) }
}

/** The first H1 names the article; without one, front matter or a short opening line does. */
function takeTitle(blocks: readonly Block[], frontMatterTitle?: string): { title: string; blocks: Block[] } {
  const h1 = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1)
  const pick = (index: number) => ({
    title: (blocks[index] as Block).text,
    blocks: blocks.filter((_, position) => position !== index),
  })
  if (h1 >= 0) return pick(h1)
  if (frontMatterTitle) return { title: inlineMarkdownToText(frontMatterTitle), blocks: [...blocks] }
  const first = blocks[0]
  const isTitleLine =
    !!first && (first.kind === 'heading' || (first.kind === 'paragraph' && countWords(first.text) <= TITLE_LINE_MAX_WORDS))
  return isTitleLine ? pick(0) : { title: '', blocks: [...blocks] }
}

function makeExcerpt(blocks: readonly Block[]): string {
  const source = blocks.find((block) => block.kind === 'paragraph') ?? blocks.find((block) => block.text !== '')
  return source ? truncateOnWord(source.text, EXCERPT_MAX_CHARS) : ''
}

const mentionText = (title: string, body: readonly Block[], faqs: readonly ParsedFaq[]): string =>
  [title, ...body.map((block) => block.text), ...faqs.flatMap((faq) => [faq.question, inlineMarkdownToText(faq.answer)])].join('\n')

export function splitArticle(markdown: string): ParsedArticle {
  const frontMatter = readFrontMatter(markdown.replace(/^\uFEFF/, ''))
  const { title, blocks } = takeTitle(parseBlocks(frontMatter.body), frontMatter.title)
  const boilerplate = dropBoilerplate(blocks)
  const notices = extractDisclaimers(boilerplate.blocks)
  const author = extractAuthorBio(notices.blocks)
  const faqSplit = extractFaqs(author.blocks)
  const body = faqSplit.blocks
  return {
    title,
    bodyMarkdown: joinBlocks(body),
    excerpt: makeExcerpt(body),
    faqs: faqSplit.faqs,
    disclaimers: notices.disclaimers,
    ...(author.authorBio ? { authorBio: author.authorBio } : {}),
    techniqueMentions: findTechniqueMentions(mentionText(title, body, faqSplit.faqs)),
    droppedBoilerplate: boilerplate.dropped,
  }
}
