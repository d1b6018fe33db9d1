import {
  APIError,
  AuthenticationError,
  ErrorDeletingFile,
  FileRetrievalError,
  FileUploadError,
  Forbidden,
  Locked,
  LockedAuth,
  MissingFile,
  NotFound,
  QueryError,
  UnauthorizedError,
  UnverifiedEmail,
  ValidationError,
} from 'payload'

/** Payload's errors by the names its documentation and clients use. */
const PAYLOAD_ERRORS = {
  APIError,
  AuthenticationError,
  ErrorDeletingFile,
  FileRetrievalError,
  FileUploadError,
  Forbidden,
  Locked,
  LockedAuth,
  MissingFile,
  NotFound,
  QueryError,
  UnauthorizedError,
  UnverifiedEmail,
  ValidationError,
}

/**
 * Payload names each error after `this.constructor.name`, which the production build minifies
 * ("a", "iB"): REST `errors[].name` and GraphQL `extensions.name` then change with every
 * build. A class's `name` is configurable, so each gets its real one back, once per bundle.
 */
export const stabilizeErrorNames = () => {
  for (const [name, errorClass] of Object.entries(PAYLOAD_ERRORS)) {
    if (errorClass.name !== name) Object.defineProperty(errorClass, 'name', { value: name, configurable: true })
  }
}
