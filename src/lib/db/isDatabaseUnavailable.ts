// SQLSTATE classes and codes that mean "the database cannot serve you right now", not "your
// request is wrong": connection exceptions (08), shutdown or not yet accepting (57P01-57P03),
// our own statement_timeout (57014) and idle_in_transaction_session_timeout (25P03).
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '57014', '25P03', '53300'])
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'])
const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error',
  'cannot begin transaction',
  'terminating connection',
]

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; originalError?: unknown }

const matches = (error: ErrorLike) => {
  const code = typeof error.code === 'string' ? error.code : ''
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code)) return true
  const message = typeof error.message === 'string' ? error.message : ''
  return UNAVAILABLE_MESSAGES.some((fragment) => message.includes(fragment))
}

/**
 * Whether an error (or anything it wraps: Drizzle puts the pg error in `cause`, Node's
 * connection errors nest in `errors`, GraphQL in `originalError`) says the database is unreachable or overloaded.
 */
export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const candidate = error as ErrorLike
  if (matches(candidate)) return true
  if (isDatabaseUnavailable(candidate.cause, depth + 1)) return true
  if (isDatabaseUnavailable(candidate.originalError, depth + 1)) return true
  return Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
}
