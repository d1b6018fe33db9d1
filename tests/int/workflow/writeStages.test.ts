/**
 * The stage order of a content save on the real config (src/workflow/writeStages.ts), and what
 * it means through the Local API: protect puts back a forged review record, judge records the
 * editor on the protected data, check stores the claims findings, and those findings block.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { runClaimsCheck } from '@/medical/hooks/runClaimsCheck'
import { protectWorkflowFields } from '@/workflow/hooks/protectWorkflowFields'
import { trackEdits } from '@/workflow/hooks/trackEdits'
import { writeStageHooksOf } from '@/workflow/writeStages'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { type ContentSlug, createWorld, type World } from '../../helpers/workflowFixtures'

const RISKY = 'This routine is guaranteed to cure sciatica permanently.'

/** The rich-text wording of each collection, where the risky sentence goes. */
const WORDING_FIELD: Record<ContentSlug, string> = {
  articles: 'body',
  techniques: 'body',
  faqs: 'answer',
  therapists: 'bio',
  disclaimers: 'body',
}

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 120_000)

describe('write stages on the configured content collections', () => {
  it.each(CONTENT_COLLECTIONS)('should run protect, judge and check before any other beforeChange hook of %s', (slug) => {
    const config = world.payload.collections[slug].config
    expect(writeStageHooksOf(config)).toEqual({
      protect: [protectWorkflowFields],
      judge: [trackEdits],
      check: [runClaimsCheck],
    })
    const hooks = config.hooks.beforeChange
    expect(hooks.slice(0, 3)).toEqual([protectWorkflowFields, trackEdits, runClaimsCheck])
    // Each stage hook runs once per save.
    for (const hook of [protectWorkflowFields, trackEdits, runClaimsCheck]) {
      expect(hooks.filter((candidate) => candidate === hook)).toHaveLength(1)
    }
  })

  it.each(CONTENT_COLLECTIONS)('should carry the workflow and medical fields once each on %s', (slug) => {
    const names = world.payload.collections[slug].config.fields.map((field) => ('name' in field ? field.name : undefined))
    for (const name of ['workflowPanel', 'workflowState', 'liveState', 'draftState', 'workflow', 'medicalReview', 'claims']) {
      expect(names.filter((candidate) => candidate === name), name).toHaveLength(1)
    }
    // The workflow panel heads the sidebar; the plugins' fields follow the collection's own.
    expect(names[0]).toBe('workflowPanel')
    expect(names.indexOf('workflowState')).toBeLessThan(names.indexOf('medicalReview'))
    expect(names.indexOf('medicalReview')).toBeLessThan(names.indexOf('claims'))
  })
})

describe('a save through the Local API', () => {
  it.each(CONTENT_COLLECTIONS)(
    'should store blocking findings, record the editor and drop a forged review record on %s',
    async (slug) => {
      const editor = world.users.editor
      const doc = await world.make(slug, 'draft', {
        [WORDING_FIELD[slug]]: await richText(world.payload, RISKY),
        // A client that forges the bookkeeping: protect puts it back, check recomputes the findings.
        workflow: { approvedBy: world.users.reviewer.id, reviewedHash: 'forged' },
        medicalReview: { reviewer: world.profiles.reviewer.id, reviewedAt: new Date().toISOString() },
        claims: { findings: [], blockingCount: 0, checkedAt: new Date().toISOString() },
      })
      expect(doc.workflowState).toBe('draft')
      expect(doc.workflow.approvedBy ?? null).toBeNull()
      expect(doc.workflow.reviewedHash ?? null).toBeNull()
      expect(doc.medicalReview.reviewer ?? null).toBeNull()
      expect(doc.medicalReview.reviewedAt ?? null).toBeNull()
      // Judge ran after protect: the editor it recorded survived.
      expect(doc.workflow.editors).toEqual([editor.id])
      expect(doc.claims.blockingCount).toBeGreaterThan(0)
      expect(doc.claims.findings.some((finding: { severity: string }) => finding.severity === 'block')).toBe(true)

      // The stored findings block: submitting needs the editor's acknowledgement.
      await expect(world.act(editor, slug, doc.id, 'submit')).rejects.toMatchObject({
        status: 422,
        data: { failedGuards: [expect.objectContaining({ guard: 'blockingFindingsAcknowledged' })] },
      })
      expect((await world.latest(slug, doc.id)).workflowState).toBe('draft')
    },
  )
})
