import type { CollectionConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { isEditorOrAdmin } from './isEditorOrAdmin'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** The access every reviewed content collection shares: the public sees only what is live. */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isEditorOrAdmin,
  update: isEditorOrAdmin,
  delete: isAdmin,
}
