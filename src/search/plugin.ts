import type { Plugin } from 'payload'

import { rateLimitedEndpoint } from '@/lib/rateLimit/withRateLimit'
import { addLiveChangeHook } from '@/workflow/liveChanges'

import { searchEndpoint } from './endpoint'
import { searchLiveChangeHook } from './liveChangeHook'

/** Site search over live content (docs/search.md): the endpoint, and the index kept in step with live changes. */
export const searchPlugin = (): Plugin => (config) => {
  const withHook = addLiveChangeHook(config, searchLiveChangeHook)
  return {
    ...withHook,
    endpoints: [...(withHook.endpoints ?? []), rateLimitedEndpoint('search', searchEndpoint)],
  }
}
