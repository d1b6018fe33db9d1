import { APIError } from 'payload'

/** Workflow refusals carry their HTTP status; Payload renders them as { errors: [{ message, data }] }. */
export class WorkflowError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data, true)
    this.name = 'WorkflowError'
  }
}
