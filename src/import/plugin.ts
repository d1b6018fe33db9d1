import type { Plugin } from 'payload'

import { rateLimitedEndpoint } from '@/lib/rateLimit/withRateLimit'

import { importEndpoint } from './endpoint'
import { ImportRecords } from './ImportRecords'

/** The article importer (src/import/README.md): its bookkeeping collection and `POST /api/import`. */
export const importPlugin = (): Plugin => (config) => ({
  ...config,
  collections: [...(config.collections ?? []), ImportRecords],
  endpoints: [...(config.endpoints ?? []), rateLimitedEndpoint('import', importEndpoint)],
})
