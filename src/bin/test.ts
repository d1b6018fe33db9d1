/**
 * `npm test`: unit and integration tests, then end-to-end tests in Chromium against a
 * production build. Ends with one line CI reads: "N passed, M failed".
 *
 * The e2e part needs a Chromium (./browser/ensureChromium: found, or installed as root with
 * apt-get); without one it is not started and each of its files counts as one failed test.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ensureChromium } from './browser/ensureChromium'
import { type Counts, countsFrom } from './testCounts'

/** `browserTests`: the folder of tests that need Chromium (the run is skipped without one). */
type Run = { name: string; args: string[]; browserTests?: string }

const reportDir = path.resolve('.test-reports')
const vitest = path.resolve('node_modules/.bin/vitest')
const extraArgs = process.argv.slice(2)

const runs: Run[] = [
  { name: 'unit+int', args: ['run', '--config', 'vitest.config.ts'] },
  { name: 'e2e', args: ['run', '--config', 'vitest.e2e.config.ts'], browserTests: 'tests/e2e' },
]

const execute = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<number>((resolve) => {
    const child = spawn(vitest, args, { stdio: 'inherit', env })
    child.on('exit', (code) => resolve(code ?? 1))
  })

const readReport = (reportFile: string) =>
  fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : undefined

const countTestFiles = (dir: string): number =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(?:test|e2e)\.ts$/.test(name)).length

fs.rmSync(reportDir, { recursive: true, force: true })
fs.mkdirSync(reportDir, { recursive: true })

const total: Counts = { passed: 0, failed: 0 }
for (const run of runs) {
  const reportFile = path.join(reportDir, `${run.name}.json`)
  const started = Date.now()
  const env = { ...process.env }
  if (run.browserTests) {
    const browser = ensureChromium()
    if (browser.path === undefined) {
      const failed = Math.max(1, countTestFiles(run.browserTests))
      console.log(`[test] ${run.name}: ${browser.instruction}`)
      console.log(`[test] ${run.name}: not started, 0 passed, ${failed} failed (one per test file)`)
      total.failed += failed
      continue
    }
    console.log(`[test] ${run.name}: Chromium at ${browser.path}${browser.installed ? ' (just installed)' : ''}`)
    env.CHROMIUM_PATH = browser.path
  }
  const code = await execute([
    ...run.args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ], env)
  const counts = countsFrom(readReport(reportFile), code)
  console.log(
    `[test] ${run.name}: ${counts.passed} passed, ${counts.failed} failed ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  total.passed += counts.passed
  total.failed += counts.failed
}

console.log(`${total.passed} passed, ${total.failed} failed`)
process.exit(total.failed > 0 ? 1 : 0)
