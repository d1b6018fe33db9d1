import type { Plugin } from 'payload'

import { forgotPasswordEndpoint } from './endpoint'
import { forgotPasswordMutation } from './mutation'

/** Routes REST and GraphQL forgot-password for `users` through our single-connection operation. */
export const forgotPasswordPlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === 'users'
      ? { ...collection, endpoints: [forgotPasswordEndpoint, ...(collection.endpoints || [])] }
      : collection,
  ),
  graphQL: {
    ...config.graphQL,
    mutations: (GraphQL, payload) => ({
      ...(config.graphQL?.mutations?.(GraphQL, payload) ?? {}),
      ...forgotPasswordMutation(GraphQL as never),
    }),
  },
})
