import { type ExecutionArgs, GraphQLError, Kind, type ValidationRule, type ValueNode } from 'graphql/index.js'

import { MAX_LIMIT } from '@/contract/queryParameters'

const valueOf = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.NULL) return null
  return undefined
}

/**
 * The REST page cap for GraphQL lists: `limit` from 1 to 100 (0 meant every document) and no
 * `pagination: false`, on any field that takes them (collection lists, versions, joins).
 */
export const listLimitRule =
  (args: Pick<ExecutionArgs, 'variableValues'>): ValidationRule =>
  (context) => ({
    Argument(node) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>
      const value = valueOf(node.value, variables)
      if (node.name.value === 'limit' && value !== null && value !== undefined) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
          context.reportError(
            new GraphQLError(`limit must be a whole number from 1 to ${MAX_LIMIT}; page through larger sets with page.`, {
              nodes: node,
              extensions: { code: 'BAD_USER_INPUT', parameter: 'limit' },
            }),
          )
        }
      }
      if (node.name.value === 'pagination' && value === false) {
        context.reportError(
          new GraphQLError(`pagination cannot be turned off; page through with limit (at most ${MAX_LIMIT}) and page.`, {
            nodes: node,
            extensions: { code: 'BAD_USER_INPUT', parameter: 'pagination' },
          }),
        )
      }
    },
  })
