/** `npx tsx examples/graphql-codegen/generate.ts` rewrites generated.ts after schema changes. */
import { writeFile } from 'node:fs/promises'

import { GENERATED_FILE, generateTypes } from './codegen'

await writeFile(GENERATED_FILE, await generateTypes())
