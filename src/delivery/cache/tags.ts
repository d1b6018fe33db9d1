/** Every cached GraphQL answer carries it; every live change purges it. */
export const GRAPHQL_TAG = 'graphql'

/** The tags a live change of one document purges: the document, its collection's lists, GraphQL. */
export const tagsOfChange = (collection: string, id: number | string) => [
  `${collection}:${id}`,
  collection,
  GRAPHQL_TAG,
]
