import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql'

/** What the Surrogate-Key walk needs of a query: its operation and its named fragments. */
export type QueryPlan = {
  operation: OperationDefinitionNode | undefined
  fragments: Map<string, FragmentDefinitionNode>
}

/** Frontends send the same few queries over and over: keep that many, least recently used out. */
export const MAX_PLANS = 500
/** Longer queries are parsed every time rather than held in memory. */
export const MAX_PLANNED_QUERY_CHARS = 20_000

const plans = new Map<string, QueryPlan>()

/** Unambiguous for any pair of strings (a name cannot run into the query). */
const planKey = (query: string, operationName: string | undefined) =>
  operationName === undefined ? `-${query}` : `${operationName.length}:${operationName}${query}`

const planOf = (query: string, operationName: string | undefined): QueryPlan => {
  const document = parse(query)
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  const operation = document.definitions.find(
    (def): def is OperationDefinitionNode =>
      def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName),
  )
  return { operation, fragments }
}

/**
 * The parsed query, from a bounded LRU keyed by the query text and operation name: parsing it on
 * every uncached answer cost more than the walk itself. A query that does not parse throws, as
 * `parse` does, and is not kept.
 */
export const queryPlan = (query: string, operationName: string | undefined): QueryPlan => {
  const key = planKey(query, operationName)
  const known = plans.get(key)
  if (known) {
    plans.delete(key)
    plans.set(key, known)
    return known
  }
  const plan = planOf(query, operationName)
  if (query.length <= MAX_PLANNED_QUERY_CHARS) {
    if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value as string)
    plans.set(key, plan)
  }
  return plan
}

/** How many parsed queries are held (tests). */
export const plannedQueryCount = () => plans.size
