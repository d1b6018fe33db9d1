/*
 * Many rules share the same exception expressions (the fourth round appended the same six to 20
 * rules), so testing them rule by rule scanned each sentence up to 20 times with the same
 * expression. Each distinct expression is tested at most once per sentence here; the answer is
 * the one `rule.exceptions.some(test)` gave, since a non-global expression's test keeps no state.
 */
export class SharedTests {
  private readonly expressions: RegExp[] = []
  private readonly slotByKey = new Map<string, number>()
  /** Per distinct expression: its answer (0 or 1) for the text numbered in answeredIn. */
  private results = new Int8Array(0)
  private answeredIn = new Int32Array(0)
  // Per expression: whether it can match only where the caller opened it for the text (gated),
  // and the text it was last opened for. Texts are numbered, so starting one clears nothing
  // (filling the answers and marking each closed gate's expression took a loop per sentence).
  private isGated = new Uint8Array(0)
  private openedIn = new Int32Array(0)
  private textNumber = 0
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
      this.results = new Int8Array(this.expressions.length)
      this.answeredIn = new Int32Array(this.expressions.length)
      this.isGated = Uint8Array.from({ length: this.expressions.length }, (_, index) => this.isGated[index] ?? 0)
      this.openedIn = new Int32Array(this.expressions.length)
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

  /**
   * From now on the expression in `slot` cannot match a text unless open(slot) is called for
   * it (after startText): the caller knows a literal it needs is absent otherwise.
   */
  gate(slot: number): void {
    this.isGated[slot] = 1
  }

  /** The gated expression in `slot` may match the current text: it is tested when asked. */
  open(slot: number): void {
    this.openedIn[slot] = this.textNumber
  }

  /** Forgets the answers and the open gates: the next calls test `text`. */
  startText(text: string): void {
    this.text = text
    this.textNumber = (this.textNumber + 1) | 0
  }

  /** Whether one of the expressions in `slots` matches the current text, in order, stopping at the first. */
  some(slots: readonly number[]): boolean {
    for (let index = 0; index < slots.length; index += 1) {
      const slot = slots[index]
      if (this.answeredIn[slot] !== this.textNumber) {
        const isClosed = this.isGated[slot] === 1 && this.openedIn[slot] !== this.textNumber
        this.results[slot] = isClosed ? 0 : this.expressions[slot].test(this.text) ? 1 : 0
        this.answeredIn[slot] = this.textNumber
      }
      if (this.results[slot] === 1) return true
    }
    return false
  }
}
