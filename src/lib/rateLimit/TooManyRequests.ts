import { APIError } from 'payload'

export class TooManyRequests extends APIError<{ retryAfter: number }> {
  constructor(retryAfter: number) {
    super(`Too many requests; try again in ${retryAfter} seconds`, 429, { retryAfter }, true)
    this.name = 'TooManyRequests'
  }
}
