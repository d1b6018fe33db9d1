import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { isMachineKey } from './isMachineKey'

const WRITES = new Set(['autosave', 'create', 'delete', 'restoreVersion', 'update'])

/**
 * Machine keys only read. Access rules already refuse them every write (they hold no role);
 * this refuses any write operation outright, so a rule added later that only asks "is someone
 * signed in?" cannot open a write to a machine.
 */
export const refuseMachineWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isMachineKey(req.user) && WRITES.has(operation)) throw new Forbidden(req.t)
  return args
}
