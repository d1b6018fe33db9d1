import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type SelectionSetNode,
  visit,
} from 'graphql/index.js'

const spreadsIn = (selectionSet: SelectionSetNode): string[] => {
  const names: string[] = []
  visit(selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
  return names
}

/** Names of the fragments that take part in a spread cycle (A → B → A, or A → A). */
export const cyclicFragments = (document: DocumentNode): Set<string> => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreads.set(definition.name.value, spreadsIn(definition.selectionSet))
  }
  // A fragment is on a cycle when it can reach itself.
  const cyclic = new Set<string>()
  for (const start of spreads.keys()) {
    const seen = new Set<string>()
    const stack = [...(spreads.get(start) ?? [])]
    while (stack.length) {
      const name = stack.pop()!
      if (name === start) {
        cyclic.add(start)
        break
      }
      if (seen.has(name)) continue
      seen.add(name)
      stack.push(...(spreads.get(name) ?? []))
    }
  }
  return cyclic
}

/** A copy of a fragment without its spreads of the given fragments: what the other rules may walk safely. */
export const withoutSpreads = (fragment: FragmentDefinitionNode, names: ReadonlySet<string>): FragmentDefinitionNode =>
  visit(fragment, { FragmentSpread: (node) => (names.has(node.name.value) ? null : undefined) })
