import type { Access } from 'payload'

/** For records that only server code may write (overrideAccess), such as the audit trail. */
export const nobody: Access = () => false
