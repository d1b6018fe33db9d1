/**
 * The documents the clones are made from, written the way the app writes them: created with
 * the Local API and published through the workflow service (submit, approve, publish). Wording
 * is the project's own.
 */
import type { Payload } from 'payload'

import { createPublisher } from '../../tests/helpers/publishThroughWorkflow'
import { richText } from '../../tests/helpers/fixtures'

import type { Templates } from './clone'

const PARAGRAPHS = [
  'Sciatica describes pain that follows the sciatic nerve from the lower back through the hip and down the leg. Many people notice it after long hours of sitting, a sudden lift, or tight muscles around the pelvis.',
  'A therapist usually starts with broad, gentle strokes over the lower back and glutes to warm the tissue, then works more slowly around the piriformis, where a tight muscle can press on the nerve.',
  'Pressure should stay comfortable. A deep ache that eases as the stroke continues is common; a sharp, shooting or burning feeling is a signal to stop and tell the therapist at once.',
  'Between sessions, a tennis ball against a wall or a foam roller on the floor lets you repeat a lighter version of the work. Two or three minutes on each side is plenty to begin with.',
  'See a clinician before trying massage if the pain follows a fall, if you notice numbness in the groin, weakness in a leg, or changes in bladder or bowel control.',
  'Heat before a session and a short walk afterwards help many readers keep the muscles loose. Keep a short diary of what you tried and how the next morning felt.',
]
const THAI_BODY =
  'อาการปวดร้าวลงขามักเริ่มจากหลังส่วนล่างผ่านสะโพกลงไปที่ขา การนวดเบา ๆ บริเวณกล้ามเนื้อสะโพกอาจช่วยให้รู้สึกผ่อนคลาย หยุดทันทีถ้ารู้สึกเจ็บแปลบหรือชา และควรปรึกษาแพทย์ก่อนเริ่มกิจวัตรใหม่'

export const createTemplates = async (payload: Payload, { articles = 6 } = {}): Promise<Templates & { reviewer: unknown }> => {
  const publisher = await createPublisher(payload)
  const techniqueIds: number[] = []
  for (const name of ['Swedish massage', 'Deep tissue massage', 'Trigger point therapy', 'Myofascial release', 'Foam rolling', 'Tennis ball glute release', 'Hot stone massage', 'Neuromuscular therapy', 'Piriformis stretch', 'Hamstring release', 'Heat therapy', 'Lumbar traction']) {
    const doc = await publisher.createPublished('techniques', {
      name,
      category: name.includes('ball') || name.includes('stretch') || name.includes('rolling') ? 'self-massage' : 'professional',
      summary: `${name}: what it is and when it may help.`,
      body: await richText(payload, `${name} is one of the approaches a therapist may suggest for a stiff lower back.`),
      precautions: await richText(payload, 'Stop if the pain gets sharper or spreads, and ask a clinician.'),
    })
    techniqueIds.push(doc.id as number)
  }
  const authorIds: number[] = []
  for (let n = 0; n < 20; n += 1) {
    const doc = await publisher.createPublished('therapists', {
      name: `Author ${n + 1}`,
      bio: await richText(payload, 'Licensed massage therapist who writes about back care.'),
    })
    authorIds.push(doc.id as number)
  }
  const disclaimer = await publisher.createPublished('disclaimers', {
    title: 'Medical disclaimer',
    kind: 'medical',
    body: await richText(payload, 'This page is general information and not a substitute for advice from your clinician.'),
  })

  const articleIds: number[] = []
  for (let n = 0; n < articles; n += 1) {
    const paragraphs = [...PARAGRAPHS.slice(n % PARAGRAPHS.length), ...PARAGRAPHS.slice(0, n % PARAGRAPHS.length)]
    const created = await payload.create({
      collection: 'articles',
      data: {
        title: `Template article ${n + 1}`,
        excerpt: 'How massage and simple self-care may ease sciatica, and when to see a clinician instead.',
        body: await richText(payload, paragraphs.map((text, i) => (i === 2 ? `## When to stop\n\n${text}` : text)).join('\n\n')),
        author: authorIds[n % authorIds.length],
        techniques: [techniqueIds[n % techniqueIds.length], techniqueIds[(n + 3) % techniqueIds.length]],
        disclaimers: [disclaimer.id],
        topics: ['sciatica', 'self-care'],
      } as never,
    })
    if (n % 2 === 1) {
      await payload.update({
        collection: 'articles',
        id: created.id,
        locale: 'th',
        data: { title: `บทความต้นแบบ ${n + 1}`, body: await richText(payload, THAI_BODY) } as never,
      })
    }
    await publisher.publish('articles', created.id as number)
    articleIds.push(created.id as number)
  }
  // The first template has a forward draft waiting for review, as 1 in 100 clones will.
  await payload.update({
    collection: 'articles',
    id: articleIds[0]!,
    data: { excerpt: 'A revised summary waiting for a medical reviewer.' } as never,
  })
  const { runTransition } = await import('@/workflow/service')
  await runTransition(payload, {
    collection: 'articles',
    id: articleIds[0]!,
    action: 'submit',
    user: { ...publisher.editor, collection: 'users' } as never,
    isNotifying: false,
  })
  return { articleIds, techniqueIds, authorIds, reviewer: publisher.reviewer }
}
