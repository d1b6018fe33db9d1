// ensureChromium on a made-up machine whose PATH holds a real `apt-get` shell script: it
// records its arguments and, on `install`, puts an executable `chromium` on the PATH the way
// Debian's package does. Nothing here touches the real apt or browser.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ensureChromium } from '../../../src/bin/browser/ensureChromium'
import type { Env } from '../../../src/bin/browser/findChromium'

let root: string
let lines: string[]

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-ensure-chromium-'))
  fs.mkdirSync(path.join(root, 'bin'))
  fs.mkdirSync(path.join(root, 'home'))
  lines = []
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

const aptLog = () => path.join(root, 'apt.log')
const browser = () => path.join(root, 'bin', 'chromium')

/** A fake apt-get: logs "$@" and DEBIAN_FRONTEND; `install` creates bin/chromium unless told to fail. */
const fakeAptGet = ({ exitCode = 0, createsBrowser = true } = {}) => {
  const file = path.join(root, 'bin', 'apt-get')
  fs.writeFileSync(
    file,
    [
      '#!/bin/sh',
      `echo "$* [$DEBIAN_FRONTEND]" >> '${aptLog()}'`,
      createsBrowser ? `if [ "$1" = install ]; then printf '#!/bin/sh\\n' > '${browser()}'; /bin/chmod 755 '${browser()}'; fi` : '',
      `exit ${exitCode}`,
      '',
    ].join('\n'),
  )
  fs.chmodSync(file, 0o755)
}

const env = (extra: Env = {}): Env => ({
  // Only the temp bin: the script uses shell built-ins and /bin/chmod by its full path.
  PATH: path.join(root, 'bin'),
  HOME: path.join(root, 'home'),
  ...extra,
})

const aptCalls = () => (fs.existsSync(aptLog()) ? fs.readFileSync(aptLog(), 'utf8').trim().split('\n') : [])
const log = (line: string) => lines.push(line)

describe('ensureChromium', () => {
  it('should return a browser already on PATH without running apt-get', () => {
    fakeAptGet()
    fs.writeFileSync(browser(), '#!/bin/sh\n')
    fs.chmodSync(browser(), 0o755)
    expect(ensureChromium({ env: env(), isRoot: true, log })).toEqual({ path: browser(), installed: false })
    expect(aptCalls()).toEqual([])
  })

  it("should install Debian's chromium as root with apt-get, printing each command", () => {
    fakeAptGet()
    expect(ensureChromium({ env: env(), isRoot: true, log })).toEqual({ path: browser(), installed: true })
    expect(aptCalls()).toEqual(['update -q [noninteractive]', 'install -y -q chromium [noninteractive]'])
    expect(lines).toEqual([
      expect.stringMatching(/^\[test\] No Chromium found \(no chromium, .*\); installing Debian's chromium as root:$/),
      '[test] $ apt-get update -q',
      '[test] $ apt-get install -y -q chromium',
    ])
  })

  it('should give a one-line instruction and run nothing when not root', () => {
    fakeAptGet()
    const result = ensureChromium({ env: env(), isRoot: false, log })
    expect(result.path).toBeUndefined()
    expect(result).toEqual({
      instruction: expect.stringMatching(/^No Chromium for the e2e tests \(.+\): run `apt-get install -y chromium` as root, or set CHROMIUM_PATH to a Chromium or Chrome executable\.$/),
    })
    expect(aptCalls()).toEqual([])
    expect(lines).toEqual([])
  })

  it('should give the instruction when apt-get is not on PATH, even as root', () => {
    expect(ensureChromium({ env: env(), isRoot: true, log })).toEqual({
      instruction: expect.stringContaining('run `apt-get install -y chromium` as root'),
    })
  })

  it('should stop at the first failing apt-get step and say which one failed', () => {
    fakeAptGet({ exitCode: 100 })
    expect(ensureChromium({ env: env(), isRoot: true, log })).toEqual({
      instruction: expect.stringContaining('(apt-get update exited with 100)'),
    })
    expect(aptCalls()).toEqual(['update -q [noninteractive]'])
  })

  it('should fail when apt-get succeeds but no browser appears', () => {
    fakeAptGet({ createsBrowser: false })
    expect(ensureChromium({ env: env(), isRoot: true, log })).toEqual({
      instruction: expect.stringContaining('apt-get installed chromium but no chromium'),
    })
  })

  it('should not install over a broken CHROMIUM_PATH, and name it', () => {
    fakeAptGet()
    const missing = path.join(root, 'nowhere', 'chrome')
    expect(ensureChromium({ env: env({ CHROMIUM_PATH: missing }), isRoot: true, log })).toEqual({
      instruction: expect.stringContaining(`(CHROMIUM_PATH=${missing} is not an executable file)`),
    })
    expect(aptCalls()).toEqual([])
  })
})
