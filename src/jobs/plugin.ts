import type { Plugin } from 'payload'

import { startJobRunnerInServer } from './runner'

/**
 * The jobs queue's owner: the runner that carries scheduled publishes, the re-review schedule
 * and webhook deliveries starts with the server rather than with the first API request.
 */
export const jobsPlugin = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    await config.onInit?.(payload)
    startJobRunnerInServer(payload)
  },
})
