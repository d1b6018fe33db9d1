import { createHmac } from 'node:crypto'

/**
 * `X-Relief-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The timestamp is
 * inside the signed text, so a receiver can refuse replays older than a few minutes.
 */
export const signatureHeader = (secret: string, body: string, at = new Date()) => {
  const t = Math.floor(at.getTime() / 1000)
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')
  return `t=${t},v1=${v1}`
}
