/**
 * `npm start`: applies pending migrations (one instance at a time, under an advisory lock),
 * then serves the `next build` output. Production never pushes schema.
 */
import { listenArgs } from './listenArgs'
import { localBin, superviseWithDatabase, tsxStep } from './supervise'

// Children inherit it: next start and the migration step both run as production.
Object.assign(process.env, { NODE_ENV: 'production' })
await superviseWithDatabase([
  tsxStep('src/bin/prepare.ts'),
  { command: localBin('next'), args: ['start', ...listenArgs()] },
])
