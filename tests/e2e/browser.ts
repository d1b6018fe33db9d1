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
