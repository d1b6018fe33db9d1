/*
 * Many rules share the same exception expressions (the fourth round appended the same six to 20
 * rules), so testing them rule by rule scanned each sentence up to 20 times with the same
 * expression. Each distinct expression is tested at most once per sentence here; the answer is
 * the one `rule.exceptions.some(test)` gave, since a non-global expression's test keeps no state.
 */
export class SharedTests {
  private readonly expressions: RegExp[] = []
  private readonly slotByKey = new Map<string, number>()
  /** Per distinct expression, for the current text: -1 not tested yet, else 0 or 1. */
  private results = new Int8Array(0)
  private text = ''

  /** The slots of a rule's expressions, sharing one slot per distinct source and flags. */
  slots(expressions: readonly RegExp[]): number[] {
    return expressions.map((expression) => {
      // A global or sticky expression's test depends on lastIndex: never shared.
      const isStateless = !expression.global && !expression.sticky
      const key = `${expression.flags}/${expression.source}`
      const known = isStateless ? this.slotByKey.get(key) : undefined
      if (known !== undefined) return known
      this.expressions.push(expression)
      const slot = this.expressions.length - 1
      if (isStateless) this.slotByKey.set(key, slot)
      this.results = new Int8Array(this.expressions.length).fill(-1)
      return slot
    })
  }

  /** How many distinct expressions there are. */
  get size(): number {
    return this.expressions.length
  }

  expression(slot: number): RegExp {
    return this.expressions[slot]
  }

  /** Records, for the current text, that the expression in `slot` cannot match (a literal it needs is absent). */
  markNoMatch(slot: number): void {
    this.results[slot] = 0
  }

  /** Forgets the answers: the next calls test `text`. */
  startText(text: string): void {
    this.text = text
    this.results.fill(-1)
  }

  /** Whether one of the expressions in `slots` matches the current text, in order, stopping at the first. */
  some(slots: readonly number[]): boolean {
    for (const slot of slots) {
      let result = this.results[slot]
      if (result === -1) {
        result = this.expressions[slot].test(this.text) ? 1 : 0
        this.results[slot] = result
      }
      if (result === 1) return true
    }
    return false
  }
}
