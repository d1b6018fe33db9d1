/**
 * `npm run eval:seeds -- <dir>`: runs the importer's structure detector and the claims checker
 * over a folder of scraped articles (.txt, .md) and prints one row per article. Nothing is
 * written and no database is needed; it is an evaluation, not part of `npm test`.
 */
import { evaluateDirectory, renderEvaluation } from '../import/evaluate'

const USAGE = 'Usage: npm run eval:seeds -- <folder of .txt/.md articles>'
const [dir, ...rest] = process.argv.slice(2)

if (!dir || rest.length > 0 || dir === '--help') {
  console.error(USAGE)
  process.exit(2)
}

try {
  console.log(renderEvaluation(evaluateDirectory(dir)))
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`)
  process.exit(2)
}
