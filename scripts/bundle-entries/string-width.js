/**
 * The `string-width` the bundle gives vfile-reporter (scripts/bundle.js).
 * The package builds an `Intl.Segmenter` when it loads (about 10 ms of ICU
 * data) and compiles its Unicode patterns on the first text that is not
 * plain ASCII (about 8 ms more): most of a short run's report, when the
 * report quotes a value cut with `…`. Text made only of characters one
 * column wide each is measured here; anything else loads the package, on
 * its first use, and asks it.
 */

/**
 * Printable ASCII, and the punctuation plan-lint's messages use (– — ‘ ’ “ ” …):
 * string-width counts each as one column (the punctuation is East Asian
 * "ambiguous", narrow unless `ambiguousIsNarrow: false`).
 */
export const oneColumnEach = /^[\u0020-\u007E\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/

/**
 * @param {() => (text: string, options?: {ambiguousIsNarrow?: boolean}) => number} load the package's function
 * @returns {(text: string, options?: {ambiguousIsNarrow?: boolean}) => number}
 */
export function deferredStringWidth(load) {
  /** @type {ReturnType<typeof load> | undefined} */
  let measure
  return (text, options) => {
    if (typeof text === 'string' && oneColumnEach.test(text) && options?.ambiguousIsNarrow !== false) return text.length
    measure ??= load()
    return measure(text, options)
  }
}
