import {
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
} from 'graphql'
import { type FlattenedField, formatNames, type SanitizedConfig, toWords } from 'payload'

import { queryPlan } from './graphqlQueryPlan'
import { restKeyWalker } from './restSurrogateKeys'

type Data = Record<string, unknown>
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/*
 * The schema comes from Payload's own copy of graphql-js, which may be another module
 * instance (ESM vs CJS) than ours, so its `instanceof` checks fail: types are told apart by
 * their toStringTag instead.
 */
const tagOf = (type: unknown) => (type as { [Symbol.toStringTag]?: string })?.[Symbol.toStringTag]
const isNonNullType = (type: unknown): type is { ofType: GraphQLOutputType } => tagOf(type) === 'GraphQLNonNull'
const isListType = (type: unknown): type is { ofType: GraphQLOutputType } => tagOf(type) === 'GraphQLList'
const isObjectType = (type: unknown): type is GraphQLObjectType => tagOf(type) === 'GraphQLObjectType'
const isAbstractType = (type: unknown) => tagOf(type) === 'GraphQLUnionType' || tagOf(type) === 'GraphQLInterfaceType'
const getNamedType = (type: GraphQLOutputType): GraphQLNamedType =>
  isNonNullType(type) || isListType(type) ? getNamedType(type.ofType) : (type as GraphQLNamedType)

/** Per config: pluralize's rules ran for every collection on every answer. */
const typeNamesByConfig = new WeakMap<SanitizedConfig, Map<string, string>>()

/** GraphQL object type name → collection slug, named the way @payloadcms/graphql names them. */
const typeNamesOf = (config: SanitizedConfig) => {
  const known = typeNamesByConfig.get(config)
  if (known) return known
  const names = new Map<string, string>()
  for (const collection of config.collections) {
    const graphQL = collection.graphQL as { singularName?: string } | false | undefined
    if (graphQL === false) continue
    const name = graphQL?.singularName ? toWords(graphQL.singularName, true) : formatNames(collection.slug).singular
    names.set(name, collection.slug)
  }
  typeNamesByConfig.set(config, names)
  return names
}

/** The Payload field a schema field answers (@payloadcms/graphql keeps it in `extensions.field`). */
const payloadFieldOf = (field: { extensions?: unknown }) =>
  (field.extensions as { field?: FlattenedField } | undefined)?.field

/**
 * Walks a GraphQL result alongside the query and the schema to collect `collection:id` for
 * every document it shows, and the collection of every list it answers. Union members are
 * only recognised when the query asks for `__typename`. Rich text is a JSON scalar that Payload
 * populates as REST does (relationship/upload nodes, Lexical blocks): it is walked by the REST
 * walk, through the field's own editor.
 *
 * `text`, the answer's JSON (text or UTF-8 bytes) when the caller has it, lets that walk skip rich
 * text that populates nothing (restKeyWalker).
 */
export const collectGraphqlKeys = (
  config: SanitizedConfig,
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
  data: unknown,
  text?: string | Uint8Array,
) => {
  const keys = new Set<string>()
  let richText: ReturnType<typeof restKeyWalker> | undefined
  const typeNames = typeNamesOf(config)
  const { operation, fragments } = queryPlan(query, operationName)
  const root = schema.getQueryType()
  if (!operation || operation.operation !== 'query' || !root) {
    return keys
  }

  const walk = (type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined, value: unknown) => {
    if (!selectionSet || value === null || value === undefined) return
    if (isNonNullType(type)) return walk(type.ofType, selectionSet, value)
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((v) => walk(type.ofType, selectionSet, v))
      return
    }
    if (!isObject(value)) return
    let objectType = type
    if (isAbstractType(type)) {
      const concrete = typeof value.__typename === 'string' ? schema.getType(value.__typename) : undefined
      if (!concrete || !isObjectType(concrete)) return
      objectType = concrete
    }
    if (!isObjectType(objectType)) return
    const slug = typeNames.get(objectType.name)
    if (slug && (typeof value.id === 'number' || typeof value.id === 'string')) keys.add(`${slug}:${value.id}`)
    const fields = objectType.getFields()
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fields[selection.name.value]
        if (!field) continue
        const fieldValue = value[selection.alias?.value ?? selection.name.value]
        const payloadField = payloadFieldOf(field)
        if (payloadField?.type === 'richText') {
          richText ??= restKeyWalker(config, keys, text)
          richText.walkField(payloadField, fieldValue)
        } else walk(field.type, selection.selectionSet, fieldValue)
        continue
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value)
      const condition = fragment?.typeCondition?.name.value
      if (fragment && (!condition || condition === objectType.name)) walk(objectType, fragment.selectionSet, value)
    }
  }

  // A root list (`Articles { docs }`) or count is tagged with its collection, so a new
  // publish can purge it. Only the root fields the query asks for are looked at.
  const rootFields = root.getFields()
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue
    const field = Object.hasOwn(rootFields, selection.name.value) ? rootFields[selection.name.value] : undefined
    const named = field && getNamedType(field.type)
    const docs = named && isObjectType(named) ? named.getFields().docs : undefined
    const slug = docs && typeNames.get(getNamedType(docs.type).name)
    if (slug) keys.add(slug)
  }
  walk(root, operation.selectionSet, data)
  return keys
}
