// Entry of the CPU worker threads (src/workers/pool.ts). Plain JavaScript resolved from the
// project root at run time, so neither Next's bundler nor vitest has to know about it; tsx
// loads the TypeScript tasks the same way under `next start`, `tsx` scripts and vitest.
import { parentPort } from 'node:worker_threads'

import { register } from 'tsx/esm/api'

register()
const { runTask } = await import('./tasks.ts')

parentPort.on('message', async ({ id, name, args }) => {
  try {
    parentPort.postMessage({ id, result: await runTask(name, args) })
  } catch (error) {
    parentPort.postMessage({
      id,
      error: { name: error?.name ?? 'Error', message: error?.message ?? String(error) },
    })
  }
})
parentPort.postMessage({ ready: true })
