import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'

import { isPrivateAddress } from './isPrivateAddress'
import { RefusedTargetError } from './targetError'

export type SendResult = { status: number; location?: string }

/**
 * Resolves like the operating system, then refuses private addresses. Used as the socket's
 * own lookup, so the address checked is the address connected to (no DNS rebinding between a
 * check and the request).
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4)
    const list = addresses as unknown as LookupAddress[]
    const inside = list.find(({ address }) => isPrivateAddress(address))
    if (inside || list.length === 0) {
      return callback(new RefusedTargetError(`${hostname} resolves to a private or loopback address (${inside?.address ?? 'none'})`) as NodeJS.ErrnoException, '', 4)
    }
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list)
    callback(null, list[0].address, list[0].family)
  })
}

/**
 * One POST with a hard time limit. Redirects are not followed (a 3xx is the answer), the
 * response body is discarded, and unless private targets are allowed the connection can only
 * reach public addresses.
 */
export const send = (
  target: string,
  { body, headers, timeoutMs, isPrivateAllowed }: { body: string; headers: Record<string, string>; timeoutMs: number; isPrivateAllowed: boolean },
): Promise<SendResult> =>
  new Promise((resolve, reject) => {
    const url = new URL(target)
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (!isPrivateAllowed && isIP(host) && isPrivateAddress(host)) {
      reject(new RefusedTargetError(`${host} is a private or loopback address`))
      return
    }
    const client = url.protocol === 'https:' ? https : http
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      lookup: isPrivateAllowed ? undefined : guardedLookup,
      agent: false,
    })
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
    request.on('response', (response) => {
      clearTimeout(timer)
      response.resume()
      resolve({ status: response.statusCode ?? 0, location: response.headers.location })
      // The body is not needed; do not keep the socket waiting for it.
      response.on('error', () => {})
      request.destroy()
    })
    request.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    request.end(body)
  })
