import { EDIT_RULES, findTransition } from './transitions'

/**
 * An audit event's action in words: the table's label, the edit rule's label for a dismissal,
 * "Scheduled publish" for a schedule. Presentation only; it reads the table and decides nothing.
 */
export const eventActionLabel = (action: string): string => {
  const transition = findTransition(action)
  if (transition) return transition.label
  if (action === EDIT_RULES.dismissedAction) return EDIT_RULES.dismissedLabel
  const scheduled = /^schedule_(.+)$/.exec(action)
  if (scheduled) return `Scheduled ${findTransition(scheduled[1])?.label.toLowerCase() ?? scheduled[1]}`
  const failed = /^scheduled_(.+)_failed$/.exec(action)
  if (failed) return `Scheduled ${findTransition(failed[1])?.label.toLowerCase() ?? failed[1]} refused`
  const words = action.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
