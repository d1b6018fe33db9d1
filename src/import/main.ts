/**
 * The import CLI's worker process, started by src/bin/import.ts with DATABASE_URL set (and
 * `--conditions=production`, see there). It imports the Payload config statically, as
 * src/bin/prepare.ts does: the config binds DATABASE_URL when it is loaded.
 */
import config from '../../payload.config'
import { parseCliArgs } from './cli'
import { runImport } from './run'

const code = await runImport(config, parseCliArgs(process.argv.slice(2)))
// process.exit() drops what a piped stdout has not written yet (a large --json summary):
// exit once everything before this empty write has been flushed.
process.stdout.write('', () => process.exit(code))
