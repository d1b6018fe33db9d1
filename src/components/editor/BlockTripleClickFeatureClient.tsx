'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'

import { BlockTripleClickPlugin } from './BlockTripleClickPlugin'

export const BlockTripleClickFeatureClient = createClientFeature({
  plugins: [{ Component: BlockTripleClickPlugin, position: 'normal' }],
})
