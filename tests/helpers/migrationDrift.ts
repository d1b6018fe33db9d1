/**
 * `tsx tests/helpers/migrationDrift.ts <dir>`: runs Payload's migration generator against a copy
 * of the migrations in <dir> (never the checkout's src/migrations) and prints the names of the
 * files it created: none when the committed snapshot matches the config.
 */
import fs from 'node:fs'

import payload from 'payload'

import config from '../../payload.config'

const dir = process.argv[2]
if (!dir || !fs.existsSync(dir)) throw new Error('usage: migrationDrift.ts <copy of src/migrations>')
process.env.PAYLOAD_MIGRATING = 'true'
const before = new Set(fs.readdirSync(dir))
// migrate:create compares the config with the newest snapshot in the directory; no database is needed.
await payload.init({ config, disableDBConnect: true, disableOnInit: true })
payload.db.migrationDir = dir
await payload.db.createMigration({ migrationName: 'drift-check', payload, skipEmpty: true })
const created = fs.readdirSync(dir).filter((file) => !before.has(file))
process.stdout.write(`${JSON.stringify(created)}\n`, () => process.exit(0))
