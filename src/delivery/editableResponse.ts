/**
 * A Response whose headers can be edited in place. Payload's handlers answer with Responses they
 * built (their headers are editable), so those are used as they are, without copying headers or
 * body. A Response from fetch() or Response.redirect() has immutable headers: only that one is
 * copied.
 */
export const editableResponse = (response: Response): Response => {
  try {
    // Throws on immutable headers before changing anything; the delivery rules set this anew.
    response.headers.delete('Surrogate-Key')
    return response
  } catch {
    const copy = new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: new Headers(response.headers),
    })
    copy.headers.delete('Surrogate-Key')
    return copy
  }
}
