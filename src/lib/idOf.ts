/** The id of a relationship value, whether it arrived populated ({ id, … }) or as a bare id. */
export const idOf = <T = number | string>(value: unknown): T | undefined =>
  (value && typeof value === 'object' && 'id' in value ? (value as { id: T }).id : (value as T)) ?? undefined
