/*
 * Gates that each need a literal of every one of their scanner lists (requiredLiteralLists), read
 * from the lists a sentence holds: each gate waits on one of its lists, its trigger, and is tested
 * only when that list is found. Testing all 125 pattern gates on every sentence was a third of
 * the time spent choosing candidate rules, though a sentence holds a few dozen of its 700 lists.
 */
export interface ListGates {
  /** The gates list l triggers are waiting[waitingFrom[l], waitingFrom[l + 1]). */
  waitingFrom: Int32Array
  waiting: Int32Array
  /** Gate g's lists are lists[listsFrom[g], listsFrom[g + 1]). */
  listsFrom: Int32Array
  lists: Int32Array
}

/**
 * `sizes[list]` is how many literals a list has: a gate waits on its list with the fewest, the
 * least likely to be found (any of its lists gives the same answers, only the work differs).
 */
export function buildListGates(gates: readonly Int32Array[], sizes: readonly number[]): ListGates {
  const byTrigger: number[][] = sizes.map(() => [])
  gates.forEach((lists, gate) => {
    if (!lists.length) throw new Error('list gates: a gate needs at least one list')
    let trigger = lists[0]
    for (const list of lists) if (sizes[list] < sizes[trigger]) trigger = list
    byTrigger[trigger].push(gate)
  })
  const waitingFrom = new Int32Array(sizes.length + 1)
  byTrigger.forEach((waiting, list) => (waitingFrom[list + 1] = waitingFrom[list] + waiting.length))
  const listsFrom = new Int32Array(gates.length + 1)
  gates.forEach((lists, gate) => (listsFrom[gate + 1] = listsFrom[gate] + lists.length))
  return {
    waitingFrom,
    waiting: Int32Array.from(byTrigger.flat()),
    listsFrom,
    lists: Int32Array.from(gates.flatMap((lists) => [...lists])),
  }
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
  const { waitingFrom, waiting, listsFrom, lists } = listGates
  for (let position = 0; position < count; position += 1) {
    const list = found[position]
    const end = waitingFrom[list + 1]
    for (let index = waitingFrom[list]; index < end; index += 1) {
      const gate = waiting[index]
      const listsEnd = listsFrom[gate + 1]
      let isOpen = true
      for (let other = listsFrom[gate]; other < listsEnd; other += 1) {
        if (!has[lists[other]]) {
          isOpen = false
          break
        }
      }
      if (isOpen) open(gate)
    }
  }
}
