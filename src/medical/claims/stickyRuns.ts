import { alternationOfBodies } from './compile'

/**
 * Longest source of one sticky expression. V8 stops optimising an expression whose source passes
 * about 20 KB: measured here, such an expression tried at a position ran 35 times slower than one of
 * 16.7 KB, and one skip-care entry crossing it (21.5 KB, after {care} gained 18 medicines) made
 * 400k characters take 250 ms instead of 75. Tried in order, the first run that matches finds what
 * the one alternation would: a sticky alternation's match is its first alternative that matches there.
 */
export const MAX_STICKY_SOURCE = 16_000

/**
 * Where the bodies split into runs whose sources add up to at most maxSource each (a longer body
 * stays alone), in order: each run as [first body, one past its last body).
 */
export function stickyRunRanges(bodies: readonly string[], maxSource = MAX_STICKY_SOURCE): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let length = 0
  bodies.forEach((body, index) => {
    const run = ranges[ranges.length - 1]
    if (run && length + body.length <= maxSource) {
      run[1] = index + 1
      length += body.length
    } else {
      ranges.push([index, index + 1])
      length = body.length
    }
  })
  return ranges.length ? ranges : [[0, 0]]
}

/** The phrase bodies as sticky expressions whose bodies add up to at most maxSource each (a longer body stays alone), in order. */
export function stickyRuns(bodies: string[], flags: string, maxSource = MAX_STICKY_SOURCE): RegExp[] {
  return stickyRunRanges(bodies, maxSource).map(([from, to]) => new RegExp(alternationOfBodies(bodies.slice(from, to)), flags))
}
