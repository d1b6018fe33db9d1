/**
 * `npm start`: applies pending migrations (one instance at a time, under an advisory lock),
 * then serves the `next build` output. Production never pushes schema.
 */
import { localBin, superviseWithDatabase } from './supervise'

// Children inherit it: next start and the migration step both run as production.
Object.assign(process.env, { NODE_ENV: 'production' })
const port = process.env.PORT || '3000'
await superviseWithDatabase([
  { command: localBin('tsx'), args: ['src/bin/prepare.ts'] },
  { command: localBin('next'), args: ['start', '-p', port] },
])
