import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The reference site reads as an anonymous visitor would: access control applies, so only
 * published content can ever reach a public page.
 */
export const getPublicPayload = () => getPayload({ config })
export const PUBLIC_READ = { overrideAccess: false, draft: false } as const
