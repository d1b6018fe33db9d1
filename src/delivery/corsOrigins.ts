/** Origins allowed to read the API from a browser: `CORS_ORIGINS`, a comma list; none by default. */
export const corsOrigins = (value = process.env.CORS_ORIGINS): string[] =>
  (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)
