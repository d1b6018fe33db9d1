import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { ROLES, STAFF_ROLES } from '@/lib/roles'
import { toOptions } from '@/lib/taxonomy'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
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
  hooks: { beforeChange: [makeFirstUserAdmin] },
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
  ],
  timestamps: true,
}
