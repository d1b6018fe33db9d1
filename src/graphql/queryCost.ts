import {
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql/index.js'

import { DEFAULT_LIST_LIMIT, RELATION_LIST_SIZE, UNBOUNDED_LIST_SIZE } from './limits'

export interface OperationMeasure {
  aliases: number
  rootFields: number
  cost: number
}

interface Walk {
  schema: GraphQLSchema
  getFragment: (name: string) => FragmentDefinitionNode | undefined
  variables: Record<string, unknown>
  measure: OperationMeasure
}

/** A collection document (what a relationship or upload resolves to): it has an id and timestamps. */
const isDocumentType = (type: GraphQLNamedType, schema: GraphQLSchema): boolean => {
  if (isObjectType(type)) {
    const fields = type.getFields()
    return 'id' in fields && 'createdAt' in fields && 'updatedAt' in fields
  }
  if (isAbstractType(type)) return schema.getPossibleTypes(type).some((member) => isDocumentType(member, schema))
  return false
}

/** A page of documents: a find query's `{ docs, totalDocs }` or a join field's `{ docs, hasNextPage }`. */
const isPageType = (type: GraphQLNamedType): boolean =>
  isObjectType(type) && 'docs' in type.getFields() && ('totalDocs' in type.getFields() || 'hasNextPage' in type.getFields())

const valueOf = (node: ValueNode | undefined, variables: Record<string, unknown>): unknown => {
  if (!node) return undefined
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/** How many documents a page field returns, from its `limit` and `pagination` arguments. */
const pageSize = (args: Map<string, unknown>): number => {
  if (args.get('pagination') === false) return UNBOUNDED_LIST_SIZE
  const limit = args.get('limit')
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT
  return limit <= 0 ? UNBOUNDED_LIST_SIZE : Math.min(limit, UNBOUNDED_LIST_SIZE)
}

const fieldOf = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined =>
  isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined

/**
 * Walks one selection set. `parents` is how many objects of `type` the selection runs on;
 * `pageItems` is the page size when `type` is a page of documents (its `docs` multiply by it).
 */
function walk(
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  parents: number,
  context: Walk,
  isRoot: boolean,
  pageItems?: number,
  fragmentPath: ReadonlySet<string> = new Set(),
): void {
  const { measure, schema } = context
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
      let fragmentSelection: SelectionSetNode
      let condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : undefined
      let path = fragmentPath
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = context.getFragment(name)
        // Unknown fragments and cycles are reported by other rules; never loop on them here.
        if (!fragment || fragmentPath.has(name)) continue
        fragmentSelection = fragment.selectionSet
        condition = fragment.typeCondition.name.value
        path = new Set([...fragmentPath, name])
      } else fragmentSelection = selection.selectionSet
      const conditionType = condition ? schema.getType(condition) : type
      if (!conditionType || !isCompositeType(conditionType)) continue
      walk(fragmentSelection, conditionType, parents, context, isRoot, pageItems, path)
      continue
    }
    const name = selection.name.value
    if (selection.alias) measure.aliases += 1
    if (name.startsWith('__')) continue
    if (isRoot) measure.rootFields += 1
    const field = fieldOf(type, name)
    if (!field) continue
    const named = getNamedType(field.type)
    const args = new Map((selection.arguments ?? []).map((arg) => [arg.name.value, valueOf(arg.value, context.variables)]))
    const isPage = isPageType(named)
    const isDocument = isDocumentType(named, schema)
    // A page's `docs` come with the page's own query: no extra work, but one object per document.
    const isPageDocs = name === 'docs' && pageItems !== undefined
    if (!isPageDocs && (isRoot || isPage || isDocument)) measure.cost += parents
    if (!selection.selectionSet || !isCompositeType(named)) continue
    let children = parents
    if (isPageDocs) children = parents * pageItems
    else if (isDocument && isListType(getNullableType(field.type))) children = parents * RELATION_LIST_SIZE
    walk(selection.selectionSet, named, children, context, false, isPage ? pageSize(args) : undefined, fragmentPath)
  }
}

/** Aliases, root fields and database cost of one operation. */
export const measureOperation = (
  operation: OperationDefinitionNode,
  schema: GraphQLSchema,
  getFragment: Walk['getFragment'],
  variables: Record<string, unknown> = {},
): OperationMeasure => {
  const root = schema.getRootType(operation.operation)
  const measure: OperationMeasure = { aliases: 0, rootFields: 0, cost: 0 }
  if (root) walk(operation.selectionSet, root, 1, { schema, getFragment, variables, measure }, true)
  return measure
}
