import { configToSchema } from '@payloadcms/graphql'
import { lexicographicSortSchema, printSchema } from 'graphql/index.js'
import type { SanitizedConfig } from 'payload'

/** The GraphQL schema Payload serves, printed in a stable (sorted) order. */
export const printGraphqlSchema = (config: SanitizedConfig) =>
  `${printSchema(lexicographicSortSchema(configToSchema(config).schema))}\n`
