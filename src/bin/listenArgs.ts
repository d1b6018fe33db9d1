type Env = Record<string, string | undefined>

/**
 * `next start`/`next dev` arguments for the listen address: PORT (default 3000) and HOST
 * (unset: Next's default, every interface; e.g. HOST=127.0.0.1 behind a local reverse proxy).
 */
export const listenArgs = (env: Env = process.env): string[] => {
  const port = env.PORT || '3000'
  const host = env.HOST?.trim()
  return host ? ['-p', port, '-H', host] : ['-p', port]
}

/** The address to print for people: a wildcard host is reached as localhost. */
export const displayHost = (env: Env = process.env) => {
  const host = env.HOST?.trim()
  if (!host || host === '0.0.0.0' || host === '::') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}
