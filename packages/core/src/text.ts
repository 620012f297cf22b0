/** Message helpers shared by rules. */

const maxShown = 60

/** A document value fit for a message: one line, at most 60 characters. */
export function describeValue(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim()
  return oneLine.length > maxShown ? `${oneLine.slice(0, maxShown - 1)}…` : oneLine
}

/**
 * A copy of `text` that holds on to nothing else. V8 keeps a part of a
 * string (`source.slice(a, b)`, a trimmed or matched part, a template
 * string built from one) as a view of the string it came from: a heading
 * kept in a cache, or quoted in a message that lives to the end of a run,
 * keeps its whole document in memory. Prefixing and cutting the prefix
 * makes V8 write the characters into a new string of their own length.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1)
}
