/** Every cached GraphQL answer carries it; every live change purges it. */
export const GRAPHQL_TAG = 'graphql'

/**
 * Every cached media list and media document carries it; every live change purges it, because
 * whether an image is public follows the documents that show it.
 */
export const MEDIA_TAG = 'media'

/** The tags a live change of one document purges: the document, its collection's lists, GraphQL. */
export const tagsOfChange = (collection: string, id: number | string) => [
  `${collection}:${id}`,
  collection,
  GRAPHQL_TAG,
]
