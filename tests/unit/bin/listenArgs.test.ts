import { describe, expect, it } from 'vitest'

import { displayHost, listenArgs } from '../../../src/bin/listenArgs'

describe('listen address', () => {
  it('should keep Next defaults (port 3000, every interface) when PORT and HOST are unset', () => {
    expect(listenArgs({})).toEqual(['-p', '3000'])
  })

  it('should pass HOST and PORT to next', () => {
    expect(listenArgs({ HOST: '127.0.0.1', PORT: '8080' })).toEqual(['-p', '8080', '-H', '127.0.0.1'])
    expect(listenArgs({ HOST: '::1' })).toEqual(['-p', '3000', '-H', '::1'])
  })

  it('should print a reachable address for wildcard and IPv6 hosts', () => {
    expect(displayHost({ HOST: '0.0.0.0' })).toBe('localhost')
    expect(displayHost({ HOST: '::1' })).toBe('[::1]')
    expect(displayHost({ HOST: '10.0.0.5' })).toBe('10.0.0.5')
  })
})
