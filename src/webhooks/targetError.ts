/** A target the server refuses to call (private address, redirect): retrying would not help. */
export class RefusedTargetError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RefusedTargetError'
  }
}
