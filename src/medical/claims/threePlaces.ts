/*
 * Number(value.toFixed(3)) without the string: confidences are rounded once per scored sentence,
 * and toFixed showed in profiles. Away from a half the product value * 1000 rounds to the integer
 * the exact value does, and that integer / 1000 is the double the three-place string parses to.
 */

// |value * 1000| under this: the product is then within 1.2e-7 of the exact one.
const EXACT_BELOW = 1e9
// A product this close to a half is left to toFixed, which reads the exact value.
const HALF_MARGIN = 1e-6

export function toThreePlaces(value: number): number {
  const scaled = value * 1000
  const fraction = scaled - Math.floor(scaled)
  // Also NaN, infinities and zeros (toFixed gives +0 for -0).
  if (!(Math.abs(fraction - 0.5) > HALF_MARGIN) || !(Math.abs(scaled) < EXACT_BELOW) || scaled === 0) {
    return Number(value.toFixed(3))
  }
  return Math.round(scaled) / 1000
}
