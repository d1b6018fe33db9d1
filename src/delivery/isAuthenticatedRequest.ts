/**
 * Whether a request carries any credential Payload would read: an Authorization header (JWT,
 * Bearer or API key) or a Payload session cookie. Decided on the request, not on the result,
 * so even a rejected credential never earns a publicly cached answer.
 */
export const isAuthenticatedRequest = (request: Request, cookiePrefix = 'payload') => {
  if (request.headers.get('Authorization')) return true
  const cookie = request.headers.get('Cookie') ?? ''
  return cookie.split(';').some((part) => part.trim().startsWith(`${cookiePrefix}-token=`))
}
