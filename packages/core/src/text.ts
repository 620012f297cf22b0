/** Message helpers shared by rules. */

const maxShown = 60

/** A document value fit for a message: one line, at most 60 characters. */
export function describeValue(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim()
  return oneLine.length > maxShown ? `${oneLine.slice(0, maxShown - 1)}…` : oneLine
}
