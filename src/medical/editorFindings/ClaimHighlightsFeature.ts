import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * Marks risky claims in the rich-text editor while staff write or read (docs/editor-findings.md).
 * It adds no nodes: highlights are painted over the text and never enter the saved document, whose
 * hash is what a reviewer approves.
 */
export const ClaimHighlightsFeature = createServerFeature({
  feature: {
    ClientFeature: '@/components/medical/claimHighlights/ClaimHighlightsFeatureClient#ClaimHighlightsFeatureClient',
  },
  key: 'reliefClaimHighlights',
})
