import type { Plugin } from 'payload'

import { forgotPasswordMutation } from './mutation'

/**
 * Routes GraphQL forgot-password for `users` through our single-connection operation; the REST
 * route is `collections/Users/endpoints/forgotPassword.ts` (rate limited, same operation).
 */
export const forgotPasswordPlugin = (): Plugin => (config) => ({
  ...config,
  graphQL: {
    ...config.graphQL,
    mutations: (GraphQL, payload) => ({
      ...(config.graphQL?.mutations?.(GraphQL, payload) ?? {}),
      ...forgotPasswordMutation(GraphQL as never),
    }),
  },
})
