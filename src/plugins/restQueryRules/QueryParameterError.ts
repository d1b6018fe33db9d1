import { APIError } from 'payload'

/** A REST query parameter the API does not take, or a value it refuses: a 400 naming it. */
export class QueryParameterError extends APIError {
  constructor(parameter: string, message: string) {
    super(message, 400, { parameter, errors: [{ path: parameter, message }] }, true)
    this.name = 'QueryParameterError'
  }
}
