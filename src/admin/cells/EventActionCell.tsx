import { eventActionLabel } from '@/workflow/eventLabels'

/** Workflow-events list cell: the action in words ("Request changes", not "request_changes"). */
export const EventActionCell = ({ cellData }: { cellData?: string | null }) =>
  cellData ? <span data-action={cellData}>{eventActionLabel(cellData)}</span> : null
