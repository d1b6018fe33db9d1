import type { Endpoint } from 'payload'

import { forgotPassword } from './operation'

/**
 * `POST /api/users/forgot-password`, registered before Payload's built-in route so it wins.
 * Same request and answer as Payload's.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    let body: { email?: unknown } | undefined
    try {
      body = req.json ? ((await req.json()) as { email?: unknown }) : undefined
    } catch {
      body = undefined
    }
    await forgotPassword(req, body?.email)
    return Response.json({ message: req.t('general:success') }, { status: 200 })
  },
}
