// Reports shaped as vitest 4's JSON reporter writes them (the "beforeAll failed" case was
// captured from a real run: the file is "failed", its tests "skipped", numFailedTests 0).
import { describe, expect, it } from 'vitest'

import { countsFrom } from '../../../src/bin/testCounts'

const file = (status: string, ...tests: string[]) => ({
  status,
  assertionResults: tests.map((testStatus, index) => ({ title: `should ${index}`, status: testStatus })),
})

describe('npm test counts', () => {
  it('should count passed and failed tests of a normal run', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 1,
      testResults: [file('passed', 'passed', 'passed'), file('failed', 'passed', 'failed')],
    }
    expect(countsFrom(report, 1)).toEqual({ passed: 3, failed: 1 })
  })

  it('should count the tests of a file whose beforeAll could not launch the browser as failed', () => {
    const report = {
      numPassedTests: 0,
      numFailedTests: 0,
      numPendingTests: 5,
      testResults: [file('failed', 'skipped', 'skipped', 'skipped'), file('failed', 'skipped', 'skipped')],
    }
    expect(countsFrom(report, 1)).toEqual({ passed: 0, failed: 5 })
  })

  it('should count a failed file without test results (an import error) as one failure', () => {
    const report = { numPassedTests: 4, numFailedTests: 0, testResults: [file('passed', 'passed'), file('failed')] }
    expect(countsFrom(report, 1)).toEqual({ passed: 4, failed: 1 })
  })

  it('should count a run that exited non-zero with every test passed as one failure', () => {
    expect(countsFrom({ numPassedTests: 2, numFailedTests: 0, testResults: [file('passed', 'passed', 'passed')] }, 1)).toEqual({
      passed: 2,
      failed: 1,
    })
  })

  it('should count a run without a report (globalSetup crashed) as one failure', () => {
    expect(countsFrom(undefined, 1)).toEqual({ passed: 0, failed: 1 })
  })

  it('should count a clean run as it is', () => {
    expect(countsFrom({ numPassedTests: 2, numFailedTests: 0, testResults: [file('passed', 'passed', 'passed')] }, 0)).toEqual({
      passed: 2,
      failed: 0,
    })
  })
})
