'use client'

/** JSON from our own API with the session cookie; throws the server's plain-words message. */
export const callApi = async <T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
  const response = await fetch(`/api${path}`, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) throw new Error(json?.errors?.[0]?.message ?? `Request failed (${response.status})`)
  return json as T
}

/** "3 h", "2 d": how long something has waited. */
export const ageOf = (iso: string | null | undefined, now = Date.now()) => {
  if (!iso) return ''
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.round(minutes / 60)
  if (hours < 48) return `${hours} h`
  return `${Math.round(hours / 24)} d`
}
