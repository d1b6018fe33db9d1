/** The reader types say what the delivery API sends: checked by the type checker (expectTypeOf). */
import { describe, expectTypeOf, it } from 'vitest'

import type { ReaderArticle, ReaderTechnique } from '@/contract/readerTypes'

describe('reader types', () => {
  it('should type relations as ids at depth 0 and populated documents above', () => {
    expectTypeOf<ReaderArticle<0>['author']>().toEqualTypeOf<number | null | undefined>()
    expectTypeOf<NonNullable<ReaderArticle<1>['author']>>().toHaveProperty('bio')
    expectTypeOf<NonNullable<ReaderArticle<2>['author']>>().toHaveProperty('name')
    expectTypeOf<NonNullable<ReaderArticle<2>['techniques']>[number]>().toHaveProperty('summary')
  })

  it('should leave staff-only fields and fields outside defaultPopulate out', () => {
    expectTypeOf<ReaderArticle>().not.toHaveProperty('workflow')
    expectTypeOf<ReaderArticle>().not.toHaveProperty('claims')
    expectTypeOf<ReaderTechnique>().not.toHaveProperty('claims')
    expectTypeOf<NonNullable<ReaderArticle<2>['author']>>().not.toHaveProperty('yearsOfExperience')
    expectTypeOf<NonNullable<ReaderArticle<2>['author']>>().not.toHaveProperty('workflow')
  })
})
