/**
 * The medical review record (docs/workflow.md): set by approve/reaffirm, public on published docs,
 * flagged as due by the hourly `markReviewsDue` job on Payload's queue.
 */
import { addMonths } from 'date-fns'
import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { outbox } from '@/lib/email'
import { markReviewsDue } from '@/medical/reviewDue'

import { type Api, createApi } from '../../helpers/api'
import { actAs, asLocal, PASSWORD, rand } from '../../helpers/fixtures'
import { createArticle, createStaff, publishedArticle } from '../../helpers/medicalStaff'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
let staff: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  staff = await createStaff(payload)
})

beforeEach(() => {
  outbox.length = 0
})

/** Queues the review check as of `now` and runs the queue, the way the scheduler does. */
const runReviewCheck = async (now: Date) => {
  const job = await payload.jobs.queue({ task: 'markReviewsDue', input: { now: now.toISOString() } })
  const { jobStatus } = await payload.jobs.run({ queue: 'default' })
  // Completed jobs are deleted (deleteJobOnComplete); failed ones stay for inspection.
  const stored = await payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
  return { status: jobStatus?.[job.id]?.status, stored }
}

const live = (id: number) => payload.findByID({ collection: 'articles', id, draft: false, depth: 0 })
const latest = (id: number) => payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
const versionCount = async (id: number) =>
  (await payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })).totalDocs
const reviewEmailsFor = (title: string) =>
  outbox.filter((mail) => mail.subject.startsWith('[Relief] Medical review due') && mail.subject.includes(title))
const reviewerEmails = () => [staff.ana.email, staff.ben.email, staff.lapsed.email].sort()

describe('review-due job', () => {
  it('should run markReviewsDue on a schedule and replace the built-in schedulePublish task', () => {
    const tasks = payload.config.jobs.tasks ?? []
    expect(tasks.find((t) => t.slug === 'markReviewsDue')?.schedule).toEqual([{ cron: '0 * * * *', queue: 'default' }])
    // Payload appends its own schedulePublish task; the first one with the slug is the one that runs.
    expect(String(tasks.find((t) => t.slug === 'schedulePublish')?.label)).toContain('workflow')
  })

  it('should flag a published doc past nextReviewDue and email every reviewer once, even when run twice', async () => {
    const title = `Due article ${rand()}`
    const article = await publishedArticle(payload, staff, title)
    const before = await live(article.id)
    expect(before.medicalReview?.isReviewDue).toBe(false)
    const nextReviewDue = new Date(before.medicalReview!.nextReviewDue!)
    expect(nextReviewDue.getTime()).toBeGreaterThan(addMonths(new Date(), 11).getTime())
    const versionsBefore = await versionCount(article.id)

    // Not due yet: nothing happens.
    const early = await runReviewCheck(new Date())
    expect(early).toEqual({ status: 'success', stored: null })
    expect((await live(article.id)).medicalReview?.isReviewDue).toBe(false)
    expect(reviewEmailsFor(title)).toEqual([])

    const later = addMonths(nextReviewDue, 1)
    expect(await runReviewCheck(later)).toEqual({ status: 'success', stored: null })

    const after = await live(article.id)
    expect(after.medicalReview?.isReviewDue).toBe(true)
    expect(after._status).toBe('published')
    expect(after.workflowState).toBe('published')
    expect(after.title).toBe(title)
    expect(after.medicalReview?.nextReviewDue).toBe(before.medicalReview?.nextReviewDue)
    // The admin form (latest version) agrees, and no version was added.
    expect((await latest(article.id)).medicalReview?.isReviewDue).toBe(true)
    expect(await versionCount(article.id)).toBe(versionsBefore)

    const mails = reviewEmailsFor(title)
    expect(mails.map((m) => m.to).sort()).toEqual(reviewerEmails())
    for (const mail of mails) {
      expect(mail.subject).toContain(title)
      expect(mail.text).toContain(`/admin/collections/articles/${article.id}`)
    }
    // Every content collection is checked: Ana's published therapist profile is due too.
    const profileMails = reviewEmailsFor(staff.anaProfile.name)
    expect(profileMails.map((m) => m.to).sort()).toEqual(reviewerEmails())
    expect(profileMails[0].text).toContain(`/admin/collections/therapists/${staff.anaProfile.id}`)
    expect(outbox.filter((m) => m.subject.startsWith('[Relief] Medical review due'))).toHaveLength(6)

    await runReviewCheck(addMonths(later, 1))
    expect(reviewEmailsFor(title)).toHaveLength(3)
    expect(outbox.filter((m) => m.subject.startsWith('[Relief] Medical review due'))).toHaveLength(6)
  })

  it('should flag each document exactly once when several instances run the check at the same time', async () => {
    const title = `Race article ${rand()}`
    const article = await publishedArticle(payload, staff, title)
    const now = addMonths(new Date(), 13)
    const results = await Promise.all(Array.from({ length: 4 }, () => markReviewsDue(payload, { now })))
    const flaggedHere = results.flatMap((r) => r.flagged).filter((d) => d.collection === 'articles' && d.id === article.id)
    expect(flaggedHere).toHaveLength(1)
    expect(flaggedHere[0].title).toBe(title)
    expect(reviewEmailsFor(title)).toHaveLength(3)
  })

  it('should leave a pending forward draft and the live wording alone', async () => {
    const title = `Live wording ${rand()}`
    const article = await publishedArticle(payload, staff, title)
    // The editor edits the published article: a forward draft, the live row stays.
    const draftTitle = `${title} (draft edit)`
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: draftTitle },
      user: asLocal(staff.editor),
      overrideAccess: false,
    })
    const draftBefore = await latest(article.id)
    expect(draftBefore.title).toBe(draftTitle)
    expect(draftBefore.workflowState).toBe('draft')
    const versionsBefore = await versionCount(article.id)

    await runReviewCheck(addMonths(new Date(), 13))

    const liveAfter = await live(article.id)
    expect(liveAfter.title).toBe(title)
    expect(liveAfter._status).toBe('published')
    expect(liveAfter.medicalReview?.isReviewDue).toBe(true)
    const draftAfter = await latest(article.id)
    expect(draftAfter.title).toBe(draftTitle)
    expect(draftAfter._status).toBe('draft')
    expect(draftAfter.workflowState).toBe('draft')
    expect(draftAfter.medicalReview).toEqual(draftBefore.medicalReview)
    expect(draftAfter.updatedAt).toBe(draftBefore.updatedAt)
    expect(await versionCount(article.id)).toBe(versionsBefore)
    // Anonymous readers still get the live wording.
    const res = await api.rest('GET', `/articles/${article.id}?depth=0`)
    expect(res.status).toBe(200)
    expect(res.json.title).toBe(title)
    expect(res.json.medicalReview.isReviewDue).toBe(true)
    expect(reviewEmailsFor(title)).toHaveLength(3)
  })

  it('should ignore drafts and archived documents', async () => {
    const draftTitle = `Never published ${rand()}`
    const draft = await createArticle(payload, draftTitle)
    const archivedTitle = `Archived ${rand()}`
    const archived = await publishedArticle(payload, staff, archivedTitle)
    await actAs(payload, staff.admin, 'articles', archived.id, 'unpublish', { comment: 'Outdated' })

    await runReviewCheck(addMonths(new Date(), 13))
    expect((await latest(draft.id)).medicalReview?.isReviewDue ?? false).toBe(false)
    expect((await latest(archived.id)).medicalReview?.isReviewDue).toBe(false)
    expect(reviewEmailsFor(draftTitle)).toEqual([])
    expect(reviewEmailsFor(archivedTitle)).toEqual([])
  })
})

describe('reaffirm', () => {
  it('should reset reviewedAt and nextReviewDue and clear isReviewDue when a credentialed reviewer reaffirms', async () => {
    const title = `Reaffirmed ${rand()}`
    const article = await publishedArticle(payload, staff, title)
    await runReviewCheck(addMonths(new Date(), 13))
    const due = await live(article.id)
    expect(due.medicalReview?.isReviewDue).toBe(true)

    const token = await api.login(staff.ben.email, PASSWORD)
    const res = await api.rest('POST', `/articles/${article.id}/workflow`, { token, body: { action: 'reaffirm' } })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(res.json.event).toMatchObject({ action: 'reaffirm', fromState: 'published', toState: 'published' })

    const after = await live(article.id)
    expect(after.title).toBe(title)
    expect(after._status).toBe('published')
    expect(after.medicalReview?.isReviewDue).toBe(false)
    expect(new Date(after.medicalReview!.reviewedAt!).getTime()).toBeGreaterThan(
      new Date(due.medicalReview!.reviewedAt!).getTime(),
    )
    expect(Date.now() - new Date(after.medicalReview!.reviewedAt!).getTime()).toBeLessThan(60_000)
    const expectedDue = addMonths(new Date(after.medicalReview!.reviewedAt!), 12).toISOString()
    expect(after.medicalReview?.nextReviewDue).toBe(expectedDue)
    expect(after.medicalReview?.reviewer).toBe((staff.ben.therapist as { id: number }).id)
    expect((await latest(article.id)).medicalReview?.isReviewDue).toBe(false)

    // Due again a year later, and announced again.
    outbox.length = 0
    await runReviewCheck(addMonths(new Date(after.medicalReview!.nextReviewDue!), 1))
    expect((await live(article.id)).medicalReview?.isReviewDue).toBe(true)
    expect(reviewEmailsFor(title)).toHaveLength(3)
  })

  it('should refuse reaffirm from a reviewer whose credential lapsed', async () => {
    const article = await publishedArticle(payload, staff)
    const token = await api.login(staff.lapsed.email, PASSWORD)
    const res = await api.rest('POST', `/articles/${article.id}/workflow`, { token, body: { action: 'reaffirm' } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0].message).toContain('2024-01-31')
  })
})

describe('credential guard', () => {
  it('should block approval by a reviewer whose credential lapsed with 422 naming the date', async () => {
    const article = await createArticle(payload)
    await actAs(payload, staff.editor, 'articles', article.id, 'submit')
    const token = await api.login(staff.lapsed.email, PASSWORD)
    const res = await api.rest('POST', `/articles/${article.id}/workflow`, { token, body: { action: 'approve' } })
    expect(res.status).toBe(422)
    expect(res.json.errors[0].message).toContain('lapsed on 2024-01-31')
    expect(res.json.errors[0].data.failedGuards).toEqual([
      expect.objectContaining({ guard: 'reviewerCredentialValid', message: expect.stringContaining('2024-01-31') }),
    ])
    expect((await latest(article.id)).workflowState).toBe('in_review')
  })
})

describe('public medical review', () => {
  let articleId: number
  let title: string

  beforeAll(async () => {
    title = `Public review ${rand()}`
    const article = await publishedArticle(payload, staff, title)
    articleId = article.id
  })

  it('should give anonymous readers the reviewer name and credential in one REST request (depth=1)', async () => {
    const res = await api.rest('GET', `/articles/${articleId}?depth=1`)
    expect(res.status).toBe(200)
    const review = res.json.medicalReview
    expect(review.reviewer).toMatchObject({ name: staff.anaProfile.name, credentials: [expect.objectContaining({ type: 'DPT' })] })
    expect(review.reviewedAt).toBeTruthy()
    expect(review.nextReviewDue).toBeTruthy()
    expect(review.isReviewDue).toBe(false)
    expect(res.json).not.toHaveProperty('claims')
    expect(res.text).not.toContain('blockingCount')
    expect(res.json).not.toHaveProperty('workflow')

    const list = await api.rest('GET', `/articles?depth=1&where[id][equals]=${articleId}`)
    expect(list.json.docs[0].medicalReview.reviewer.name).toBe(staff.anaProfile.name)
    expect(list.json.docs[0]).not.toHaveProperty('claims')
  })

  it('should give anonymous readers the reviewer name and credential in one GraphQL query', async () => {
    const query = `query ($id: Int!) {
      Article(id: $id) {
        title
        medicalReview { reviewer { name credentials { type } } reviewedAt nextReviewDue isReviewDue }
      }
    }`
    const res = await api.graphql(query, { id: articleId })
    expect(res.json.errors).toBeUndefined()
    expect(res.json.data.Article.title).toBe(title)
    expect(res.json.data.Article.medicalReview).toMatchObject({
      reviewer: { name: staff.anaProfile.name, credentials: [{ type: 'DPT' }] },
      isReviewDue: false,
    })
    expect(res.json.data.Article.medicalReview.reviewedAt).toBeTruthy()
  })

  it('should hide the claims findings from anonymous readers in GraphQL but show them to staff', async () => {
    const query = `query ($id: Int!) { Article(id: $id) { title claims { findings blockingCount checkedAt } } }`
    const anonymous = await api.graphql(query, { id: articleId })
    expect(anonymous.json.data?.Article?.title).toBe(title)
    // Field access turns the group's values into nulls for anonymous readers.
    const hidden = (claims: Record<string, unknown> | null) => Object.values(claims ?? {}).every((v) => v === null)
    expect(hidden(anonymous.json.data.Article.claims)).toBe(true)
    const listQuery = `{ Articles(where: { id: { equals: ${articleId} } }) { docs { claims { findings blockingCount checkedAt } } } }`
    const anonymousList = await api.graphql(listQuery)
    expect(anonymousList.json.data.Articles.docs).toHaveLength(1)
    expect(hidden(anonymousList.json.data.Articles.docs[0].claims)).toBe(true)

    const token = await api.login(staff.editor.email, PASSWORD)
    const asStaff = await api.graphql(query, { id: articleId }, token)
    expect(asStaff.json.data.Article.claims.checkedAt).toBeTruthy()
    const rest = await api.rest('GET', `/articles/${articleId}?depth=0`, { token })
    expect(rest.json.claims.checkedAt).toBeTruthy()
  })
})
