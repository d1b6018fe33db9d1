/**
 * Characters of every string inside a submitted document, per top-level field: rich text,
 * blocks, arrays and every locale of a localized value all count. Iterative, so a deeply
 * nested body cannot overflow the stack, and linear in the size of the data.
 */
export const measureWording = (data: Record<string, unknown>): { total: number; byField: Map<string, number> } => {
  const byField = new Map<string, number>()
  let total = 0
  for (const [field, value] of Object.entries(data)) {
    let characters = 0
    const stack: unknown[] = [value]
    while (stack.length) {
      const item = stack.pop()
      if (typeof item === 'string') characters += item.length
      else if (Array.isArray(item)) for (const child of item) stack.push(child)
      else if (item && typeof item === 'object') for (const child of Object.values(item)) stack.push(child)
    }
    if (characters) byField.set(field, characters)
    total += characters
  }
  return { total, byField }
}

/** The field holding the most wording: the one to name when a document is too long. */
export const largestField = (byField: Map<string, number>): string | undefined =>
  [...byField.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
