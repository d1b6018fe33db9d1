/**
 * `npm test`: unit and integration tests, then end-to-end tests in Chromium against a
 * production build. Ends with one line CI reads: "N passed, M failed".
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

type Run = { name: string; args: string[] }
type Counts = { passed: number; failed: number }

const reportDir = path.resolve('.test-reports')
const vitest = path.resolve('node_modules/.bin/vitest')
const extraArgs = process.argv.slice(2)

const runs: Run[] = [
  { name: 'unit+int', args: ['run', '--config', 'vitest.config.ts'] },
  { name: 'e2e', args: ['run', '--config', 'vitest.e2e.config.ts'] },
]

const execute = (args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(vitest, args, { stdio: 'inherit', env: process.env })
    child.on('exit', (code) => resolve(code ?? 1))
  })

const countsFrom = (reportFile: string, exitCode: number): Counts => {
  if (!fs.existsSync(reportFile)) return { passed: 0, failed: 1 }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
  const counts = { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
  // A run that crashed in setup or teardown has failed even when every test passed.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}

fs.rmSync(reportDir, { recursive: true, force: true })
fs.mkdirSync(reportDir, { recursive: true })

const total: Counts = { passed: 0, failed: 0 }
for (const run of runs) {
  const reportFile = path.join(reportDir, `${run.name}.json`)
  const started = Date.now()
  const code = await execute([
    ...run.args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ])
  const counts = countsFrom(reportFile, code)
  console.log(
    `[test] ${run.name}: ${counts.passed} passed, ${counts.failed} failed ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  total.passed += counts.passed
  total.failed += counts.failed
}

console.log(`${total.passed} passed, ${total.failed} failed`)
process.exit(total.failed > 0 ? 1 : 0)
