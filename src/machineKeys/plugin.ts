import type { Plugin } from 'payload'

import { MachineKeys } from './MachineKeys'
import { refuseMachineWrites } from './refuseWrites'

/** Machine keys: their collection, and no write operation for them on any collection. */
export const machineKeysPlugin =
  (): Plugin =>
  (config) => ({
    ...config,
    collections: [...(config.collections ?? []), MachineKeys].map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseMachineWrites, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
