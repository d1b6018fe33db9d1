/**
 * `tsx src/bin/prepare.ts [--seed | --seed-if-empty]`: applies pending migrations and
 * optionally seeds. Runs as its own process so the config sees DATABASE_URL from the start.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { runMigrations } from '../lib/db/migrate'
import { seed } from '../seed'

const isSeedingAlways = process.argv.includes('--seed')
const isSeedingEmpty = process.argv.includes('--seed-if-empty')

// A migration or seed may legitimately run one long statement; the app's limits are for requests.
Object.assign(process.env, { DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0' })

const payload = await getPayload({ config })
try {
  await runMigrations(payload, process.env.DATABASE_URL!)
  const { totalDocs: userCount } = await payload.count({ collection: 'users' })
  if (isSeedingAlways || (isSeedingEmpty && userCount === 0)) await seed(payload)
} finally {
  await payload.destroy()
}
process.exit(0)
