import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

/**
 * Applies exactly the named migrations, in the project's order: a restore rebuilds the schema
 * the backup was taken with; `npm start` applies any newer ones afterwards, as after an upgrade.
 * Throws when a name is unknown (a backup from a newer version of Relief CMS).
 */
export const migrateTo = async (payload: Payload, names: string[]) => {
  const known = new Set(migrations.map((m) => m.name))
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length) {
    throw new Error(`The backup was made by a newer version: unknown migrations ${unknown.join(', ')}`)
  }
  const wanted = migrations.filter((m) => names.includes(m.name))
  await payload.db.migrate({ migrations: wanted as unknown as Migration[] })
}
