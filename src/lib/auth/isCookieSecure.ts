/** Secure cookies in production; `COOKIE_SECURE=false` for a plain-http run of a production build. */
export const isCookieSecure = (env: NodeJS.ProcessEnv = process.env) =>
  env.COOKIE_SECURE ? env.COOKIE_SECURE !== 'false' : env.NODE_ENV === 'production'
