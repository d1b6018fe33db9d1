// The browser finder against a made-up machine: temp folders on PATH holding real
// executable scripts, and a fake HOME with a Playwright cache.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type Env, findChromium } from '../../../src/bin/browser/findChromium'

let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-chromium-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** A real shell script at `relative` under the temp root; `mode` 0o644 makes it non-executable. */
const script = (relative: string, mode = 0o755): string => {
  const file = path.join(root, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, '#!/bin/sh\necho fake-browser\n')
  fs.chmodSync(file, mode)
  return file
}

const dir = (relative: string): string => {
  const full = path.join(root, relative)
  fs.mkdirSync(full, { recursive: true })
  return full
}

const pathOf = (...dirs: string[]) => dirs.map((name) => path.join(root, name)).join(path.delimiter)

/** A machine with only what the test puts there: no real PATH, an empty HOME. */
const machine = (env: Env) => ({ HOME: dir('home'), PATH: '', ...env })

describe('findChromium', () => {
  it('should use CHROMIUM_PATH when it names an executable file', () => {
    const chosen = script('opt/my-chrome')
    script('bin/chromium')
    expect(findChromium(machine({ CHROMIUM_PATH: chosen, PATH: pathOf('bin') }))).toEqual({
      path: chosen,
      source: 'CHROMIUM_PATH',
    })
  })

  it('should report a CHROMIUM_PATH that cannot run instead of picking another browser', () => {
    const notExecutable = script('opt/chrome', 0o644)
    script('bin/chromium')
    expect(findChromium(machine({ CHROMIUM_PATH: notExecutable, PATH: pathOf('bin') }))).toEqual({
      problem: `CHROMIUM_PATH=${notExecutable} is not an executable file`,
    })
    expect(findChromium(machine({ CHROMIUM_PATH: path.join(root, 'missing') }))).toEqual({
      problem: `CHROMIUM_PATH=${path.join(root, 'missing')} is not an executable file`,
    })
  })

  it.each(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'])(
    'should find %s on PATH',
    (name) => {
      const found = script(`bin/${name}`)
      expect(findChromium(machine({ PATH: pathOf('empty', 'bin') }))).toEqual({ path: found, source: 'PATH' })
    },
  )

  it("should prefer Debian's chromium over Google Chrome, whatever the PATH order", () => {
    script('first/google-chrome')
    const chromium = script('second/chromium')
    expect(findChromium(machine({ PATH: pathOf('first', 'second') }))).toEqual({ path: chromium, source: 'PATH' })
  })

  it('should skip PATH entries that are not executable files', () => {
    script('a/chromium', 0o644)
    dir('b/chromium')
    const chrome = script('c/google-chrome')
    expect(findChromium(machine({ PATH: pathOf('a', 'b', 'c') }))).toEqual({ path: chrome, source: 'PATH' })
  })

  it("should find the newest full Chromium in Playwright's cache under HOME", () => {
    script('home/.cache/ms-playwright/chromium-1100/chrome-linux/chrome')
    const newest = script('home/.cache/ms-playwright/chromium-1180/chrome-linux64/chrome')
    script('home/.cache/ms-playwright/chromium_headless_shell-1200/chrome-linux/headless_shell')
    dir('home/.cache/ms-playwright/firefox-1500')
    expect(findChromium(machine({}))).toEqual({ path: newest, source: 'playwright cache' })
  })

  it('should use the headless shell when it is the only Playwright browser, and honour PLAYWRIGHT_BROWSERS_PATH', () => {
    script('home/.cache/ms-playwright/chromium-1100/chrome-linux/chrome')
    const shell = script('browsers/chromium_headless_shell-1200/chrome-headless-shell-linux64/chrome-headless-shell')
    expect(findChromium(machine({ PLAYWRIGHT_BROWSERS_PATH: path.join(root, 'browsers') }))).toEqual({
      path: shell,
      source: 'playwright cache',
    })
  })

  it('should prefer a browser on PATH over the Playwright cache', () => {
    script('home/.cache/ms-playwright/chromium-1100/chrome-linux/chrome')
    const onPath = script('bin/chromium-browser')
    expect(findChromium(machine({ PATH: pathOf('bin') }))).toEqual({ path: onPath, source: 'PATH' })
  })

  it('should say what it looked for when there is no browser', () => {
    script('bin/firefox')
    script('home/.cache/ms-playwright/chromium-1100/chrome-linux/not-chrome')
    expect(findChromium(machine({ PATH: pathOf('bin') }))).toEqual({
      problem: "no chromium, chromium-browser, google-chrome, google-chrome-stable on PATH and no Chromium in Playwright's cache",
    })
  })
})
