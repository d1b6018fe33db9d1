// Site chrome that scrapers pick up along with the article: comment forms, share
// bars, "related posts" trailers and booking calls to action.
import { BOILERPLATE, startsWithAny, toCueText } from './cues'
import { type Block, listItemText } from './markdownBlocks'
import { countWords, hasPhrase, inlineMarkdownToText, splitSentences } from './text'

export interface BoilerplateResult {
  blocks: Block[]
  dropped: string[]
}

const EXACT_LINES = new Set(BOILERPLATE.lines.exact.map(toCueText))
const CTA = BOILERPLATE.callsToAction

const isTrailer = (block: Block): boolean => {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return false
  const cueText = toCueText(block.text)
  return (
    countWords(cueText) <= BOILERPLATE.trailers.maxWords &&
    startsWithAny(cueText, BOILERPLATE.trailers.phrases) !== undefined
  )
}

const isChromeLine = (text: string): boolean => {
  const cueText = toCueText(text)
  if (EXACT_LINES.has(cueText)) return true
  return countWords(cueText) <= BOILERPLATE.lines.maxWords && startsWithAny(cueText, BOILERPLATE.lines.prefixes) !== undefined
}

/** Booking prompts start with a CTA phrase and address the reader ("with us today", "!"). */
export const isCallToAction = (text: string): boolean => {
  const cueText = toCueText(text)
  const words = countWords(cueText)
  if (words > CTA.maxWords || startsWithAny(cueText, CTA.prefixes) === undefined) return false
  const isAddressingReader = text.trim().endsWith('!') || CTA.signals.some((signal) => hasPhrase(cueText, signal))
  return words <= CTA.shortMaxWords || isAddressingReader
}

const isChromeBlock = (block: Block): boolean => {
  if (block.kind === 'list') {
    return listItemText(block.raw).every((item) => isChromeLine(item) || isCallToAction(item))
  }
  if (block.kind === 'other') return false
  return isChromeLine(block.text) || (block.kind !== 'heading' && isCallToAction(block.text))
}

/** "…weekly sessions help. Book your session today!" loses only the closing prompt. */
const stripClosingCallToAction = (block: Block): { block: Block; removed?: string } => {
  const sentences = splitSentences(block.raw)
  const last = sentences[sentences.length - 1]
  if (sentences.length < 2 || !last || !isCallToAction(inlineMarkdownToText(last))) return { block }
  const raw = block.raw.slice(0, block.raw.lastIndexOf(last)).trimEnd()
  return { block: { ...block, raw, text: inlineMarkdownToText(raw) }, removed: inlineMarkdownToText(last) }
}

const describe = (block: Block): string => block.text || block.raw

export function dropBoilerplate(blocks: readonly Block[]): BoilerplateResult {
  const trailerIndex = blocks.findIndex(isTrailer)
  const content = trailerIndex < 0 ? blocks : blocks.slice(0, trailerIndex)
  const trailer = trailerIndex < 0 ? [] : blocks.slice(trailerIndex)
  const kept: Block[] = []
  const dropped: string[] = []
  // A CTA heading takes its whole section with it ("Book your session" + opening hours).
  let ctaSectionLevel = 0
  for (const block of content) {
    const isSectionEnd = block.kind === 'heading' && block.level <= ctaSectionLevel
    if (ctaSectionLevel > 0 && !isSectionEnd) {
      dropped.push(describe(block))
      continue
    }
    ctaSectionLevel = block.kind === 'heading' && isCallToAction(block.text) ? block.level : 0
    if (ctaSectionLevel > 0 || isChromeBlock(block)) {
      dropped.push(describe(block))
      continue
    }
    const trimmed = block.kind === 'paragraph' ? stripClosingCallToAction(block) : { block }
    if (trimmed.removed) dropped.push(trimmed.removed)
    kept.push(trimmed.block)
  }
  dropped.push(...trailer.map(describe))
  return { blocks: kept, dropped: dropped.filter(Boolean) }
}
