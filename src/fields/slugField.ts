import type { FieldHook, TextField } from 'payload'

import { slugify } from '@/lib/slugify'

const SLUG_PATTERN = /^[a-z0-9\u0E00-\u0E7F]+(?:-[a-z0-9\u0E00-\u0E7F]+)*$/

/**
 * A unique, URL-safe slug. When left empty it is derived from `sourceField`, and it is
 * only derived once: renaming a published article must not silently break its URL.
 */
export const slugField = (sourceField = 'title'): TextField => {
  const deriveSlug: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) || undefined : undefined
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    // Not `required`: that would make clients send it (GraphQL NonNull) although it is derived.
    admin: {
      position: 'sidebar',
      description: `Generated from the ${sourceField} when left empty.`,
    },
    hooks: { beforeValidate: [deriveSlug] },
    validate: (value: unknown) =>
      !value
        ? 'A slug is required (or a title to derive it from)'
        : typeof value === 'string' && SLUG_PATTERN.test(value)
          ? true
          : 'Use lowercase letters, digits and single hyphens only',
  }
}
