import type { SanitizedConfig } from 'payload'

import { printGraphqlSchema } from './graphqlSchema'
import { buildOpenApi } from './openapi'

/** Every contract file, by path from the repository root, with the text it must hold. */
export const contractFiles = (config: SanitizedConfig): Record<string, string> => ({
  'schema.graphql': printGraphqlSchema(config),
  'openapi.json': `${JSON.stringify(buildOpenApi(config), null, 2)}\n`,
})
