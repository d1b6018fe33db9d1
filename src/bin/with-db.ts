/**
 * `tsx src/bin/with-db.ts -- <command> [args]`: runs one command (the payload CLI, a script)
 * against DATABASE_URL or the project's embedded PostgreSQL.
 */
import { TSX_FLAGS } from '../lib/tsxArgs'
import { localBin, superviseWithDatabase } from './supervise'

const separator = process.argv.indexOf('--')
const [command, ...args] = process.argv.slice(separator === -1 ? 2 : separator + 1)
if (!command) {
  console.error('usage: tsx src/bin/with-db.ts -- <command> [args]')
  process.exit(2)
}
// The payload CLI loads Lexical as well (see src/lib/tsxArgs.ts).
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${TSX_FLAGS.join(' ')}`.trim()
await superviseWithDatabase([{ command: command.includes('/') ? command : localBin(command), args }])
