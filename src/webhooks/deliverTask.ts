import type { Payload, TaskConfig } from 'payload'

import { DELIVER_WEBHOOK_TASK, type DeliveryStatus, WEBHOOK_DELIVERIES, WEBHOOKS } from './events'
import { send } from './send'
import { deliveryTimeoutMs, isPrivateTargetAllowed, maxAttempts, retryDelayMs } from './settings'
import { signatureHeader } from './sign'
import { RefusedTargetError } from './targetError'

type DeliverIO = {
  input: { delivery: number | string }
  output: { status: DeliveryStatus; responseCode?: number | null }
}

type DeliveryRow = { id: number; webhook: number | { id: number }; event: string; body: string; attempts?: number | null; status?: string }
type WebhookRow = { id: number; url: string; secret: string; active?: boolean | null }

/** Written outside the job's transaction, so the log keeps every attempt even when the job fails. */
const record = (payload: Payload, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: WEBHOOK_DELIVERIES, id, data, depth: 0, overrideAccess: true })

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Sends one logged delivery: signs the stored body with a fresh timestamp, POSTs it, and writes
 * the attempt into the log. A 2xx succeeds; a refused target or a redirect fails for good; any
 * other answer, a network error or a timeout throws, and Payload's queue retries it with
 * exponential backoff (WEBHOOKS_RETRY_DELAY_MS, doubled each time) up to WEBHOOKS_MAX_ATTEMPTS.
 */
export const deliverWebhookTask: TaskConfig<DeliverIO> = {
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Deliver a webhook',
  retries: { attempts: maxAttempts() - 1, backoff: { type: 'exponential', delay: retryDelayMs() } },
  inputSchema: [{ name: 'delivery', type: 'number', required: true }],
  outputSchema: [
    { name: 'status', type: 'text', required: true },
    { name: 'responseCode', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    const delivery = (await payload.findByID({
      collection: WEBHOOK_DELIVERIES,
      id: input.delivery,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as DeliveryRow | null
    if (!delivery) return { output: { status: 'failed' } }
    const webhookId = typeof delivery.webhook === 'object' ? delivery.webhook.id : delivery.webhook
    const webhook = (await payload.findByID({
      collection: WEBHOOKS,
      id: webhookId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as WebhookRow | null

    const attempts = (delivery.attempts ?? 0) + 1
    const startedAt = new Date()
    if (!webhook) {
      await record(payload, delivery.id, { status: 'failed', attempts, error: 'The webhook no longer exists', lastAttemptAt: startedAt.toISOString() })
      return { output: { status: 'failed' } }
    }

    let responseCode: number | null = null
    let error: string | null = null
    let status: DeliveryStatus
    try {
      const result = await send(webhook.url, {
        body: delivery.body,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Relief-Webhooks/1',
          'X-Relief-Event': delivery.event,
          'X-Relief-Delivery': String(delivery.id),
          'X-Relief-Signature': signatureHeader(webhook.secret, delivery.body, startedAt),
        },
        timeoutMs: deliveryTimeoutMs(),
        isPrivateAllowed: isPrivateTargetAllowed(),
      })
      responseCode = result.status
      if (result.status >= 200 && result.status < 300) status = 'succeeded'
      else if (result.status >= 300 && result.status < 400) {
        status = 'failed'
        error = `Answered ${result.status} (redirects are not followed${result.location ? `; Location: ${result.location}` : ''})`
      } else {
        status = 'retrying'
        error = `Answered ${result.status}`
      }
    } catch (thrown) {
      error = messageOf(thrown)
      status = thrown instanceof RefusedTargetError ? 'refused' : 'retrying'
    }
    const isRetryable = status === 'retrying'
    if (isRetryable && attempts >= maxAttempts()) status = 'failed'

    await record(payload, delivery.id, {
      status,
      attempts,
      responseCode,
      error,
      durationMs: Date.now() - startedAt.getTime(),
      lastAttemptAt: startedAt.toISOString(),
      ...(status === 'succeeded' ? { deliveredAt: new Date().toISOString() } : {}),
    })
    // Throwing is what makes the queue retry (and, on the last attempt, marks the job failed).
    if (isRetryable) {
      throw new Error(`Webhook delivery #${delivery.id} attempt ${attempts}: ${error}`)
    }
    return { output: { status, responseCode } }
  },
}
