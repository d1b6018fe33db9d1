/*
 * Literal text a regular expression cannot match without: a list of lower-case strings such that
 * every match contains one of them (case aside). The raw patterns of rules.json are written as
 * regular expressions, so the checker cannot know their start words as it does for phrases; a
 * pattern whose literals are all absent from a sentence cannot match there and is not run. Read
 * from the pattern's source, so an edited pattern keeps a correct filter. The reading covers the
 * syntax the patterns use (groups, alternatives, classes, escapes, quantifiers, look-arounds); an
 * expression it cannot read, or that needs no literal, gets no filter (undefined): it always runs.
 */

/** What is known about the text a part of the expression matches. */
interface Reading {
  /** Every string it can match, lower case, when that is a short list (undefined otherwise). */
  exact?: string[]
  /** Strings one of which every match contains (undefined: none known). */
  need?: string[]
  /** Lists of strings such that every match contains one string of each list (undefined: only `need` is known). */
  needsAll?: string[][]
}

const MAX_EXACT = 64
// Shorter literals would pass almost every sentence and only cost time.
export const MIN_LITERAL = 3

class UnreadableError extends Error {}

// Lists of exact strings hold no repeats, so a product with one string on either side has none
// either: those (a literal read letter by letter) skip the Set, which was most of the checker's load time.
function product(left: string[], right: string[]): string[] | undefined {
  if (left.length * right.length > MAX_EXACT) return undefined
  if (right.length === 1) return left.map((a) => a + right[0])
  if (left.length === 1) return right.map((b) => left[0] + b)
  return [...new Set(left.flatMap((a) => right.map((b) => a + b)))]
}

function isUsefulNeed(strings: string[] | undefined): strings is string[] {
  return strings !== undefined && strings.length > 0 && strings.every((string) => string.length >= MIN_LITERAL)
}

/** The better of two needs: the one whose shortest literal is longer, then the one with fewer literals. */
function betterNeed(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!isUsefulNeed(a)) return isUsefulNeed(b) ? b : undefined
  if (!isUsefulNeed(b)) return a
  const shortest = (strings: string[]) => Math.min(...strings.map((string) => string.length))
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b
  return a.length <= b.length ? a : b
}

class Parser {
  private index = 0

  /**
   * isCaseSensitive: the expression has no `i` flag, so any character stands for itself.
   * isLookaroundRead: the literals are looked for in the whole text the expression runs on, not in its match.
   */
  constructor(
    private readonly source: string,
    private readonly isCaseSensitive: boolean,
    private readonly isLookaroundRead = false,
  ) {}

  read(): Reading {
    const reading = this.alternation()
    if (this.index !== this.source.length) throw new UnreadableError('unbalanced')
    return reading
  }

  private peek(): string {
    return this.source[this.index] ?? ''
  }

  private alternation(): Reading {
    const alternatives = [this.sequence()]
    while (this.peek() === '|') {
      this.index += 1
      alternatives.push(this.sequence())
    }
    if (alternatives.length === 1) return alternatives[0]
    const exact = alternatives.every((alternative) => alternative.exact)
      ? [...new Set(alternatives.flatMap((alternative) => alternative.exact!))]
      : undefined
    const needs = alternatives.map((alternative) => betterNeed(alternative.need, alternative.exact))
    const need = needs.every(isUsefulNeed) ? [...new Set(needs.flat())] : undefined
    return { exact: exact && exact.length <= MAX_EXACT ? exact : undefined, need }
  }

  private sequence(): Reading {
    let need: string[] | undefined
    let run: string[] | undefined = ['']
    let exact: string[] | undefined = ['']
    // Every item's match lies in the sequence's match: each item's needs are the sequence's too,
    // and so is each run of exact items (the longest run, before a non-exact item cuts it).
    const needsAll: string[][] = []
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.quantified()
      need = betterNeed(need, item.need)
      for (const itemNeed of item.needsAll ?? [item.need]) if (isUsefulNeed(itemNeed)) needsAll.push(itemNeed)
      if (item.exact) {
        run = run ? product(run, item.exact) : item.exact
        exact = exact && product(exact, item.exact)
      } else {
        if (isUsefulNeed(run)) needsAll.push(run)
        run = undefined
        exact = undefined
      }
      need = betterNeed(need, run)
    }
    if (isUsefulNeed(run)) needsAll.push(run)
    return { exact, need, needsAll }
  }

  private quantified(): Reading {
    const atom = this.atom()
    const quantifier = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.index))
    if (!quantifier) return atom
    this.index += quantifier[0].length
    const [, symbol, minimum, comma, maximum] = quantifier
    const min = symbol ? (symbol === '+' ? 1 : 0) : Number(minimum)
    const max = symbol ? (symbol === '?' ? 1 : Infinity) : comma ? (maximum ? Number(maximum) : Infinity) : min
    if (min === 0 && max === 1 && atom.exact) return { exact: [...new Set(['', ...atom.exact])] }
    if (min === 0) return {}
    if (min === 1 && max === 1) return atom
    // Repeated at least once: each match holds one repetition, and so its literal.
    return { need: betterNeed(atom.need, atom.exact), needsAll: atom.needsAll }
  }

  private atom(): Reading {
    const character = this.peek()
    this.index += 1
    if (character === '(') return this.group()
    if (character === '[') {
      this.skipClass()
      return {}
    }
    if (character === '\\') return this.escape()
    if (character === '^' || character === '$') return { exact: [''] }
    if (character === '.') return {}
    if (/[)|?*+{}\]]/.test(character)) throw new UnreadableError(`unexpected ${character}`)
    if (this.isCaseSensitive) return { exact: [character] }
    // Letters only of ASCII: a case-insensitive match of anything else is not read here.
    return /[ -~]/.test(character) ? { exact: [character.toLowerCase()] } : {}
  }

  private group(): Reading {
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(this.source.slice(this.index))
    if (lookaround) {
      this.index += lookaround[0].length
      const inner = this.alternation()
      this.expect(')')
      // A look-around consumes nothing and adds no literal to the match. A positive one still reads
      // the text the expression runs on: with isLookaroundRead (a caller that gates a whole
      // sentence, not a match) its needs count too. "\bor(?<=\b(?:pain|back|…)\b[^.]{0,80}or)\s+…"
      // then needs one of its words, not only "or" (too short to gate on: it ran on every sentence).
      if (!this.isLookaroundRead || lookaround[0] === '?!' || lookaround[0] === '?<!') return { exact: [''] }
      return { exact: [''], need: betterNeed(inner.need, inner.exact), needsAll: inner.needsAll }
    }
    const opening = /^\?(?::|<[A-Za-z_$][\w$]*>)/.exec(this.source.slice(this.index))
    if (opening) this.index += opening[0].length
    else if (this.peek() === '?') throw new UnreadableError('unknown group')
    const reading = this.alternation()
    this.expect(')')
    return reading
  }

  private expect(character: string): void {
    if (this.peek() !== character) throw new UnreadableError(`expected ${character}`)
    this.index += 1
  }

  private skipClass(): void {
    if (this.peek() === '^') this.index += 1
    if (this.peek() === ']') this.index += 1
    while (this.index < this.source.length && this.peek() !== ']') this.index += this.peek() === '\\' ? 2 : 1
    this.expect(']')
  }

  private escape(): Reading {
    const character = this.peek()
    this.index += 1
    if (character === 'b' || character === 'B') return { exact: [''] }
    if (/[dDsSwW]/.test(character)) return {}
    if (/[1-9]/.test(character) || character === 'k') throw new UnreadableError('back reference')
    if (/[cuxp]/i.test(character) || /[0fnrtv]/.test(character)) throw new UnreadableError('escape')
    // An escaped punctuation mark stands for itself.
    if (/[ -~]/.test(character) && !/[A-Za-z0-9]/.test(character)) return { exact: [character] }
    throw new UnreadableError('escape')
  }
}

/** A literal holding another is redundant: the shorter one is found wherever it is. */
export function withoutRedundant(need: string[]): string[] {
  return need.filter((literal) => !need.some((other) => other !== literal && literal.includes(other))).sort()
}

/**
 * Lists of strings such that every match of `source` holds one string of each list (lower case,
 * as requiredLiterals): a text lacking every string of one list cannot match. Sharper than
 * requiredLiterals' one list for a sequence ("doctors ... don't need" needs a word of each part).
 * Undefined when requiredLiterals is (without isLookaroundRead). With it, for a caller that looks for them in
 * the whole text the expression runs on (a sentence), positive look-arounds' literals count too.
 */
export function requiredLiteralLists(source: string, { isLookaroundRead = false }: { isLookaroundRead?: boolean } = {}): string[][] | undefined {
  try {
    const reading = new Parser(source, false, isLookaroundRead).read()
    const best = betterNeed(reading.need, reading.exact)
    if (!best) return undefined
    const lists = new Map<string, string[]>()
    for (const need of [best, ...(reading.needsAll ?? [])]) {
      if (!isUsefulNeed(need)) continue
      const list = withoutRedundant(need)
      lists.set(list.join('\n'), list)
    }
    return [...lists.values()]
  } catch (error) {
    if (error instanceof UnreadableError) return undefined
    throw error
  }
}

/**
 * Strings one of which every match of `source` contains, or undefined when none are known: lower
 * case for an expression with the `i` flag (the default), as written with isCaseSensitive.
 */
export function requiredLiterals(source: string, { isCaseSensitive = false }: { isCaseSensitive?: boolean } = {}): string[] | undefined {
  try {
    const reading = new Parser(source, isCaseSensitive).read()
    const need = betterNeed(reading.need, reading.exact)
    // A literal holding another is redundant: the shorter one is found wherever it is.
    return need?.filter((literal) => !need.some((other) => other !== literal && literal.includes(other))).sort()
  } catch (error) {
    if (error instanceof UnreadableError) return undefined
    throw error
  }
}

/**
 * The expression as several whose matches together are its own (for a test, not for match
 * positions): its top-level alternatives, or, when it has one, the alternatives of its one
 * unquantified top-level group with alternatives, each between the text around that group
 * ("\b(?:a|b\s+c)\b" gives "\b(?:a)\b" and "\b(?:b\s+c)\b"). Lookarounds and quantified groups
 * are never opened; an expression with a backreference is returned whole.
 */
export function alternativeSources(source: string): string[] {
  if (/\\[1-9]|\\k</.test(source)) return [source]
  const bars: number[] = []
  // Top-level groups that can be opened: [open, close] of "(" and ")".
  const groups: Array<[number, number]> = []
  const groupBars = new Map<number, number[]>()
  const opens: number[] = []
  let isInClass = false
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]
    if (char === '\\') {
      index += 1
      continue
    }
    if (isInClass) {
      if (char === ']') isInClass = false
      continue
    }
    if (char === '[') isInClass = true
    else if (char === '(') opens.push(index)
    else if (char === ')') {
      const open = opens.pop()
      if (open === undefined) return [source]
      if (opens.length === 0) groups.push([open, index])
    } else if (char === '|') {
      if (opens.length === 0) bars.push(index)
      else if (opens.length === 1) groupBars.set(opens[0], [...(groupBars.get(opens[0]) ?? []), index])
    }
  }
  if (opens.length || isInClass) return [source]
  if (bars.length) return cutAt(source, bars, 0, source.length)
  const openable = groups.filter(([open, close]) => {
    if (!groupBars.has(open)) return false
    if (/^\(\?(?:[=!]|<[=!])/.test(source.slice(open, open + 4))) return false
    return !/^[?*+{]/.test(source.slice(close + 1, close + 2))
  })
  if (openable.length !== 1) return [source]
  const [[open, close]] = openable
  // The group's body starts after "(" or "(?:" (a named group "(?<name>" keeps its name: harmless for a test).
  const bodyStart = source.startsWith('(?:', open) ? open + 3 : open + 1
  const head = source.slice(0, bodyStart)
  const tail = source.slice(close)
  return cutAt(source, groupBars.get(open)!, bodyStart, close).map((alternative) => `${head}${alternative}${tail}`)
}

function cutAt(source: string, bars: number[], from: number, to: number): string[] {
  const pieces: string[] = []
  let start = from
  for (const bar of bars) {
    pieces.push(source.slice(start, bar))
    start = bar + 1
  }
  pieces.push(source.slice(start, to))
  return pieces
}

/**
 * Per alternative of the expression (alternativeSources, and theirs), the literal lists it cannot match
 * without (requiredLiteralLists): a text can match only where, for some alternative, it holds a
 * literal of each of that alternative's lists. Undefined when an alternative has none (always run).
 */
export function alternativeLiteralLists(source: string): string[][][] | undefined {
  const gates: string[][][] = []
  // Two levels: a top-level alternative that is itself a list of set phrases opens too.
  for (const alternative of alternativeSources(source).flatMap(alternativeSources)) {
    const lists = requiredLiteralLists(alternative)
    if (!lists) return undefined
    gates.push(lists)
  }
  return gates
}
