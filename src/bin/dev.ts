/**
 * `npm run dev`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo content
 * on an empty database, then `next dev`.
 */
import { displayHost, listenArgs } from './listenArgs'
import { localBin, superviseWithDatabase, tsxStep } from './supervise'

if (process.env.NODE_ENV === 'production') {
  console.error('npm run dev is for development; use npm run build && npm start in production.')
  process.exit(1)
}

const port = process.env.PORT || '3000'
console.log(`[relief] admin panel will be at http://${displayHost()}:${port}/admin`)
await superviseWithDatabase([
  tsxStep('src/bin/prepare.ts', '--seed-if-empty'),
  { command: localBin('next'), args: ['dev', ...listenArgs()] },
])
