/**
 * Scheduled publishing (docs/publish-gate.md, "Scheduled publish"): the admin's Schedule queues
 * `schedulePublish`; our task of that slug runs the workflow's publish as the scheduling user.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { actAs, createUser, PASSWORD, rand } from '../../helpers/fixtures'
import { createArticle, createStaff, publishedArticle, type TestUser } from '../../helpers/medicalStaff'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
let staff: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  staff = await createStaff(payload)
})

/** What the admin panel's Schedule drawer queues (see @payloadcms/ui schedulePublishHandler). */
const schedule = async (id: number, user: TestUser, type: 'publish' | 'unpublish' = 'publish') => {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'articles', value: String(id) as never }, user: { relationTo: 'users', value: user.id } },
    waitUntil: new Date(Date.now() - 1000),
  })
  const { jobStatus } = await payload.jobs.run({ queue: 'default' })
  const stored = await payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
  return { status: jobStatus?.[job.id]?.status, stored: stored as Record<string, any> | null }
}

const events = async (id: number, action: string) =>
  (
    await payload.find({
      collection: 'workflow-events',
      where: {
        and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }, { action: { equals: action } }],
      },
      depth: 0,
      sort: 'createdAt',
    })
  ).docs

const anonymousStatus = async (id: number) => (await api.rest('GET', `/articles/${id}?depth=0`)).status

describe('scheduled publish', () => {
  it('should publish an approved, unchanged draft as the user who scheduled it', async () => {
    const title = `Scheduled ${rand()}`
    const article = await createArticle(payload, title)
    await actAs(payload, staff.editor, 'articles', article.id, 'submit')
    await actAs(payload, staff.ana, 'articles', article.id, 'approve')
    expect(await anonymousStatus(article.id)).toBe(404)

    expect(await schedule(article.id, staff.editor)).toEqual({ status: 'success', stored: null })

    const live = await payload.findByID({ collection: 'articles', id: article.id, draft: false, depth: 0 })
    expect(live._status).toBe('published')
    expect(live.workflowState).toBe('published')
    expect(live.title).toBe(title)
    const res = await api.rest('GET', `/articles/${article.id}?depth=0`)
    expect(res.status).toBe(200)
    expect(res.json.title).toBe(title)
    const [event] = await events(article.id, 'publish')
    expect(event).toMatchObject({ fromState: 'approved', toState: 'published', actor: staff.editor.id, comment: 'Scheduled publish' })
    expect(await events(article.id, 'scheduled_publish_failed')).toEqual([])
  })

  it('should fail the job visibly and record scheduled_publish_failed for a draft that is not approved', async () => {
    const article = await createArticle(payload)
    await actAs(payload, staff.editor, 'articles', article.id, 'submit')

    const { status, stored } = await schedule(article.id, staff.editor)
    expect(status).toBe('error-reached-max-retries')
    expect(stored?.hasError).toBe(true)
    expect(stored?.completedAt ?? null).toBeNull()
    expect(JSON.stringify(stored?.error)).toContain('in_review')
    expect(stored?.log?.at(-1)).toMatchObject({ taskSlug: 'schedulePublish', state: 'failed' })

    const [failure] = await events(article.id, 'scheduled_publish_failed')
    expect(failure).toMatchObject({
      collection: 'articles',
      documentId: String(article.id),
      actor: staff.editor.id,
      fromState: 'in_review',
      toState: 'published',
    })
    expect(failure.comment).toContain('Cannot publish a document whose live state is "none" and draft state is "in_review"')
    expect(await events(article.id, 'publish')).toEqual([])

    const latest = await payload.findByID({ collection: 'articles', id: article.id, draft: true, depth: 0 })
    expect(latest.workflowState).toBe('in_review')
    expect(latest._status).toBe('draft')
    expect(await anonymousStatus(article.id)).toBe(404)
  })

  it('should not publish an approved draft whose wording changed before the scheduled time', async () => {
    const article = await createArticle(payload)
    await actAs(payload, staff.editor, 'articles', article.id, 'submit')
    await actAs(payload, staff.ana, 'articles', article.id, 'approve')
    // An edit after approval sends it back to draft (approval_dismissed).
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: `Edited after approval ${rand()}` },
      user: { ...staff.editor, collection: 'users' } as never,
      overrideAccess: false,
    })
    const { status } = await schedule(article.id, staff.editor)
    expect(status).toBe('error-reached-max-retries')
    const [failure] = await events(article.id, 'scheduled_publish_failed')
    expect(failure.comment).toContain('"draft"')
    expect(await anonymousStatus(article.id)).toBe(404)
  })

  it('should fail when the scheduling user may not publish (a reviewer)', async () => {
    const article = await createArticle(payload)
    await actAs(payload, staff.editor, 'articles', article.id, 'submit')
    await actAs(payload, staff.ana, 'articles', article.id, 'approve')
    const { status } = await schedule(article.id, staff.ben)
    expect(status).toBe('error-reached-max-retries')
    const [failure] = await events(article.id, 'scheduled_publish_failed')
    expect(failure).toMatchObject({ actor: staff.ben.id, fromState: 'approved' })
    expect(failure.comment).toMatch(/role/)
    expect(await anonymousStatus(article.id)).toBe(404)
  })

  it('should fail closed for a job without a user', async () => {
    const article = await createArticle(payload)
    await actAs(payload, staff.editor, 'articles', article.id, 'submit')
    await actAs(payload, staff.ana, 'articles', article.id, 'approve')
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(article.id) as never } },
    })
    await payload.jobs.run({ queue: 'default' })
    const [failure] = await events(article.id, 'scheduled_publish_failed')
    expect(failure.comment).toMatch(/user/)
    expect(await anonymousStatus(article.id)).toBe(404)
  })

  it('should unpublish through the workflow when an admin scheduled it, with a comment', async () => {
    const article = await publishedArticle(payload, staff)
    expect(await anonymousStatus(article.id)).toBe(200)

    // Editors may not unpublish: the job fails and says so.
    const byEditor = await schedule(article.id, staff.editor, 'unpublish')
    expect(byEditor.status).toBe('error-reached-max-retries')
    expect((await events(article.id, 'scheduled_unpublish_failed'))[0]).toMatchObject({ actor: staff.editor.id, toState: 'archived' })
    expect(await anonymousStatus(article.id)).toBe(200)

    expect((await schedule(article.id, staff.admin, 'unpublish')).status).toBe('success')
    const [event] = await events(article.id, 'unpublish')
    expect(event).toMatchObject({ fromState: 'published', toState: 'archived', actor: staff.admin.id, comment: 'Scheduled unpublish' })
    expect(await anonymousStatus(article.id)).toBe(404)
  })
})

describe('jobs access', () => {
  it('should let only admins read the jobs collection and run the queue over REST', async () => {
    const article = await createArticle(payload)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(article.id) as never } },
      waitUntil: new Date(Date.now() + 24 * 3600 * 1000),
    })
    const reader = await createUser(payload, [])
    const tokens = {
      admin: await api.login(staff.admin.email, PASSWORD),
      editor: await api.login(staff.editor.email, PASSWORD),
      reviewer: await api.login(staff.ana.email, PASSWORD),
      reader: await api.login(reader.email, PASSWORD),
    }
    expect((await api.rest('GET', '/payload-jobs')).status).toBe(403)
    for (const role of ['editor', 'reviewer', 'reader'] as const) {
      expect((await api.rest('GET', '/payload-jobs', { token: tokens[role] })).status, role).toBe(403)
      expect((await api.rest('GET', '/payload-jobs/run', { token: tokens[role] })).status, role).toBe(401)
    }
    expect((await api.rest('GET', '/payload-jobs/run')).status).toBe(401)
    const asAdmin = await api.rest('GET', '/payload-jobs', { token: tokens.admin })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.json.docs.some((job: { taskSlug: string }) => job.taskSlug === 'schedulePublish')).toBe(true)
    const forged = await api.rest('POST', '/payload-jobs', {
      token: tokens.admin,
      body: { taskSlug: 'schedulePublish', input: { doc: { relationTo: 'articles', value: String(article.id) } } },
    })
    expect(forged.status).toBe(403)
  })
})
