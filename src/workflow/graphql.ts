import type * as GraphQLModule from 'graphql'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'

import { runTransition, type WorkflowUser } from './service'

/**
 * `workflowTransition(collection, id, action, comment, acknowledgeFindings)`: the same service
 * as the REST endpoint, so the same rules and the same audit event.
 */
export const workflowMutations = (GraphQL: typeof GraphQLModule) => {
  const CollectionEnum = new GraphQL.GraphQLEnumType({
    name: 'WorkflowCollection',
    values: Object.fromEntries(CONTENT_COLLECTIONS.map((slug) => [slug, { value: slug }])),
  })
  const Event = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionEvent',
    fields: {
      id: { type: GraphQL.GraphQLString },
      action: { type: GraphQL.GraphQLString },
      fromState: { type: GraphQL.GraphQLString },
      toState: { type: GraphQL.GraphQLString },
      comment: { type: GraphQL.GraphQLString },
      contentHash: { type: GraphQL.GraphQLString },
      createdAt: { type: GraphQL.GraphQLString },
    },
  })
  /** One passage request changes points at: an existing thread, or a new anchor (src/review/threads.ts). */
  const ThreadPoint = new GraphQL.GraphQLInputObjectType({
    name: 'WorkflowThreadPoint',
    fields: {
      thread: { type: GraphQL.GraphQLInt },
      fieldPath: { type: GraphQL.GraphQLString },
      quote: { type: GraphQL.GraphQLString },
      locale: { type: GraphQL.GraphQLString },
      body: { type: GraphQL.GraphQLString },
    },
  })
  const Result = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      id: { type: GraphQL.GraphQLString },
      state: { type: GraphQL.GraphQLString },
      live: { type: GraphQL.GraphQLString },
      draft: { type: GraphQL.GraphQLString },
      status: { type: GraphQL.GraphQLString },
      event: { type: Event },
    },
  })
  return {
    workflowTransition: {
      type: Result,
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(CollectionEnum) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        action: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        comment: { type: GraphQL.GraphQLString },
        acknowledgeFindings: { type: GraphQL.GraphQLBoolean },
        comments: { type: new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(ThreadPoint)) },
        reply: { type: GraphQL.GraphQLString },
      },
      resolve: async (
        _source: unknown,
        args: {
          collection: string
          id: string
          action: string
          comment?: string
          acknowledgeFindings?: boolean
          comments?: Record<string, unknown>[] | null
          reply?: string | null
        },
        context: { req: { payload: Parameters<typeof runTransition>[0]; user?: WorkflowUser | null } },
      ) => {
        const { comments, ...rest } = args
        const { doc, event } = await runTransition(context.req.payload, {
          ...rest,
          // GraphQL input objects carry nulls for absent fields; the service takes ids or anchors.
          comments: comments?.map(({ thread, ...anchor }) =>
            typeof thread === 'number' ? thread : Object.fromEntries(Object.entries(anchor).filter(([, v]) => v !== null && v !== undefined)),
          ),
          user: context.req.user ?? null,
        })
        const document = doc as {
          id: number
          workflowState: string
          liveState?: string | null
          draftState?: string | null
          _status?: string
        }
        return {
          id: String(document.id),
          state: document.workflowState,
          live: document.liveState,
          draft: document.draftState ?? null,
          status: document._status,
          event: { ...event, id: String(event.id) },
        }
      },
    },
  }
}
