// Where a Chromium for the end-to-end tests can be: the one named by CHROMIUM_PATH, a
// Chromium or Chrome on PATH (Debian's `chromium`, Ubuntu's `chromium-browser`, Google's
// builds), or one Playwright downloaded into its cache. Every input comes from `env`, so a
// caller (or a test) decides what "this machine" looks like.
import fs from 'node:fs'
import path from 'node:path'

/** Environment variables as read here; `process.env` or a made-up machine's. */
export type Env = Readonly<Record<string, string | undefined>>

export type ChromiumSource = 'CHROMIUM_PATH' | 'PATH' | 'playwright cache'

export type ChromiumLookup =
  | { path: string; source: ChromiumSource }
  | { path?: undefined; problem: string }

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const

/** Executables inside a Playwright browser folder, newest layout first. */
const PLAYWRIGHT_EXECUTABLES = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-headless-shell-linux64/chrome-headless-shell',
  'chrome-linux/headless_shell',
]

export const isExecutableFile = (file: string): boolean => {
  try {
    if (!fs.statSync(file).isFile()) return false
    fs.accessSync(file, fs.constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first `name` in the PATH directories of `env` that is an executable file. */
export const findOnPath = (name: string, env: Env): string | undefined =>
  (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find(isExecutableFile)

const revisionOf = (folder: string): number => Number(/-(\d+)$/.exec(folder)?.[1] ?? -1)

/** Playwright keeps browsers in `chromium-<revision>` (and headless-shell) folders; the newest wins. */
export const findInPlaywrightCache = (env: Env): string | undefined => {
  const cache = env.PLAYWRIGHT_BROWSERS_PATH || (env.HOME ? path.join(env.HOME, '.cache', 'ms-playwright') : undefined)
  if (!cache || !fs.existsSync(cache)) return undefined
  const folders = fs
    .readdirSync(cache)
    .filter((name) => /^chromium(?:_headless_shell)?-\d+$/.test(name))
    // Full Chromium before the headless shell, then the newest revision.
    .sort((a, b) => Number(a.includes('headless')) - Number(b.includes('headless')) || revisionOf(b) - revisionOf(a))
  for (const folder of folders) {
    const found = PLAYWRIGHT_EXECUTABLES.map((relative) => path.join(cache, folder, relative)).find(isExecutableFile)
    if (found) return found
  }
  return undefined
}

export function findChromium(env: Env = process.env): ChromiumLookup {
  const chosen = env.CHROMIUM_PATH
  if (chosen) {
    // An explicit choice that does not work is an error, not a reason to pick another browser.
    return isExecutableFile(chosen)
      ? { path: chosen, source: 'CHROMIUM_PATH' }
      : { problem: `CHROMIUM_PATH=${chosen} is not an executable file` }
  }
  for (const name of BROWSER_NAMES) {
    const found = findOnPath(name, env)
    if (found) return { path: found, source: 'PATH' }
  }
  const cached = findInPlaywrightCache(env)
  if (cached) return { path: cached, source: 'playwright cache' }
  return { problem: `no ${BROWSER_NAMES.join(', ')} on PATH and no Chromium in Playwright's cache` }
}
