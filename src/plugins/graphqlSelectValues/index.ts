import type { Plugin } from 'payload'

import { rewriteLossyEnums } from './rewriteEnums'

/**
 * GraphQL answers with the same select values as REST (`self-massage`, not `self_massage`).
 * Payload calls `graphQL.queries` after it built every collection and global type and before
 * it assembles the schema: the one moment the built types can be adjusted.
 */
export const graphqlSelectValues = (): Plugin => (config) => ({
  ...config,
  graphQL: {
    ...config.graphQL,
    queries: (graphql, result) => {
      const own = config.graphQL?.queries?.(graphql, result) ?? {}
      rewriteLossyEnums(graphql, [result.Query, result.Mutation] as never)
      return own
    },
  },
})
