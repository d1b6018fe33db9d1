/**
 * THE MATRIX: every action × every state × every role, through REST, GraphQL and the Local
 * API (the workflow service called with the user). The expected outcome is computed from the
 * TRANSITIONS table, never restated here:
 *   401 anonymous · 403 no role of the caller is in the transition's roles ·
 *   409 the action is not allowed from the state · otherwise 200 with { doc, event }.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { WORKFLOW_STATES, type WorkflowState } from '@/workflow/states'
import { TRANSITIONS } from '@/workflow/transitions'

import { getTestPayload } from '../../helpers/payload'
import {
  CONTENT_SLUGS,
  createWorld,
  expectedAllowed,
  rolesOf,
  statusOf,
  type UserKey,
  type World,
} from '../../helpers/workflowFixtures'

type RoleKey = 'anonymous' | 'reader' | 'editor' | 'reviewer' | 'admin' | 'editorReviewer'
type Iface = 'rest' | 'graphql' | 'local'

const ROLE_KEYS: RoleKey[] = ['anonymous', 'reader', 'editor', 'reviewer', 'admin', 'editorReviewer']
const IFACES: Iface[] = ['rest', 'graphql', 'local']

type Cell = { action: string; state: WorkflowState; role: RoleKey; iface: Iface; expected: number }

let world: World

const roleUser = (role: RoleKey) => (role === 'anonymous' ? null : world.users[role as UserKey])

const expectedStatus = (action: string, state: WorkflowState, role: RoleKey, roles: string[]) => {
  const t = TRANSITIONS.find((x) => x.action === action)!
  if (role === 'anonymous') return 401
  if (!t.roles.some((r) => roles.includes(r))) return 403
  if (!(t.from as readonly string[]).includes(state)) return 409
  return 200
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
  WORKFLOW_STATES.flatMap((state) =>
    ROLE_KEYS.flatMap((role) =>
      IFACES.map((iface) => ({
        action: t.action,
        state,
        role,
        iface,
        expected: expectedStatus(t.action, state, role, ROLES_BY_KEY[role]),
      })),
    ),
  ),
)

const key = (c: Pick<Cell, 'action' | 'state' | 'role' | 'iface'>) => `${c.action}|${c.state}|${c.role}|${c.iface}`
/** Successful cells get a document of their own; refusals share one document per state. */
const ownDoc = new Map<string, number>()
const sharedDoc = {} as Record<WorkflowState, number>

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
    ...WORKFLOW_STATES.map((state) => ({ collection: 'articles' as const, state })),
    ...winners.map((c) => ({ collection: 'articles' as const, state: c.state })),
  ])
  WORKFLOW_STATES.forEach((state, i) => (sharedDoc[state] = docs[i].id))
  winners.forEach((c, i) => ownDoc.set(key(c), docs[WORKFLOW_STATES.length + i].id))
}, 300_000)

describe('the workflow matrix', () => {
  it('should cover every action, state, role and interface', () => {
    expect(CELLS).toHaveLength(TRANSITIONS.length * WORKFLOW_STATES.length * ROLE_KEYS.length * IFACES.length)
    expect(new Set(CELLS.map((c) => c.expected))).toEqual(new Set([200, 401, 403, 409]))
  })

  it('should have built every fixture in the state it was asked for', async () => {
    for (const state of WORKFLOW_STATES) expect((await world.latest('articles', sharedDoc[state])).workflowState).toBe(state)
    for (const c of CELLS.filter((x) => x.expected === 200)) {
      expect((await world.latest('articles', ownDoc.get(key(c))!)).workflowState, key(c)).toBe(c.state)
    }
  })

  it.each(CELLS)('should answer $expected when $role tries $action from $state via $iface', async (c) => {
    const t = TRANSITIONS.find((x) => x.action === c.action)!
    const id = c.expected === 200 ? ownDoc.get(key(c))! : sharedDoc[c.state]
    const eventsBefore = await world.eventCount('articles', id)
    const liveBefore = await world.publicDoc('articles', id)

    const outcome = await perform(c, id)
    expect(outcome.status, JSON.stringify(outcome)).toBe(c.expected)

    const after = await world.latest('articles', id)
    const eventsAfter = await world.eventCount('articles', id)
    if (c.expected !== 200) {
      expect(after.workflowState).toBe(c.state)
      expect(eventsAfter).toBe(eventsBefore)
      expect(Boolean(await world.publicDoc('articles', id))).toBe(Boolean(liveBefore))
      if (c.expected === 409) {
        expect(outcome.data).toMatchObject({ state: c.state })
        expect([...outcome.data.allowedActions].sort()).toEqual(
          expectedAllowed(c.state, rolesOf(roleUser(c.role))).sort(),
        )
      }
      return
    }

    expect(outcome.state).toBe(t.to)
    expect(after.workflowState).toBe(t.to)
    expect(eventsAfter).toBe(eventsBefore + 1)
    expect(outcome.event).toMatchObject({ action: c.action, fromState: c.state, toState: t.to })
    const [last] = (await world.events('articles', id)).slice(-1)
    expect(last).toMatchObject({ action: c.action, fromState: c.state, toState: t.to, actor: roleUser(c.role)!.id })
    const live = await world.publicDoc('articles', id)
    const effects: readonly string[] = t.effects
    if (effects.includes('publish')) {
      expect(live?._status).toBe('published')
    } else if (effects.includes('unpublish')) {
      expect(live).toBeNull()
    } else {
      expect(Boolean(live)).toBe(Boolean(liveBefore))
    }
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
      const t = TRANSITIONS.find((x) => x.action === action)!
      const res = await world.restAct(world.tokens[who], slug, doc.id, { action, comment })
      expect(res.status, `${slug} ${action}: ${res.text}`).toBe(200)
      expect(res.json.doc.workflowState).toBe(t.to)
      expect(res.json.event).toMatchObject({ action, toState: t.to })
      if (action === 'publish') expect((await world.publicDoc(slug, doc.id))?.workflowState).toBe('published')
    }
    expect(await world.publicDoc(slug, doc.id)).toBeNull()
    expect((await world.events(slug, doc.id)).map((e) => e.action)).toEqual(steps.map(([a]) => a))
  })
})
