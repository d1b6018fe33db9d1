/**
 * Workflow fixtures: real users (with credentialed reviewer profiles), documents of every
 * content collection that pass the submit guards, and a way to bring a document to any state
 * by running real transitions (the workflow service, as the Local API calls it) in the order
 * the transition table allows.
 */
import type { Payload } from 'payload'

import type { DraftState, LiveState, WorkflowState } from '@/workflow/states'
import { TRANSITIONS, type Transition } from '@/workflow/transitions'

import { type Api, createApi } from './api'
import { actAs, asLocal, createUser, inYears, PASSWORD, rand, richText, type User } from './fixtures'
import { createPublisher, type Publisher } from './publishThroughWorkflow'

export type ContentSlug = 'articles' | 'techniques' | 'faqs' | 'therapists' | 'disclaimers'
export type { User } from './fixtures'
export type UserKey = 'admin' | 'editor' | 'editor2' | 'reviewer' | 'reviewer2' | 'editorReviewer' | 'reader'

export const CONTENT_SLUGS: ContentSlug[] = ['articles', 'techniques', 'faqs', 'therapists', 'disclaimers']
/** The field each collection uses as its title. */
export const TITLE_FIELD: Record<ContentSlug, string> = {
  articles: 'title',
  techniques: 'name',
  faqs: 'question',
  therapists: 'name',
  disclaimers: 'title',
}

export { asLocal, inYears, rand } from './fixtures'

/** Roles as the transition table names them, for computing expectations. */
export const rolesOf = (user: User | null | undefined): string[] => (user?.roles as string[] | undefined) ?? []
export const transitionFor = (action: string): Transition => {
  const t = TRANSITIONS.find((x) => x.action === action)
  if (!t) throw new Error(`no transition ${action}`)
  return t
}
/** Both tracks of a document (docs/workflow.md), as the tests name situations. */
export type Tracks = { live: LiveState; draft: DraftState | null }
export const tracksKey = (t: Tracks) => `${t.live}/${t.draft ?? 'none'}`

/** The combined label `workflowState` shows for these tracks (restated here, not imported). */
export const combinedOf = (t: Tracks): WorkflowState => t.draft ?? (t.live === 'none' ? 'draft' : t.live)

/** The tracks a combined state stands for when no draft is pending beside a live version. */
export const TRACKS_OF_STATE: Record<WorkflowState, Tracks> = {
  draft: { live: 'none', draft: 'draft' },
  in_review: { live: 'none', draft: 'in_review' },
  changes_requested: { live: 'none', draft: 'changes_requested' },
  approved: { live: 'none', draft: 'approved' },
  published: { live: 'published', draft: null },
  archived: { live: 'archived', draft: null },
}
const asTracks = (state: WorkflowState | Tracks): Tracks => (typeof state === 'string' ? TRACKS_OF_STATE[state] : state)

/** Whether a transition starts from these tracks, read straight from its table row. */
export const startsFrom = (t: Transition, { live, draft }: Tracks) =>
  (!t.from.live || t.from.live.includes(live)) && (!t.from.draft || t.from.draft.includes(draft))

/** Tracks after a transition, read straight from its table row. */
export const after = (t: Transition, tracks: Tracks): Tracks => ({
  live: t.to.live ?? tracks.live,
  draft: t.to.draft === undefined ? tracks.draft : t.to.draft,
})

/** Expected `allowedActions` for a caller, computed from TRANSITIONS (not from src helpers). */
export const expectedAllowed = (state: WorkflowState | Tracks, roles: string[]) =>
  TRANSITIONS.filter((t) => startsFrom(t, asTracks(state)) && t.roles.some((r) => roles.includes(r))).map(
    (t) => t.action,
  )

/** An edit of the wording outside any transition; it opens a draft round when none is pending. */
export const EDIT = 'edit'

/**
 * Shortest sequence of actions (and edits) from a new document to `target`, found in the
 * transition table.
 */
export const pathTo = (target: WorkflowState | Tracks): string[] => {
  const goal = tracksKey(asTracks(target))
  const start: Tracks = { live: 'none', draft: 'draft' }
  const queue: { at: Tracks; path: string[] }[] = [{ at: start, path: [] }]
  const seen = new Set([tracksKey(start)])
  while (queue.length) {
    const { at, path } = queue.shift()!
    if (tracksKey(at) === goal) return path
    const steps: [string, Tracks][] = TRANSITIONS.filter((t) => startsFrom(t, at)).map((t) => [t.action, after(t, at)])
    if (at.draft === null) steps.push([EDIT, { ...at, draft: 'draft' }])
    for (const [action, next] of steps) {
      if (seen.has(tracksKey(next))) continue
      seen.add(tracksKey(next))
      queue.push({ at: next, path: [...path, action] })
    }
  }
  throw new Error(`tracks ${goal} unreachable`)
}

export type World = Awaited<ReturnType<typeof createWorld>>

/**
 * A credentialed medical-reviewer therapist profile, published through the workflow service
 * (submit, approve, publish) by the given publisher.
 */
export const createReviewerProfile = async (
  payload: Payload,
  publisher: Publisher,
  overrides: Record<string, unknown> = {},
) =>
  publisher.createPublished('therapists', {
    name: `Reviewer Profile ${rand()}`,
    bio: await richText(payload, 'Physical therapist reviewing back-care content.'),
    isMedicalReviewer: true,
    credentials: [{ type: 'PT', licenseNumber: `PT-${rand()}`, expiresOn: inYears(2) }],
    ...overrides,
  })

export const createWorld = async (payload: Payload) => {
  const api: Api = createApi(payload.config)
  // The first user of an empty database becomes admin anyway: make it the admin.
  const admin = await createUser(payload, ['admin'], 'admin')
  const publisher = await createPublisher(payload)
  const profiles = {
    reviewer: await createReviewerProfile(payload, publisher),
    reviewer2: await createReviewerProfile(payload, publisher),
    editorReviewer: await createReviewerProfile(payload, publisher),
  }
  const withProfile = async (roles: any[], name: string, therapist?: number) => {
    const user = await createUser(payload, roles, name)
    if (!therapist) return user
    return payload.update({ collection: 'users', id: user.id, data: { therapist } as any })
  }
  const users: Record<UserKey, User> = {
    admin,
    editor: await withProfile(['editor'], 'editor'),
    editor2: await withProfile(['editor'], 'second editor'),
    reviewer: await withProfile(['reviewer'], 'reviewer', profiles.reviewer.id),
    reviewer2: await withProfile(['reviewer'], 'second reviewer', profiles.reviewer2.id),
    editorReviewer: await withProfile(['editor', 'reviewer'], 'editor reviewer', profiles.editorReviewer.id),
    reader: await withProfile([], 'reader'),
  }
  const tokens = {} as Record<UserKey, string>
  for (const key of Object.keys(users) as UserKey[]) tokens[key] = await api.login(users[key].email, PASSWORD)

  const medicalDisclaimer = await payload.create({
    collection: 'disclaimers',
    data: { title: `Medical disclaimer ${rand()}`, kind: 'medical', body: await richText(payload, 'Ask your doctor first.') } as any,
  })
  const generalDisclaimer = await payload.create({
    collection: 'disclaimers',
    data: { title: `General disclaimer ${rand()}`, kind: 'general', body: await richText(payload, 'General words.') } as any,
  })

  /** Valid content for a collection: passes every submit guard. */
  const validData = async (slug: ContentSlug, title = `${slug} ${rand()}`): Promise<Record<string, any>> => {
    const rt = (md: string) => richText(payload, md)
    switch (slug) {
      case 'articles':
        return {
          title,
          excerpt: 'Gentle pressure on the lower back may ease tension for some people.',
          body: await rt('Slow strokes along the lower back can feel soothing. Stop if pain gets worse.'),
          disclaimers: [medicalDisclaimer.id],
        }
      case 'techniques':
        return {
          name: title,
          category: 'self-massage',
          summary: 'A tennis-ball routine for the glutes.',
          body: await rt('Lean against a wall with the ball under one hip and roll slowly.'),
          precautions: await rt('Skip this if you have numbness in the leg.'),
        }
      case 'faqs':
        return { question: title, answer: await rt('Many people find it pleasant; ask your clinician.') }
      case 'therapists':
        return { name: title, bio: await rt('Works with runners and desk workers.') }
      case 'disclaimers':
        return { title, kind: 'medical', body: await rt('This is not medical advice.') }
    }
  }

  /** Who runs each action when a fixture is walked through the table. */
  const fixtureActor = (t: Transition): User => {
    if (t.roles.includes('editor' as never)) return users.editor
    if (t.roles.includes('reviewer' as never)) return users.reviewer2
    return users.admin
  }

  /** One real transition through the workflow service (the Local API path). */
  const act = (
    user: User | null,
    collection: ContentSlug,
    id: number | string,
    action: string,
    extra: { comment?: unknown; acknowledgeFindings?: unknown } = {},
  ) => actAs(payload, user, collection, id, action, extra)

  /** An edit of the wording by the editor (Local API, access applied). */
  const edit = (collection: ContentSlug, id: number) =>
    payload.update({
      collection,
      id,
      data: { [TITLE_FIELD[collection]]: `${collection} edited ${rand()}` } as any,
      overrideAccess: false,
      user: asLocal(users.editor),
    })

  const bringTo = async (collection: ContentSlug, id: number, state: WorkflowState | Tracks) => {
    for (const action of pathTo(state)) {
      if (action === EDIT) {
        await edit(collection, id)
        continue
      }
      const t = transitionFor(action)
      // Fixtures with blocking findings are submitted with the editor's acknowledgement; approving
      // them is what the tests exercise.
      const isAcknowledging =
        action === 'submit' && Number((await latest(collection, id)).claims?.blockingCount ?? 0) > 0
      await act(
        fixtureActor(t),
        collection,
        id,
        action,
        t.guards.includes('commentGiven')
          ? { comment: `fixture ${action}` }
          : isAcknowledging
            ? { acknowledgeFindings: true, comment: 'fixture: the editor acknowledges the findings' }
            : {},
      )
    }
  }

  /** A document created by the editor (Local API, access applied) and walked to `state`. */
  const make = async (
    collection: ContentSlug,
    state: WorkflowState | Tracks = 'draft',
    overrides: Record<string, unknown> = {},
  ) => {
    const created = await payload.create({
      collection,
      data: { ...(await validData(collection)), ...overrides } as any,
      overrideAccess: false,
      user: asLocal(users.editor),
    })
    await bringTo(collection, created.id, state)
    return latest(collection, created.id)
  }

  /** Many documents at once, a few at a time (2 cores). */
  const makeMany = async (specs: { collection: ContentSlug; state: WorkflowState | Tracks }[], concurrency = 4) => {
    const out: any[] = new Array(specs.length)
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < specs.length) {
          const i = next++
          out[i] = await make(specs[i].collection, specs[i].state)
        }
      }),
    )
    return out
  }

  const latest = (collection: ContentSlug, id: number | string, locale?: string): Promise<any> =>
    payload.findByID({ collection, id, draft: true, depth: 0, ...(locale ? { locale: locale as any } : {}) })

  /** What the public gets: the anonymous REST read of the document (null when not visible). */
  const publicDoc = async (collection: ContentSlug, id: number | string) => {
    const res = await api.rest('GET', `/${collection}/${id}?depth=0`)
    return res.status === 200 ? res.json : null
  }

  const events = async (collection: ContentSlug, id: number | string) =>
    (
      await payload.find({
        collection: 'workflow-events',
        where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
        sort: 'createdAt',
        limit: 500,
        depth: 0,
      })
    ).docs as any[]

  const eventCount = async (collection: ContentSlug, id: number | string) =>
    (
      await payload.count({
        collection: 'workflow-events',
        where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
      })
    ).totalDocs

  /** REST POST /{collection}/{id}/workflow. */
  const restAct = (token: string | undefined, collection: ContentSlug, id: number | string, body: unknown) =>
    api.rest('POST', `/${collection}/${id}/workflow`, { token, body })

  /** GraphQL workflowTransition. */
  const gqlAct = (
    token: string | undefined,
    collection: ContentSlug,
    id: number | string,
    action: string,
    extra: { comment?: string; acknowledgeFindings?: boolean } = {},
  ) =>
    api.graphql(
      `mutation($collection: WorkflowCollection!, $id: String!, $action: String!, $comment: String, $ack: Boolean) {
        workflowTransition(collection: $collection, id: $id, action: $action, comment: $comment, acknowledgeFindings: $ack) {
          id state live draft status event { id action fromState toState comment contentHash createdAt }
        }
      }`,
      { collection, id: String(id), action, comment: extra.comment, ack: extra.acknowledgeFindings },
      token,
    )

  return {
    payload,
    api,
    users,
    tokens,
    profiles,
    publisher,
    createReviewerProfile: (overrides: Record<string, unknown> = {}) => createReviewerProfile(payload, publisher, overrides),
    edit,
    medicalDisclaimer,
    generalDisclaimer,
    validData,
    act,
    bringTo,
    make,
    makeMany,
    latest,
    publicDoc,
    events,
    eventCount,
    restAct,
    gqlAct,
  }
}

/** A REST POST with a raw body (for non-JSON bodies the JSON helper cannot send). */
export const rawPost = async (payload: Payload, path: string, body: string, token?: string, contentType = 'application/json') =>
  createApi(payload.config).rest('POST', path, { token, raw: { body, contentType } })

/** The status an error carries, whichever interface threw it. */
export const statusOf = (error: unknown) => (error as { status?: number })?.status
