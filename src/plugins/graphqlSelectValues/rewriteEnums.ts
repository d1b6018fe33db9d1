import type * as GraphQL from 'graphql'

type GraphQLModule = typeof GraphQL
type Arg = { type: GraphQL.GraphQLInputType; description?: string | null }
/** A built field (args as a list) or a field config of Query/Mutation (args as a map). */
type Field = { type: GraphQL.GraphQLType; description?: string | null; args?: readonly Arg[] | Record<string, Arg> }

/** An enum built from select options whose GraphQL names differ from the stored values. */
const isLossyEnum = (graphql: GraphQLModule, type: GraphQL.GraphQLNamedType): type is GraphQL.GraphQLEnumType =>
  type instanceof graphql.GraphQLEnumType && type.getValues().some((value) => value.name !== value.value)

/** The same wrappers (list, non-null) around String instead of the enum. */
const rewrap = (graphql: GraphQLModule, type: GraphQL.GraphQLType): GraphQL.GraphQLType => {
  if (type instanceof graphql.GraphQLNonNull) return new graphql.GraphQLNonNull(rewrap(graphql, type.ofType) as GraphQL.GraphQLNullableType)
  if (type instanceof graphql.GraphQLList) return new graphql.GraphQLList(rewrap(graphql, type.ofType))
  return graphql.GraphQLString
}

const describeValues = (description: string | null | undefined, enumType: GraphQL.GraphQLEnumType) => {
  const values = enumType.getValues().map((value) => String(value.value)).join(', ')
  return [description, `One of: ${values}.`].filter(Boolean).join(' ')
}

/**
 * Select options such as `self-massage` are not valid GraphQL names, so Payload's enums call
 * them `self_massage`, and a GraphQL client received a different value than a REST client.
 * Every field, argument and input field typed by such an enum becomes a String carrying the
 * stored value (its description lists the values). Enums whose names equal their values stay.
 * Runs on the types Payload built, before the schema is assembled from Query and Mutation.
 */
export const rewriteLossyEnums = (graphql: GraphQLModule, roots: { fields: Record<string, Field> }[]) => {
  const seen = new Set<GraphQL.GraphQLNamedType>()
  const rewrite = (field: Field) => {
    const named = graphql.getNamedType(field.type)
    if (named && isLossyEnum(graphql, named)) {
      field.description = describeValues(field.description, named)
      field.type = rewrap(graphql, field.type)
    } else if (named) visit(named)
    for (const arg of Object.values(field.args ?? {})) rewrite(arg as Field)
  }
  const visit = (type: GraphQL.GraphQLNamedType) => {
    if (seen.has(type)) return
    seen.add(type)
    if (
      type instanceof graphql.GraphQLObjectType ||
      type instanceof graphql.GraphQLInterfaceType ||
      type instanceof graphql.GraphQLInputObjectType
    ) {
      for (const field of Object.values(type.getFields())) rewrite(field as Field)
    }
    if (type instanceof graphql.GraphQLObjectType) type.getInterfaces().forEach(visit)
    if (type instanceof graphql.GraphQLUnionType) type.getTypes().forEach(visit)
  }
  for (const root of roots) for (const field of Object.values(root.fields)) rewrite(field)
}
