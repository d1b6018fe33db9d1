import type { Plugin } from 'payload'

import { stabilizeErrorNames } from '@/lib/errors/stableErrorNames'

/** Readable error names in every build; runs when the config is built, before any request. */
export const stableErrorNames = (): Plugin => (config) => {
  stabilizeErrorNames()
  return config
}
