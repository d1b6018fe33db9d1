import { alternationOfBodies } from './compile'

/**
 * Longest source of one sticky expression. V8 stops optimising an expression whose source passes
 * about 20 KB: measured here, such an expression tried at a position ran 35 times slower than one of
 * 16.7 KB, and one skip-care entry crossing it (21.5 KB, after {care} gained 18 medicines) made
 * 400k characters take 250 ms instead of 75. Tried in order, the first run that matches finds what
 * the one alternation would: a sticky alternation's match is its first alternative that matches there.
 */
export const MAX_STICKY_SOURCE = 16_000

/** The phrase bodies as sticky expressions whose bodies add up to at most maxSource each (a longer body stays alone), in order. */
export function stickyRuns(bodies: string[], flags: string, maxSource = MAX_STICKY_SOURCE): RegExp[] {
  const runs: string[][] = [[]]
  let length = 0
  for (const body of bodies) {
    const run = runs[runs.length - 1]
    if (run.length > 0 && length + body.length > maxSource) {
      runs.push([body])
      length = body.length
    } else {
      run.push(body)
      length += body.length
    }
  }
  return runs.map((run) => new RegExp(alternationOfBodies(run), flags))
}
