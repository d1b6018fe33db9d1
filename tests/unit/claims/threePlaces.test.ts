import { describe, expect, it } from 'vitest'
import { toThreePlaces } from '@/medical/claims/threePlaces'
import { seededRandom } from './seededRandom'

const asToFixed = (value: number) => Number(value.toFixed(3))

describe('toThreePlaces', () => {
  it('should give what Number(toFixed(3)) gives on probabilities, halves and edge values', () => {
    const random = seededRandom(13)
    const values: number[] = [0, -0, 1, -1, NaN, Infinity, -Infinity, 1e9, 1e21, -1e21, 5e-324, 0.0005, -0.0005, 0.7405, 0.9995]
    for (let index = 0; index < 200_000; index += 1) values.push(random())
    for (let index = 0; index < 20_000; index += 1) {
      // Values at and next to the halves, where the product's rounding could decide the side.
      const half = (Math.floor(random() * 2000) - 1000 + 0.5) / 1000
      values.push(half, half + Number.EPSILON, half - Number.EPSILON, half * (1 + 1e-12), half * (1 - 1e-12))
    }
    for (let index = 0; index < 20_000; index += 1) values.push((random() - 0.5) * 10 ** Math.floor(random() * 24 - 6))
    const differing = values.filter((value) => !Object.is(toThreePlaces(value), asToFixed(value)))
    expect(differing).toEqual([])
    expect(values.length).toBeGreaterThan(300_000)
  })
})
