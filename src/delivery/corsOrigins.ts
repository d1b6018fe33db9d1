/** Parsed once per distinct value: the cache's early answer asks on every hit. */
let parsed: { value: string | undefined; origins: string[] } | null = null

/** Origins allowed to read the API from a browser: `CORS_ORIGINS`, a comma list; none by default. */
export const corsOrigins = (value = process.env.CORS_ORIGINS): string[] => {
  if (parsed && parsed.value === value) return parsed.origins
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  parsed = { value, origins }
  return origins
}
