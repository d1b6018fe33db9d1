import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isCookieSecure } from '@/lib/auth/isCookieSecure'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { ROLES, STAFF_ROLES } from '@/lib/roles'
import { toOptions } from '@/lib/taxonomy'

import { forgotPasswordEndpoint } from './endpoints/forgotPassword'
import { resetPasswordEndpoint } from './endpoints/resetPassword'
import { forgiveAfterLogin, forgiveAfterUnlock } from './hooks/forgiveAfterLogin'
import { hashForUnknownEmail } from './hooks/hashForUnknownEmail'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { rateLimitAuth } from './hooks/rateLimitAuth'
import { refuseCrossOriginLogin } from './hooks/refuseCrossOriginLogin'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: {
    // The rate limits (src/lib/rateLimit/limits.ts) are the lockout: per IP+account first, so
    // a stranger cannot lock the owner out. Payload's own lock stays only as a far backstop.
    maxLoginAttempts: 1000,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: isCookieSecure(), sameSite: 'Lax' },
  },
  access: {
    admin: ({ req: { user } }) => hasRole(user, ...STAFF_ROLES),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Otherwise any signed-in user could undo the lockout of someone else's account.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'People',
  },
  endpoints: [forgotPasswordEndpoint, resetPasswordEndpoint],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
    beforeOperation: [refuseCrossOriginLogin, rateLimitAuth, hashForUnknownEmail, requireCurrentPassword],
    afterLogin: [forgiveAfterLogin],
    afterOperation: [forgiveAfterUnlock],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: toOptions(ROLES),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'therapist',
      type: 'relationship',
      relationTo: 'therapists',
      admin: { description: "The reviewer's public profile, shown in the medically-reviewed byline." },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // Changing one's own password needs the current one (hooks/requireCurrentPassword.ts);
      // this gives the admin panel's account form a place to type it. Never stored or returned.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      access: { read: () => false },
      admin: {
        description: 'Needed only when you change your own password.',
        condition: (data, _siblingData, { user }) =>
          Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
        components: { Field: '@/components/auth/CurrentPasswordField#CurrentPasswordField' },
      },
    },
  ],
  timestamps: true,
}
