import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { checkClaims, modelName } from '../../../src/medical/claims'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const weightsPath = path.join(repoRoot, 'src/medical/claims/model/weights.json')

describe('claims model', () => {
  it(
    'should retrain to the committed weights byte for byte',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-model-'))
      try {
        const output = path.join(dir, 'weights.json')
        execFileSync(process.execPath, ['--import', 'tsx', 'src/medical/claims/training/train.ts', output], {
          cwd: repoRoot,
          stdio: 'pipe',
        })
        expect(fs.readFileSync(output).equals(fs.readFileSync(weightsPath))).toBe(true)
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
    240_000,
  )

  it('should report kind, confidence and source on every finding', () => {
    const findings = checkClaims('Massage cures sciatica. Our oils work wonders on every ache.')
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(finding.kind).toBeTruthy()
      expect(finding.confidence).toBeGreaterThan(0)
      expect(finding.confidence).toBeLessThanOrEqual(1)
      expect(finding.source).toMatch(/^(?:rule:[a-z0-9-]+|model:claims-lr-[0-9a-f]{8})$/)
    }
    expect(modelName).toMatch(/^claims-lr-[0-9a-f]{8}$/)
  })

  it('should give the same findings on every run (deterministic)', () => {
    const text = 'Why put up with pain when one visit sorts it out? Some people find massage relaxing.'
    expect(checkClaims(text)).toEqual(checkClaims(text))
  })
})
