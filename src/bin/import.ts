/**
 * `npm run import -- <files or dirs> [--dry-run] [--locale en] [--author <therapist slug>] [--force] [--json]`:
 * imports .txt, .md and .html articles as draft articles (src/import/README.md).
 *
 * The work runs in a child process (src/import/main.ts) under superviseWithDatabase, like
 * `npm run seed`: against DATABASE_URL when it is set, otherwise against the project's
 * embedded PostgreSQL, whose pending migrations are applied first.
 */
import { collectFiles, parseCliArgs, USAGE, UsageError } from '../import/cli'
import { superviseWithDatabase, tsxStep } from './supervise'

const argv = process.argv.slice(2)
let args
try {
  args = parseCliArgs(argv)
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`${error.message}\n\n${USAGE}`)
  process.exit(2)
}
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
// Cheap checks first, so a typo does not start a database.
const { missing } = collectFiles(args.paths)
if (missing.length) {
  console.error(`Not found: ${missing.join(', ')}`)
  process.exit(2)
}

const migrate = process.env.DATABASE_URL ? [] : [tsxStep('src/bin/prepare.ts')]
// The "production" export condition loads Lexical's production build directly. Its default
// Node entry picks the build with a top-level await, which on Node 20 now and then leaves the
// module graph unsettled (the process exits with code 13) and the development build is slower.
const worker = tsxStep('src/import/main.ts', ...argv)
await superviseWithDatabase([...migrate, worker])
