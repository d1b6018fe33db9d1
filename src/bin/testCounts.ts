// Pass/fail counts of one vitest run, from its JSON report and exit code. A suite that could
// not start must never look like "0 passed, 0 failed".

export type Counts = { passed: number; failed: number }

type FileReport = { status?: string; assertionResults?: { status?: string }[] }
type JsonReport = { numPassedTests?: number; numFailedTests?: number; testResults?: FileReport[] }

/**
 * Tests of a file that failed before they ran (a `beforeAll` that could not launch the
 * browser or reach the server) are reported as skipped: they count as failed, and a failed
 * file without any test result counts as one failure.
 */
const failedInBrokenFile = (file: FileReport): number => {
  if (file.status !== 'failed') return 0
  const results = file.assertionResults ?? []
  if (results.length === 0) return 1
  return results.filter((result) => result.status !== 'passed' && result.status !== 'failed').length
}

/** `report` is the parsed JSON report, or undefined when the run wrote none. */
export function countsFrom(report: JsonReport | undefined, exitCode: number): Counts {
  if (!report) return { passed: 0, failed: 1 }
  const files = report.testResults ?? []
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + files.reduce((sum, file) => sum + failedInBrokenFile(file), 0),
  }
  // A run that crashed in setup or teardown has failed even when every test passed.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}
