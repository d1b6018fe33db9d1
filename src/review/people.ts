import type { PayloadRequest } from 'payload'

/** Names of these users, for rows that show who submitted or who reviews (staff see names only). */
export const namesOf = async (req: PayloadRequest, ids: (number | string | undefined | null)[]) => {
  const unique = [...new Set(ids.filter((id): id is number | string => id !== undefined && id !== null).map(Number))]
  if (unique.length === 0) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: unique } },
    limit: unique.length,
    depth: 0,
    select: { name: true, email: true },
    req,
    overrideAccess: true,
  })
  return new Map(docs.map((user) => [String(user.id), String((user as { name?: string }).name || user.email)]))
}
