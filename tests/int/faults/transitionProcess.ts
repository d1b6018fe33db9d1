/**
 * A real process for the kill -9 tests: loads the Payload config against DATABASE_URL and runs
 * one workflow transition through the workflow service, as a server request would.
 * `tsx --conditions=production tests/int/faults/transitionProcess.ts <collection> <id> <action> <userId> [comment]`
 */
import { getPayload } from 'payload'

import { runTransition } from '@/workflow/service'

import config from '../../../payload.config'

const [collection, id, action, userId, comment] = process.argv.slice(2)
const payload = await getPayload({ config })
const user = await payload.findByID({ collection: 'users', id: Number(userId), depth: 0, overrideAccess: true })
const { event } = await runTransition(payload, {
  collection,
  id,
  action,
  comment,
  acknowledgeFindings: true,
  user: { ...user, collection: 'users' } as never,
  isNotifying: false,
})
console.log(JSON.stringify({ eventId: event.id }))
await payload.destroy()
process.exit(0)
