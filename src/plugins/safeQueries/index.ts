import {
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  NotFound,
  type Plugin,
  ValidationError,
} from 'payload'

import { checkWhere, type QueryProblem } from './checkWhere'
import { findNulBytes } from './findNulBytes'

const INT_MAX = 2_147_483_647
const isSerialId = (id: unknown) => /^\d+$/.test(String(id)) && Number(id) >= 1 && Number(id) <= INT_MAX

const nulProblems = (value: unknown, prefix: string): QueryProblem[] =>
  findNulBytes(value, prefix).map((path) => ({ path, message: `${path} contains a NUL character (\\u0000), which is not allowed` }))

/**
 * Input PostgreSQL would answer with an error (so a 500) is refused first: a non-integer id is
 * a document that does not exist (404); operators a field type cannot take, non-integer
 * relation ids in a where clause and NUL characters anywhere are a 400 naming the path.
 */
const refuseBadQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { id, where } = args as { id?: unknown; where?: unknown }
  const hasSerialIds = !collection.flattenedFields.some((field) => field.name === 'id')
  if (id !== undefined && id !== null && hasSerialIds && !isSerialId(id)) throw new NotFound(req.t)
  if (!where) return args
  const problems = [...checkWhere(req.payload, collection.flattenedFields, where), ...nulProblems(where, 'where')]
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return args
}

// After access control: a caller without rights gets 403 whatever the data holds.
const refuseNulInData: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const problems = nulProblems(data, '')
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}

export const safeQueries = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseBadQuery, ...(collection.hooks?.beforeOperation ?? [])],
      beforeValidate: [refuseNulInData, ...(collection.hooks?.beforeValidate ?? [])],
    },
  })),
})
