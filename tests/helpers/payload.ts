import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

export const getTestPayload = (): Promise<Payload> => {
  instance ??= import('@payload-config').then(({ default: config }) => getPayload({ config }))
  return instance
}

export const destroyTestPayload = async () => {
  if (!instance) return
  const payload = await instance
  // destroy() leaves pooled connections open and the database is then dropped WITH (FORCE):
  // the pool must not treat those terminated connections as unhandled errors.
  ;(payload.db as unknown as { pool?: { on: (event: string, fn: () => void) => void } }).pool?.on('error', () => {})
  await payload.destroy()
  instance = undefined
}
