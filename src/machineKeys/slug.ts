/** The auth collection of machine keys; its API keys are sent as `Authorization: machine-keys API-Key <key>`. */
export const MACHINE_KEYS = 'machine-keys'

export const MACHINE_KEY_KINDS = ['delivery', 'preview'] as const
export type MachineKeyKind = (typeof MACHINE_KEY_KINDS)[number]

export const AUTHORIZATION_PREFIX = `${MACHINE_KEYS} API-Key `
