/**
 * `tsx tests/helpers/migrationDrift.ts <dir>`: runs Payload's migration generator against a copy
 * of the migrations in <dir> (never the checkout's src/migrations): it writes a new migration
 * there only when the committed snapshot does not match the config.
 */
import fs from 'node:fs'

import payload from 'payload'

import config from '../../payload.config'

const dir = process.argv[2]
if (!dir || !fs.existsSync(dir)) throw new Error('usage: migrationDrift.ts <copy of src/migrations>')
process.env.PAYLOAD_MIGRATING = 'true'
// migrate:create compares the config with the newest snapshot in the directory; no database is needed.
await payload.init({ config, disableDBConnect: true, disableOnInit: true })
payload.db.migrationDir = dir
await payload.db.createMigration({ migrationName: 'drift-check', payload, skipEmpty: true })
process.exit(0)
