/**
 * The medical tests' staff (credentialed and lapsed reviewers) on top of the shared fixtures
 * (./fixtures.ts): the same users, transitions and helpers as the workflow fixtures.
 */
import type { Payload } from 'payload'

import { actAs, createUser, inYears, rand, richText, type User as TestUser } from './fixtures'

export type { TestUser }

const act = (
  payload: Payload,
  collection: 'articles' | 'therapists',
  id: number,
  action: string,
  user: TestUser,
  extra: { comment?: string; acknowledgeFindings?: boolean } = {},
) => actAs(payload, user, collection, id, action, extra)

/**
 * Staff for a medical test file: an admin (created first: the first user becomes admin), an
 * editor, two credentialed reviewers linked to therapist profiles (the first profile published
 * through the workflow, so the public can see who reviewed), and a reviewer whose only
 * credential lapsed on 2024-01-31.
 */
export const createStaff = async (payload: Payload) => {
  const admin = await createUser(payload, ['admin'])
  const editor = await createUser(payload, ['editor'])
  const therapist = async (name: string, credentials: Record<string, unknown>[]) =>
    payload.create({
      collection: 'therapists',
      data: { name, bio: await richText(payload, `${name} treats back pain.`), isMedicalReviewer: true, credentials } as never,
    })
  const anaProfile = await therapist(`Ana Lima ${rand()}`, [
    { type: 'DPT', licenseNumber: 'DPT-1', issuingBody: 'Board', expiresOn: inYears(3) },
  ])
  const benProfile = await therapist(`Ben Okafor ${rand()}`, [{ type: 'LMT', expiresOn: inYears(2) }])
  const lapsedProfile = await therapist(`Lee Lapsed ${rand()}`, [{ type: 'PT', expiresOn: '2024-01-31T00:00:00.000Z' }])
  const reviewer = async (name: string, therapistId: number) => {
    const user = await createUser(payload, ['reviewer'], name)
    return payload.update({ collection: 'users', id: user.id, data: { therapist: therapistId } })
  }
  const ana = await reviewer('ana', anaProfile.id)
  const ben = await reviewer('ben', benProfile.id)
  const lapsed = await reviewer('lapsed', lapsedProfile.id)

  // Ana's public profile goes live the only way content does.
  await act(payload, 'therapists', anaProfile.id, 'submit', editor)
  await act(payload, 'therapists', anaProfile.id, 'approve', ben)
  await act(payload, 'therapists', anaProfile.id, 'publish', editor)

  return { admin, editor, ana, ben, lapsed, anaProfile }
}

/** An article that can pass review: wording, excerpt and a medical disclaimer. */
export const createArticle = async (payload: Payload, title = `Sciatica basics ${rand()}`) => {
  const disclaimer = await payload.create({
    collection: 'disclaimers',
    data: { title: `Medical ${rand()}`, kind: 'medical', body: await richText(payload, 'See a doctor for new pain.') } as never,
  })
  const article = await payload.create({
    collection: 'articles',
    data: {
      title,
      excerpt: 'What sciatica is and when to see a doctor.',
      body: await richText(payload, 'Gentle stretching may ease tightness for some people.'),
      disclaimers: [disclaimer.id],
    } as never,
  })
  return article
}

/** Created, submitted by the editor, approved by `reviewer` and published by the editor. */
export const publishedArticle = async (
  payload: Payload,
  staff: { editor: TestUser; ana: TestUser },
  title?: string,
) => {
  const article = await createArticle(payload, title)
  await act(payload, 'articles', article.id, 'submit', staff.editor)
  await act(payload, 'articles', article.id, 'approve', staff.ana)
  await act(payload, 'articles', article.id, 'publish', staff.editor)
  return article
}
