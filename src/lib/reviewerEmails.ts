import type { Payload } from 'payload'

/** Every medical reviewer's address, once each (all of them: no page limit). */
export const reviewerEmails = async (payload: Payload): Promise<string[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'reviewer' } },
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
  })
  return [...new Set(docs.map((user) => user.email).filter(Boolean))]
}
