/** `npm run seed`: (re)creates the demo users and content; refused in production. */
import { superviseWithDatabase, tsxStep } from './supervise'

if (process.env.NODE_ENV === 'production') {
  console.error('Refusing to seed demo users and content with NODE_ENV=production.')
  process.exit(1)
}

await superviseWithDatabase([tsxStep('src/bin/prepare.ts', '--seed')])
