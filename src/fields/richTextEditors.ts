import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { Callout } from '@/blocks/Callout'
import { DisclaimerBlock } from '@/blocks/DisclaimerBlock'
import { FaqList } from '@/blocks/FaqList'
import { TechniqueCallout } from '@/blocks/TechniqueCallout'
import { BlockTripleClickFeature } from '@/fields/editorFeatures/BlockTripleClickFeature'
import { ClaimHighlightsFeature } from '@/medical/editorFindings/ClaimHighlightsFeature'

/** The default editor for short rich text (answers, precautions, bios). */
export const defaultEditor = lexicalEditor({
  // Risky claims are marked as staff type (docs/editor-findings.md).
  features: ({ defaultFeatures }) => [...defaultFeatures, ClaimHighlightsFeature(), BlockTripleClickFeature()],
})

/** Long-form bodies may embed the medical blocks. */
export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    BlocksFeature({ blocks: [DisclaimerBlock, TechniqueCallout, FaqList, Callout] }),
    ClaimHighlightsFeature(),
    BlockTripleClickFeature(),
  ],
})
