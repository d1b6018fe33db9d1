/** Named entities that can hide a scheme (a colon, a tab or a newline) or wrap it. */
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  quest: '?',
  num: '#',
  period: '.',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));?/gi

/** A rounds cap, so `&amp;amp;…` nesting cannot make the decoder loop long. */
const MAX_ROUNDS = 5

const decodeOnce = (text: string) =>
  text.replace(ENTITY, (match, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal || hex) {
      const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex as string, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return NAMED[(name as string).toLowerCase()] ?? match
  })

/**
 * HTML character references decoded (repeatedly, for double encoding): a URL rendered into an
 * href attribute is decoded by the browser, so `javascript&colon;` is `javascript:` there.
 */
export const decodeEntities = (text: string): string => {
  let result = text
  for (let round = 0; round < MAX_ROUNDS && result.includes('&'); round += 1) {
    const next = decodeOnce(result)
    if (next === result) break
    result = next
  }
  return result
}
