import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

export const getTestPayload = (): Promise<Payload> => {
  instance ??= import('@payload-config').then(({ default: config }) => getPayload({ config }))
  return instance
}

export const destroyTestPayload = async () => {
  if (!instance) return
  const payload = await instance
  await payload.destroy()
  instance = undefined
}
