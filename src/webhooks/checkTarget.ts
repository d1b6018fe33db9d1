import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { isPrivateAddress } from './isPrivateAddress'
import { isPrivateTargetAllowed } from './settings'

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '')

/**
 * Why a webhook URL is not acceptable, or undefined. Only http(s); no private, loopback or
 * link-local address, literal or after DNS resolution, unless WEBHOOKS_ALLOW_PRIVATE. A name
 * that does not resolve now is accepted: every delivery checks the address it connects to.
 */
export const checkTarget = async (value: unknown): Promise<string | undefined> => {
  if (typeof value !== 'string' || !value.trim()) return 'url is required'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'url must be an absolute http:// or https:// URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url must use http:// or https://'
  if (isPrivateTargetAllowed()) return undefined
  const host = hostOf(url)
  if (isIP(host)) return isPrivateAddress(host) ? `url points to a private or loopback address (${host})` : undefined
  let addresses: { address: string }[]
  try {
    addresses = await lookup(host, { all: true })
  } catch {
    return undefined
  }
  const inside = addresses.find(({ address }) => isPrivateAddress(address))
  return inside ? `url resolves to a private or loopback address (${host} → ${inside.address})` : undefined
}
