/**
 * THE MATRIX: every action × every situation of the two tracks (docs/workflow.md) × every role,
 * through REST, GraphQL and the Local API (the workflow service called with the user). The
 * expected outcome is computed from the TRANSITIONS table, never restated here:
 *   401 anonymous · 403 no role of the caller is in the transition's roles ·
 *   409 the action is not allowed from the tracks · otherwise 200 with { doc, event }.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { TRANSITIONS } from '@/workflow/transitions'

import { getTestPayload } from '../../helpers/payload'
import {
  after,
  combinedOf,
  CONTENT_SLUGS,
  createWorld,
  expectedAllowed,
  rolesOf,
  startsFrom,
  statusOf,
  type Tracks,
  tracksKey,
  type UserKey,
  type World,
} from '../../helpers/workflowFixtures'

type RoleKey = 'anonymous' | 'reader' | 'editor' | 'reviewer' | 'admin' | 'editorReviewer'
type Iface = 'rest' | 'graphql' | 'local'

const ROLE_KEYS: RoleKey[] = ['anonymous', 'reader', 'editor', 'reviewer', 'admin', 'editorReviewer']
const IFACES: Iface[] = ['rest', 'graphql', 'local']

/** Every situation a document can be in: a draft never published, a live one with or without a pending draft, an archived one. */
const SITUATIONS: Tracks[] = [
  { live: 'none', draft: 'draft' },
  { live: 'none', draft: 'in_review' },
  { live: 'none', draft: 'changes_requested' },
  { live: 'none', draft: 'approved' },
  { live: 'published', draft: null },
  { live: 'published', draft: 'draft' },
  { live: 'published', draft: 'in_review' },
  { live: 'published', draft: 'approved' },
  { live: 'archived', draft: null },
  { live: 'archived', draft: 'draft' },
]

type Cell = { action: string; state: string; tracks: Tracks; role: RoleKey; iface: Iface; expected: number }

let world: World

const roleUser = (role: RoleKey) => (role === 'anonymous' ? null : world.users[role as UserKey])

const expectedStatus = (action: string, tracks: Tracks, role: RoleKey, roles: string[]) => {
  const t = TRANSITIONS.find((x) => x.action === action)!
  if (role === 'anonymous') return 401
  if (!t.roles.some((r) => roles.includes(r))) return 403
  if (!startsFrom(t, tracks)) return 409
  return 200
}

/** The states an event records: those of the track the action moved (restated from docs/workflow.md). */
const eventStatesOf = (action: string, before: Tracks) => {
  const t = TRANSITIONS.find((x) => x.action === action)!
  const next = after(t, before)
  if (t.track === 'draft') return { fromState: before.draft, toState: next.draft }
  if (t.track === 'both') return { fromState: before.draft, toState: next.live }
  return { fromState: before.live, toState: (t.to as { draft?: string }).draft ?? next.live }
}

/** Roles per key as the fixture creates them (the matrix is built before the users exist). */
const ROLES_BY_KEY: Record<RoleKey, string[]> = {
  anonymous: [],
  reader: [],
  editor: ['editor'],
  reviewer: ['reviewer'],
  admin: ['admin'],
  editorReviewer: ['editor', 'reviewer'],
}

const CELLS: Cell[] = TRANSITIONS.flatMap((t) =>
  SITUATIONS.flatMap((tracks) =>
    ROLE_KEYS.flatMap((role) =>
      IFACES.map((iface) => ({
        action: t.action,
        state: tracksKey(tracks),
        tracks,
        role,
        iface,
        expected: expectedStatus(t.action, tracks, role, ROLES_BY_KEY[role]),
      })),
    ),
  ),
)

/**
 * Key cells written by hand from docs/workflow.md, independently of the table: a wrong row in
 * TRANSITIONS would make the generated expectations wrong with it, but not these.
 * `state` is `live/draft` (`none`: no pending draft).
 */
const SPEC: [action: string, state: string, role: RoleKey, expected: number][] = [
  ['submit', 'none/draft', 'editor', 200],
  ['submit', 'none/draft', 'admin', 200],
  ['submit', 'none/draft', 'reviewer', 403],
  ['submit', 'none/draft', 'reader', 403],
  ['submit', 'none/draft', 'anonymous', 401],
  ['submit', 'none/in_review', 'editor', 409],
  ['submit', 'published/none', 'editor', 409],
  ['withdraw', 'none/in_review', 'editor', 200],
  ['withdraw', 'none/in_review', 'reviewer', 403],
  ['request_changes', 'published/in_review', 'reviewer', 200],
  ['request_changes', 'none/in_review', 'editor', 403],
  ['approve', 'none/in_review', 'reviewer', 200],
  ['approve', 'none/in_review', 'editor', 403],
  ['approve', 'none/in_review', 'admin', 403],
  ['approve', 'none/approved', 'reviewer', 409],
  ['publish', 'none/approved', 'editor', 200],
  ['publish', 'published/approved', 'admin', 200],
  ['publish', 'none/approved', 'reviewer', 403],
  ['publish', 'none/in_review', 'editor', 409],
  ['publish', 'published/none', 'editor', 409],
  ['unpublish', 'published/none', 'reviewer', 200],
  ['unpublish', 'published/draft', 'admin', 200],
  ['unpublish', 'published/none', 'editor', 403],
  ['unpublish', 'archived/none', 'admin', 409],
  ['reaffirm', 'published/none', 'reviewer', 200],
  ['reaffirm', 'published/none', 'admin', 403],
  ['reaffirm', 'archived/none', 'reviewer', 409],
  ['restore', 'archived/none', 'editor', 200],
  ['restore', 'archived/draft', 'editor', 409],
  ['restore', 'published/none', 'admin', 409],
]

const key = (c: Pick<Cell, 'action' | 'state' | 'role' | 'iface'>) => `${c.action}|${c.state}|${c.role}|${c.iface}`
/** Successful cells get a document of their own; refusals share one document per situation. */
const ownDoc = new Map<string, number>()
const sharedDoc = {} as Record<string, number>

type Outcome = { status: number; data?: any; state?: string; event?: any; status_?: string }

const perform = async (c: Cell, id: number): Promise<Outcome> => {
  const t = TRANSITIONS.find((x) => x.action === c.action)!
  const extra = t.guards.includes('commentGiven' as never) ? { comment: `matrix ${c.action} by ${c.role}` } : {}
  const user = roleUser(c.role)
  const token = user ? world.tokens[c.role as UserKey] : undefined
  if (c.iface === 'rest') {
    const res = await world.restAct(token, 'articles', id, { action: c.action, ...extra })
    return res.status === 200
      ? { status: 200, state: res.json.doc?.workflowState, event: res.json.event }
      : { status: res.status, data: res.json?.errors?.[0]?.data }
  }
  if (c.iface === 'graphql') {
    const res = await world.gqlAct(token, 'articles', id, c.action, extra)
    const error = res.json.errors?.[0]
    if (!error) {
      const r = res.json.data.workflowTransition
      return { status: 200, state: r.state, event: r.event }
    }
    expect(res.json.data?.workflowTransition ?? null).toBeNull()
    return { status: error.extensions?.statusCode, data: error.extensions?.data }
  }
  try {
    const r = await world.act(user, 'articles', id, c.action, extra)
    return { status: 200, state: (r.doc as any).workflowState, event: r.event }
  } catch (error) {
    return { status: statusOf(error) ?? 500, data: (error as { data?: unknown }).data }
  }
}

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  for (const role of ROLE_KEYS) {
    if (role !== 'anonymous') expect(rolesOf(world.users[role as UserKey]).sort()).toEqual([...ROLES_BY_KEY[role]].sort())
  }
  const winners = CELLS.filter((c) => c.expected === 200)
  const docs = await world.makeMany([
    ...SITUATIONS.map((state) => ({ collection: 'articles' as const, state })),
    ...winners.map((c) => ({ collection: 'articles' as const, state: c.tracks })),
  ])
  SITUATIONS.forEach((tracks, i) => (sharedDoc[tracksKey(tracks)] = docs[i].id))
  winners.forEach((c, i) => ownDoc.set(key(c), docs[SITUATIONS.length + i].id))
}, 900_000)

const tracksOfDoc = (doc: any): Tracks => ({ live: doc.liveState, draft: doc.draftState ?? null })

describe('the workflow matrix', () => {
  it('should cover every action, situation, role and interface', () => {
    expect(CELLS).toHaveLength(TRANSITIONS.length * SITUATIONS.length * ROLE_KEYS.length * IFACES.length)
    expect(new Set(CELLS.map((c) => c.expected))).toEqual(new Set([200, 401, 403, 409]))
  })

  it('should agree with the hand-written expectations for the key cells', () => {
    for (const [action, state, role, expected] of SPEC) {
      const cell = CELLS.find((c) => c.action === action && c.state === state && c.role === role && c.iface === 'rest')
      expect(cell, `${action} from ${state} by ${role}`).toBeDefined()
      expect(cell!.expected, `${action} from ${state} by ${role}`).toBe(expected)
    }
  })

  it('should have built every fixture in the situation it was asked for', async () => {
    for (const tracks of SITUATIONS) {
      const doc = await world.latest('articles', sharedDoc[tracksKey(tracks)])
      expect(tracksOfDoc(doc)).toEqual(tracks)
      expect(doc.workflowState).toBe(combinedOf(tracks))
    }
    for (const c of CELLS.filter((x) => x.expected === 200)) {
      expect(tracksOfDoc(await world.latest('articles', ownDoc.get(key(c))!)), key(c)).toEqual(c.tracks)
    }
  })

  it.each(CELLS)('should answer $expected when $role tries $action from $state via $iface', async (c) => {
    const t = TRANSITIONS.find((x) => x.action === c.action)!
    const id = c.expected === 200 ? ownDoc.get(key(c))! : sharedDoc[c.state]
    const eventsBefore = await world.eventCount('articles', id)
    const liveBefore = await world.publicDoc('articles', id)
    const latestBefore = await world.latest('articles', id)

    const outcome = await perform(c, id)
    expect(outcome.status, JSON.stringify(outcome)).toBe(c.expected)

    const latestAfter = await world.latest('articles', id)
    const eventsAfter = await world.eventCount('articles', id)
    if (c.expected !== 200) {
      expect(tracksOfDoc(latestAfter)).toEqual(c.tracks)
      expect(eventsAfter).toBe(eventsBefore)
      expect(Boolean(await world.publicDoc('articles', id))).toBe(Boolean(liveBefore))
      if (c.expected === 409) {
        expect(outcome.data).toMatchObject({ state: combinedOf(c.tracks), live: c.tracks.live, draft: c.tracks.draft })
        expect([...outcome.data.allowedActions].sort()).toEqual(
          expectedAllowed(c.tracks, rolesOf(roleUser(c.role))).sort(),
        )
      }
      return
    }

    const next = after(t, c.tracks)
    expect(outcome.state).toBe(combinedOf(next))
    expect(tracksOfDoc(latestAfter)).toEqual(next)
    expect(latestAfter.workflowState).toBe(combinedOf(next))
    expect(eventsAfter).toBe(eventsBefore + 1)
    const states = eventStatesOf(c.action, c.tracks)
    expect(outcome.event).toMatchObject({ action: c.action, ...states })
    const [last] = (await world.events('articles', id)).slice(-1)
    expect(last).toMatchObject({ action: c.action, ...states, actor: roleUser(c.role)!.id })
    const live = await world.publicDoc('articles', id)
    if (next.live === 'published') {
      expect(live?._status).toBe('published')
      // A live action leaves the live wording as it was; only publish changes it.
      if (c.action !== 'publish') expect(live?.title).toBe(liveBefore?.title)
    } else {
      expect(live).toBeNull()
    }
    // A live action keeps the pending draft as it was.
    if (t.track === 'live' && c.tracks.draft) expect(latestAfter.title).toBe(latestBefore.title)
  })
})

describe('every collection through the whole cycle', () => {
  it.each(CONTENT_SLUGS)('should take a %s from draft to published, archived and back to draft over REST', async (slug) => {
    const doc = await world.make(slug)
    const steps: [string, UserKey, string?][] = [
      ['submit', 'editor'],
      ['approve', 'reviewer'],
      ['publish', 'editor'],
      ['reaffirm', 'reviewer2'],
      ['unpublish', 'admin', 'Retired'],
      ['restore', 'editor'],
    ]
    for (const [action, who, comment] of steps) {
      const res = await world.restAct(world.tokens[who], slug, doc.id, { action, comment })
      expect(res.status, `${slug} ${action}: ${res.text}`).toBe(200)
      expect(res.json.event).toMatchObject({ action })
      if (action === 'publish') expect((await world.publicDoc(slug, doc.id))?.workflowState).toBe('published')
      expect(res.json.doc.workflowState).toBe(
        { submit: 'in_review', approve: 'approved', publish: 'published', reaffirm: 'published', unpublish: 'archived', restore: 'draft' }[action],
      )
    }
    expect(await world.publicDoc(slug, doc.id)).toBeNull()
    expect((await world.events(slug, doc.id)).map((e) => e.action)).toEqual(steps.map(([a]) => a))
  })
})
