/**
 * The key of an anonymous read: everything that can change its body. Path, the query
 * parameters sorted by name (values of one name keep their order: `qs` reads arrays by
 * position) and Accept-Language (Payload picks its i18n language from it). Origin is left out:
 * it only changes CORS headers, which are set per request.
 */
export const cacheKey = (url: URL, acceptLanguage: string | null) => {
  const params = [...url.searchParams.entries()]
    .map(([name, value], index) => ({ name, value, index }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index))
    .map(({ name, value }) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&')
  return `${decodeURIComponent(url.pathname)}?${params}\n${acceptLanguage ?? ''}`
}
