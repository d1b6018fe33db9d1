export const TOPICS = ['sciatica', 'back-pain', 'prevention', 'self-care', 'spa'] as const
export const TARGET_AREAS = ['lower-back', 'glutes', 'piriformis', 'hamstrings', 'hips', 'legs'] as const
export const PRESSURES = ['gentle', 'moderate', 'firm'] as const
export const TECHNIQUE_CATEGORIES = ['professional', 'self-massage'] as const
export const CREDENTIAL_TYPES = ['LMT', 'PT', 'DPT', 'MD', 'DO', 'DC', 'RN', 'other'] as const
export const DISCLAIMER_KINDS = ['medical', 'emergency', 'general'] as const

export const toOptions = (values: readonly string[]) =>
  values.map((value) => ({
    label: value.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase()),
    value,
  }))
