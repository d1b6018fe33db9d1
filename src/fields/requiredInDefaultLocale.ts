import type { Field } from 'payload'
import { richText, text, textarea } from 'payload/shared'

import { isBlank } from '@/lib/isBlank'

const DEFAULT_VALIDATORS: Partial<Record<string, (value: any, options: any) => any>> = { richText, text, textarea }

/**
 * A localized field that must exist in the default locale only. With fallback on, a
 * translation may be saved one field at a time: what is not translated yet falls back.
 * (Payload's `required` would demand every field in every locale.)
 */
export const requiredInDefaultLocale = <T extends Field>(field: T): T => {
  const original = ('validate' in field && field.validate) || DEFAULT_VALIDATORS[field.type]
  return {
    ...field,
    required: false,
    validate: (value: unknown, options: any) => {
      const defaultLocale = options.req?.payload?.config?.localization?.defaultLocale
      const locale = options.req?.locale
      if (isBlank(value) && (!defaultLocale || !locale || locale === defaultLocale)) {
        return 'This field is required.'
      }
      return original ? original(value, { ...options, required: false }) : true
    },
  } as T
}
