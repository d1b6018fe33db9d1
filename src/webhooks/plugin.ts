import type { Plugin } from 'payload'

import { addLiveChangeHook } from '@/workflow/liveChanges'

import { installAtomicJobClaim } from './claimJobs'
import { deliverWebhookTask } from './deliverTask'
import { queueWebhooksForLiveChange } from './liveChangeHook'
import { WebhookDeliveries } from './WebhookDeliveries'
import { Webhooks } from './Webhooks'

/**
 * Webhooks: the admin-only `webhooks` and `webhook-deliveries` collections, the delivery task
 * on the jobs queue, a live-change hook that queues deliveries inside the changing
 * transaction, and a job claim that holds across instances.
 */
export const webhooksPlugin =
  (): Plugin =>
  (incoming) => {
    const config = addLiveChangeHook(incoming, queueWebhooksForLiveChange)
    return {
      ...config,
      collections: [...(config.collections ?? []), Webhooks, WebhookDeliveries],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask] },
      onInit: async (payload) => {
        installAtomicJobClaim(payload)
        await config.onInit?.(payload)
      },
    }
  }
