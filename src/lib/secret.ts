const DEV_SECRET = 'relief-dev-secret-do-not-use-in-production'
const MIN_SECRET_LENGTH = 32

/**
 * Tokens are signed with this secret, so production refuses to start with a missing,
 * short or well-known one rather than run with forgeable sessions.
 */
export const resolvePayloadSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  const secret = env.PAYLOAD_SECRET
  const isProduction = env.NODE_ENV === 'production'
  if (!isProduction) return secret || DEV_SECRET
  // `next build` loads the config with NODE_ENV=production but signs nothing.
  if (env.NEXT_PHASE === 'phase-production-build') return secret || DEV_SECRET
  if (!secret || secret.length < MIN_SECRET_LENGTH || secret === DEV_SECRET) {
    throw new Error(
      `PAYLOAD_SECRET must be set to a random string of at least ${MIN_SECRET_LENGTH} characters ` +
        'in production (for example: openssl rand -hex 32).',
    )
  }
  return secret
}
