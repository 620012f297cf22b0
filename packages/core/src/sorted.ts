/**
 * Index of the first item of `sorted` for which `before` is false, where
 * `before` holds for a leading run of the list and for nothing after it
 * (findings and occurrences in source order, asked about an offset): a
 * binary search, `sorted.length` when `before` holds throughout.
 */
export function firstNotBefore<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (before(sorted[middle] as T)) low = middle + 1
    else high = middle
  }
  return low
}
