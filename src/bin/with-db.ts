/**
 * `tsx src/bin/with-db.ts -- <command> [args]`: runs one command (the payload CLI, a script)
 * against DATABASE_URL or the project's embedded PostgreSQL.
 */
import { localBin, superviseWithDatabase } from './supervise'

const separator = process.argv.indexOf('--')
const [command, ...args] = process.argv.slice(separator === -1 ? 2 : separator + 1)
if (!command) {
  console.error('usage: tsx src/bin/with-db.ts -- <command> [args]')
  process.exit(2)
}
await superviseWithDatabase([{ command: command.includes('/') ? command : localBin(command), args }])
