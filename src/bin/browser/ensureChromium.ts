// A Chromium for `npm test`'s end-to-end part: found (findChromium), or installed the way this
// image installs software when we may (root with apt-get: Debian's `chromium`), or a one-line
// instruction the test runner prints and counts as a failed e2e suite.
import { spawnSync } from 'node:child_process'

import { type Env, findChromium, findOnPath } from './findChromium'

export type EnsuredChromium = { path: string; installed: boolean } | { path?: undefined; instruction: string }

export interface EnsureChromiumOptions {
  env?: Env
  isRoot?: boolean
  log?: (line: string) => void
}

const INSTALL_STEPS = [
  ['update', '-q'],
  ['install', '-y', '-q', 'chromium'],
]

const instructionFor = (problem: string) =>
  `No Chromium for the e2e tests (${problem}): run \`apt-get install -y chromium\` as root, or set CHROMIUM_PATH to a Chromium or Chrome executable.`

export function ensureChromium({
  env = process.env,
  isRoot = process.getuid?.() === 0,
  log = console.log,
}: EnsureChromiumOptions = {}): EnsuredChromium {
  const found = findChromium(env)
  if (found.path !== undefined) return { path: found.path, installed: false }
  // A broken CHROMIUM_PATH is the user's explicit choice: say so rather than install another browser.
  const aptGet = env.CHROMIUM_PATH ? undefined : findOnPath('apt-get', env)
  if (!isRoot || !aptGet) return { instruction: instructionFor(found.problem) }

  log(`[test] No Chromium found (${found.problem}); installing Debian's chromium as root:`)
  for (const args of INSTALL_STEPS) {
    log(`[test] $ apt-get ${args.join(' ')}`)
    const result = spawnSync(aptGet, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) {
      return { instruction: instructionFor(`apt-get ${args[0]} exited with ${result.status ?? result.signal}`) }
    }
  }
  const installed = findChromium(env)
  return installed.path !== undefined
    ? { path: installed.path, installed: true }
    : { instruction: instructionFor(`apt-get installed chromium but ${installed.problem}`) }
}
