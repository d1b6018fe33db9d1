import crypto from 'node:crypto'

import { APIError, type PayloadRequest, type Where } from 'payload'

// Payload's own defaults, kept so links and throttling behave as documented.
const DEFAULT_MIN_REQUEST_INTERVAL_MS = 15_000
const DEFAULT_TOKEN_LIFETIME_MS = 60 * 60 * 1000

type ResetUser = { id: number | string; email?: string | null }

/**
 * Forgot-password for the `users` collection, replacing Payload 3.90's operation.
 *
 * Payload's version opens a transaction (one pooled connection, `BEGIN`) and then writes its
 * request-interval reservation outside it, waiting for a second connection. As many concurrent
 * requests as the pool has connections leave every connection idle in transaction and the
 * whole CMS hangs. Here the reservation, token and expiry are one conditional UPDATE on the
 * request's own connection, and the email goes out afterwards, so nothing ever waits for a
 * second connection or holds one during SMTP.
 *
 * Unknown and throttled emails answer exactly like known ones: nothing tells them apart.
 */
export const forgotPassword = async (req: PayloadRequest, email: unknown): Promise<void> => {
  const sanitizedEmail = typeof email === 'string' ? email.toLowerCase().trim() : ''
  if (!sanitizedEmail) {
    throw new APIError('Body field "email" is required', 400, { field: 'email' }, true)
  }
  const { payload } = req
  const auth = payload.collections.users.config.auth
  const minRequestInterval = auth.forgotPassword?.minRequestInterval ?? DEFAULT_MIN_REQUEST_INTERVAL_MS
  const now = Date.now()
  const requestedAt = new Date(now).toISOString()
  const token = crypto.randomBytes(20).toString('hex')

  const isDue: Where = {
    or: [
      { resetPasswordRequestedAt: { exists: false } },
      { resetPasswordRequestedAt: { equals: null } },
      { resetPasswordRequestedAt: { less_than_equal: new Date(now - minRequestInterval).toISOString() } },
    ],
  }
  // One statement: atomic on its own, and on the request's transaction when it has one.
  const user = (await payload.db.updateOne({
    collection: 'users',
    data: {
      resetPasswordRequestedAt: requestedAt,
      resetPasswordToken: token,
      resetPasswordExpiration: new Date(now + (auth.forgotPassword?.expiration ?? DEFAULT_TOKEN_LIFETIME_MS)).toISOString(),
    },
    options: { atomic: true },
    req,
    where: { and: [{ email: { equals: sanitizedEmail } }, ...(minRequestInterval > 0 ? [isDue] : [])] },
  })) as ResetUser | null
  if (!user?.email) return

  // The mail goes out after the answer, so a known address takes as long as an unknown one
  // (an SMTP round trip would otherwise tell them apart).
  void sendResetEmail(req, user, token).catch(async (error: unknown) => {
    payload.logger.error({ err: error, msg: 'Could not send a password-reset email' })
    // Let the user ask again at once rather than wait out an interval for a mail that never left.
    await payload.db
      .updateOne({
        collection: 'users',
        data: { resetPasswordRequestedAt: null },
        options: { atomic: true },
        where: { and: [{ id: { equals: user.id } }, { resetPasswordRequestedAt: { equals: requestedAt } }] },
      })
      .catch(() => undefined)
  })
}

const sendResetEmail = async (req: PayloadRequest, user: ResetUser, token: string) => {
  const { config, email } = req.payload
  const forgotPasswordConfig = req.payload.collections.users.config.auth.forgotPassword
  const resetURL = `${config.serverURL}${config.routes.admin}${config.admin.routes.reset}/${token}`
  const html =
    (await forgotPasswordConfig?.generateEmailHTML?.({ req, token, user })) ??
    `${req.t('authentication:youAreReceivingResetPassword')}
    <a href="${resetURL}">${resetURL}</a>
    ${req.t('authentication:youDidNotRequestPassword')}`
  const subject =
    (await forgotPasswordConfig?.generateEmailSubject?.({ req, token, user })) ??
    req.t('authentication:resetYourPassword')
  await email.sendEmail({
    from: `"${email.defaultFromName}" <${email.defaultFromAddress}>`,
    html,
    subject,
    to: user.email!,
  })
}
