import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { postgresBinDir } from '../../../src/lib/db/postgresBinaries'

describe('postgresBinDir', () => {
  it('should point at the installed initdb and postgres executables inside node_modules', () => {
    const dir = postgresBinDir()
    expect(dir).toBeDefined()
    expect(dir!.split(path.sep)).toContain('node_modules')
    for (const name of ['initdb', 'postgres', 'pg_ctl']) {
      expect(() => fs.accessSync(path.join(dir!, name), fs.constants.X_OK), name).not.toThrow()
    }
  })
})
