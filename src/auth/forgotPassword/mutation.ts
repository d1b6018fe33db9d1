import type { GraphQLFieldConfig } from 'graphql'
import type { PayloadRequest } from 'payload'

import { forgotPassword } from './operation'

/**
 * Replaces the generated `forgotPasswordUser` mutation (custom mutations override generated
 * ones of the same name) so GraphQL takes the same single-connection path as REST.
 */
export const forgotPasswordMutation = (GraphQL: typeof import('graphql')): Record<string, GraphQLFieldConfig<unknown, { req: PayloadRequest }>> => ({
  forgotPasswordUser: {
    type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean),
    args: {
      email: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
    },
    resolve: async (_source, args: { email: string }, context) => {
      await forgotPassword(context.req, args.email)
      return true
    },
  },
})
