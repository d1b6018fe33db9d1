import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Reviewers read drafts but never write content: the four-eyes rule depends on it. */
export const isEditorOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
