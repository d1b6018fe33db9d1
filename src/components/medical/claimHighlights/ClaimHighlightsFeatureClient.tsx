'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'

import { ClaimHighlightsPlugin } from './ClaimHighlightsPlugin'

export const ClaimHighlightsFeatureClient = createClientFeature({
  plugins: [{ Component: ClaimHighlightsPlugin, position: 'belowContainer' }],
})
