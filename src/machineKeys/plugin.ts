import type { Plugin } from 'payload'

import { MachineKeys } from './MachineKeys'
import { liveForDeliveryKeys } from './liveForDeliveryKeys'
import { refuseMachineWrites } from './refuseWrites'

/** Machine keys: their collection, no write operation for them on any collection, live reads for delivery keys. */
export const machineKeysPlugin =
  (): Plugin =>
  (config) => ({
    ...config,
    collections: [...(config.collections ?? []), MachineKeys].map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseMachineWrites, liveForDeliveryKeys, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
