import { MACHINE_KEYS, type MachineKeyKind } from './slug'

type MaybeUser = { collection?: string; kind?: unknown } | null | undefined

/** A request authenticated with a machine key rather than a person's session. */
export const isMachineKey = (user: unknown): boolean => (user as MaybeUser)?.collection === MACHINE_KEYS

export const isMachineKeyOfKind = (user: unknown, kind: MachineKeyKind): boolean =>
  isMachineKey(user) && (user as MaybeUser)?.kind === kind

/** Preview keys may read drafts (with `draft=true`), nothing else. */
export const isPreviewKey = (user: unknown): boolean => isMachineKeyOfKind(user, 'preview')
