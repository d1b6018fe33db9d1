/**
 * One measured run of the import benchmark, in its own process against DATABASE_URL (the
 * Payload config binds the database when it is loaded). `reference` creates plain draft
 * articles through the Local API; `import` imports the generated files. Prints one JSON line.
 */
import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'

import config from '../payload.config'
import { fileSource } from '../src/import/files'
import { Importer } from '../src/import/importer'
import { markdownToLexical } from '../src/lib/markdownToLexical'
import { generateArticles } from './generate'

const [mode, dir] = process.argv.slice(2)
const TECHNIQUES = ['Swedish massage', 'Deep tissue massage', 'Trigger point therapy', 'Myofascial release', 'Hot stone massage', 'Neuromuscular therapy', 'Tennis ball glute release', 'Foam rolling for the hamstrings and IT band']

const payload = await getPayload({ config })
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const rssBefore = rssMb()
let result: Record<string, unknown>

if (mode === 'reference') {
  const count = Number(dir)
  // One generated article's body, converted once before the clock starts: the reference measures the writes alone.
  const sample = generateArticles(3).find((article) => article.name.endsWith('.md'))!
  const body = await markdownToLexical(payload, sample.content.replace(/^# .*\n/, ''))
  const started = performance.now()
  for (let index = 0; index < count; index += 1) {
    await payload.create({
      collection: 'articles',
      draft: true,
      depth: 0,
      data: { title: `Reference article ${index + 1}`, excerpt: 'A plain article created without parsing.', body } as never,
    })
  }
  result = { mode, count, ms: performance.now() - started }
} else {
  for (const name of TECHNIQUES) await payload.create({ collection: 'techniques', data: { name, category: 'professional' } as never })
  const files = fs.readdirSync(dir!).sort().map((name) => path.join(dir!, name))
  const started = performance.now()
  const cpu0 = process.cpuUsage()
  const importer = await Importer.create(payload, { concurrency: Number(process.env.IMPORT_CONCURRENCY) || undefined })
  const summary = await importer.importAll(files.map(fileSource))
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpu0)
  console.error('CPU user+sys ms', (cpu.user + cpu.system) / 1000, 'wall', ms)
  const count = async (collection: 'articles' | 'faqs' | 'disclaimers' | 'therapists') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  result = {
    mode,
    count: files.length,
    ms,
    totals: summary.totals,
    failures: summary.rows.filter((row) => row.result === 'failed').slice(0, 5).map((row) => `${row.file}: ${row.reason}`),
    stored: {
      articles: await count('articles'),
      faqs: await count('faqs'),
      disclaimers: await count('disclaimers'),
      therapists: await count('therapists'),
      articlesLinkedToTechniques: summary.rows.filter((row) => row.techniques > 0).length,
      claimsFindings: summary.rows.reduce((sum, row) => sum + row.claims, 0),
    },
  }
}
await payload.destroy()
process.stdout.write(`${JSON.stringify({ ...result, rssBeforeMb: rssBefore, peakRssMb: rssMb() })}\n`, () => process.exit(0))
