import { addDataAndFileToRequest, APIError, type Endpoint, headersWithCors, type Payload } from 'payload'

import { clientIp } from '@/lib/rateLimit/clientIp'
import { enforceRateLimit } from '@/lib/rateLimit/enforce'

const sendResetLink = async (payload: Payload, email: string) => {
  try {
    await payload.forgotPassword({ collection: 'users', data: { email } })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not send a password-reset email' })
  }
}

/**
 * `POST /api/users/forgot-password`, in place of Payload's: limited per IP and per email, and
 * answered before the account is even looked up. The reset link is made and mailed after the
 * answer, so a known and an unknown email get the same answer in the same time.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
    if (!email) throw new APIError('Body field "email" is required', 400, { field: 'email' }, true)
    await enforceRateLimit({ payload: req.payload, route: 'forgotPassword', ip: clientIp(req.headers), account: email, req })
    void sendResetLink(req.payload, email)
    return Response.json(
      { message: req.t('general:success') },
      { status: 200, headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
