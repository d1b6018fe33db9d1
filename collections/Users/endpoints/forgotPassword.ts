import { addDataAndFileToRequest, APIError, type Endpoint, headersWithCors } from 'payload'

import { forgotPassword } from '@/auth/forgotPassword/operation'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { enforceRateLimit } from '@/lib/rateLimit/enforce'

/**
 * `POST /api/users/forgot-password`, in place of Payload's: limited per IP and per email, and
 * answered with the same body after the same single statement for known and unknown emails;
 * the reset link is mailed after the answer, so neither the shape nor the time tells them apart.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
    if (!email) throw new APIError('Body field "email" is required', 400, { field: 'email' }, true)
    await enforceRateLimit({ payload: req.payload, route: 'forgotPassword', ip: clientIp(req.headers), account: email, req })
    // One conditional UPDATE on this request's connection (Payload 3.90's own operation waits
    // for a second pooled connection inside its transaction); the mail leaves after the answer.
    await forgotPassword(req, email)
    return Response.json(
      { message: req.t('general:success') },
      { status: 200, headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
