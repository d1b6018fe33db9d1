import { type ExecutionArgs, type FragmentDefinitionNode, GraphQLError, Kind, type ValidationRule } from 'graphql/index.js'

import { cyclicFragments, withoutSpreads } from './fragmentCycles'
import { MAX_ALIASES, MAX_QUERY_COST, MAX_ROOT_FIELDS } from './limits'
import { measureOperation } from './queryCost'

const SUGGESTION = /\s*Did you mean [\s\S]*\?$/

const isProduction = () => process.env.NODE_ENV === 'production'

/**
 * Alias, root-field and cost limits, fragment cycles and (in production) no "Did you mean"
 * suggestions. Everything happens when the rule is created: graphql-js creates every rule of a
 * validation before it visits the document, so this runs ahead of the visit, and the context it
 * adjusts is the one every rule shares.
 */
export const operationLimitsRule =
  (args: Pick<ExecutionArgs, 'variableValues'>): ValidationRule =>
  (context) => {
    if (isProduction()) {
      // Suggestions list the schema's field, type and argument names to anyone who guesses.
      const report = context.reportError.bind(context)
      context.reportError = (error) => {
        error.message = error.message.replace(SUGGESTION, '')
        report(error)
      }
    }

    const document = context.getDocument()
    const cyclic = cyclicFragments(document)
    if (cyclic.size) {
      // Payload's complexity rule follows spreads without a guard: on a cycle it recursed until
      // the stack overflowed and the request died as a 500 with an empty body. Every rule now
      // sees the cyclic fragments without their cyclic spreads, and the cycle is reported here.
      const pruned = new Map<string, FragmentDefinitionNode>()
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION && cyclic.has(definition.name.value)) {
          pruned.set(definition.name.value, withoutSpreads(definition, cyclic))
          context.reportError(
            new GraphQLError(`Cannot spread fragment "${definition.name.value}" within itself.`, { nodes: definition }),
          )
        }
      }
      const getFragment = context.getFragment.bind(context)
      context.getFragment = (name) => pruned.get(name) ?? getFragment(name) ?? undefined
    }

    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const { aliases, rootFields, cost } = measureOperation(
        definition,
        context.getSchema(),
        (name) => context.getFragment(name) ?? undefined,
        (args.variableValues ?? {}) as Record<string, unknown>,
      )
      const fail = (message: string, limit: string) =>
        context.reportError(new GraphQLError(message, { nodes: definition, extensions: { code: 'QUERY_LIMIT', limit } }))
      if (aliases > MAX_ALIASES) fail(`The operation uses ${aliases} aliases; the limit is ${MAX_ALIASES}.`, 'aliases')
      if (rootFields > MAX_ROOT_FIELDS) {
        fail(`The operation asks for ${rootFields} root fields; the limit is ${MAX_ROOT_FIELDS}.`, 'rootFields')
      }
      if (cost > MAX_QUERY_COST) {
        fail(
          `The operation's estimated database cost is ${cost}; the limit is ${MAX_QUERY_COST}. Ask for fewer documents (a smaller limit) or fewer relationships.`,
          'cost',
        )
      }
    }
    return {}
  }

/** For `graphQL.validationRules` in payload.config.ts. */
export const graphQLValidationRules = (args: ExecutionArgs): ValidationRule[] => [operationLimitsRule(args)]
