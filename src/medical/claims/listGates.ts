/*
 * Gates that each need a literal of every one of their scanner lists (requiredLiteralLists), read
 * from the lists a sentence holds: each gate waits on one of its lists, its trigger, and is tested
 * only when that list is found. Testing all 125 pattern gates on every sentence was a third of
 * the time spent choosing candidate rules, though a sentence holds a handful of lists.
 */
export interface ListGates {
  /** Per scanner list: the gates it triggers. */
  byTrigger: Array<Int32Array | undefined>
  gates: readonly Int32Array[]
}

/**
 * `sizes[list]` is how many literals a list has: a gate waits on its list with the fewest, the
 * least likely to be found (any of its lists gives the same answers, only the work differs).
 */
export function buildListGates(gates: readonly Int32Array[], sizes: readonly number[]): ListGates {
  const waiting: number[][] = sizes.map(() => [])
  gates.forEach((lists, gate) => {
    if (!lists.length) throw new Error('list gates: a gate needs at least one list')
    let trigger = lists[0]
    for (const list of lists) if (sizes[list] < sizes[trigger]) trigger = list
    waiting[trigger].push(gate)
  })
  return { byTrigger: waiting.map((list) => (list.length ? Int32Array.from(list) : undefined)), gates }
}

/**
 * Calls `open(gate)` once for every gate all of whose lists are marked in `has`, given the marked
 * lists (`found[0, count)`, each once): the gates `gates.filter(every list marked)` gives, not in
 * gate order.
 */
export function forEachOpenGate(
  listGates: ListGates,
  found: Int32Array,
  count: number,
  has: Uint8Array,
  open: (gate: number) => void,
): void {
  const { byTrigger, gates } = listGates
  for (let position = 0; position < count; position += 1) {
    const waiting = byTrigger[found[position]]
    if (!waiting) continue
    for (let index = 0; index < waiting.length; index += 1) {
      const gate = waiting[index]
      const lists = gates[gate]
      let isOpen = true
      for (let list = 0; list < lists.length; list += 1) {
        if (!has[lists[list]]) {
          isOpen = false
          break
        }
      }
      if (isOpen) open(gate)
    }
  }
}

/** Whether forEachOpenGate would open at least one gate. */
export function isAnyGateOpen(listGates: ListGates, found: Int32Array, count: number, has: Uint8Array): boolean {
  const { byTrigger, gates } = listGates
  for (let position = 0; position < count; position += 1) {
    const waiting = byTrigger[found[position]]
    if (!waiting) continue
    for (let index = 0; index < waiting.length; index += 1) {
      const lists = gates[waiting[index]]
      let isOpen = true
      for (let list = 0; list < lists.length; list += 1) {
        if (!has[lists[list]]) {
          isOpen = false
          break
        }
      }
      if (isOpen) return true
    }
  }
  return false
}
