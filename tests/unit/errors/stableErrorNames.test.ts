import { APIError, NotFound, ValidationError } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { stabilizeErrorNames } from '@/lib/errors/stableErrorNames'

/** What the production minifier does to a class: its name becomes a letter or two. */
const minify = (errorClass: { name: string }, short: string) => Object.defineProperty(errorClass, 'name', { value: short, configurable: true })

describe('stable error names', () => {
  afterEach(() => stabilizeErrorNames())

  it('should give minified Payload error classes their real names back', () => {
    minify(ValidationError, 'a')
    minify(NotFound, 'iB')
    minify(APIError, 'c')
    expect(new ValidationError({ errors: [{ path: 'title', message: 'x' }] }).name).toBe('a')
    stabilizeErrorNames()
    expect(new ValidationError({ errors: [{ path: 'title', message: 'x' }] }).name).toBe('ValidationError')
    expect(new NotFound().name).toBe('NotFound')
    expect(new APIError('x', 401).name).toBe('APIError')
  })
})
