import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * Triple-click selects one paragraph (or list item, heading, quote) and nothing after it. Chromium
 * ends a triple-click selection at the start of the next block, and Lexical takes that selection
 * as it is, so typing over it merged the next paragraph into the first.
 */
export const BlockTripleClickFeature = createServerFeature({
  feature: {
    ClientFeature: '@/components/editor/BlockTripleClickFeatureClient#BlockTripleClickFeatureClient',
  },
  key: 'reliefBlockTripleClick',
})
