import { APIError } from 'payload'

/** A 400 naming the query parameter at fault (`data.param`). */
export class SearchError extends APIError {
  constructor(message: string, param: string) {
    super(message, 400, { param }, true)
    // Named here: production builds minify class names.
    this.name = 'SearchQueryError'
  }
}
