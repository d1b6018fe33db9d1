/**
 * `npm run generate:contract`: writes schema.graphql and openapi.json at the repository root
 * from the config (no database needed). `-- --check` writes nothing and exits 1 when a
 * committed file differs from what the config produces.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import config from '@payload-config'

import { contractFiles } from '../contract/files'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const isCheck = process.argv.includes('--check')

const files = contractFiles(await config)
const stale: string[] = []
for (const [name, text] of Object.entries(files)) {
  const target = path.join(root, name)
  const current = await readFile(target, 'utf8').catch(() => undefined)
  if (current === text) continue
  if (isCheck) stale.push(name)
  else {
    await writeFile(target, text)
    console.log(`wrote ${name}`)
  }
}
if (stale.length > 0) {
  console.error(`Stale contract files: ${stale.join(', ')}. Run npm run generate:contract and commit them.`)
  process.exit(1)
}
process.exit(0)
