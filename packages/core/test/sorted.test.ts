import {describe, expect, it} from 'vitest'
import {firstNotBefore} from '../src/sorted.js'

describe('firstNotBefore', () => {
  const ends = [3, 7, 7, 12, 20]

  it('finds the first item past the leading run, at every boundary', () => {
    for (let offset = 0; offset <= 21; offset++) {
      const expected = ends.findIndex((end) => end > offset)
      expect(firstNotBefore(ends, (end) => end <= offset), `offset ${offset}`).toBe(expected === -1 ? ends.length : expected)
    }
  })

  it('is 0 for an empty list or a run of none, and the length for a run of all', () => {
    expect(firstNotBefore([], () => true)).toBe(0)
    expect(firstNotBefore(ends, () => false)).toBe(0)
    expect(firstNotBefore(ends, () => true)).toBe(ends.length)
  })
})
