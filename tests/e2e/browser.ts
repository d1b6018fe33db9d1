import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'

import { findChromium } from '../../src/bin/browser/findChromium'

/** A system or Playwright-cached Chromium (npm cannot download a browser build on this network). */
const chromiumPath = (): string => {
  const found = findChromium()
  if (found.path !== undefined) return found.path
  throw new Error(`No Chromium for the e2e tests (${found.problem}): run \`npm test\` (as root it installs Debian's chromium) or set CHROMIUM_PATH.`)
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

export const signIn = async (page: Page, email: string, password = 'relief-dev-password') => {
  await page.goto(`${inject('baseURL')}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}

/** A signed-in page in a browser context of its own (its own cookies, so two users can work side by side). */
export const openAs = async (browser: Browser, email: string) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  await signIn(page, email)
  return { context, page }
}

const SCREENSHOTS = path.resolve('.test-reports/screenshots')

/** Saves `.test-reports/screenshots/<name>.png`, which CI keeps as an artifact. */
export const screenshot = async (page: Page, name: string, { isFullPage = true } = {}) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: isFullPage })
}
