/**
 * What one fuzz case is: a plan's text at a path in a project, with the
 * documents it answers to (its spec, its research notes) beside it, so the
 * traceability rules read them as they would in a real checkout.
 */

export interface FuzzCase {
  /** The plan's path in the project, `/`-separated. */
  path: string
  text: string
  /** Related documents by project-relative path, `/`-separated. */
  related: Record<string, string>
}

/** Specs and research notes: read by the rules, never linted as plans. */
export const relatedDocument = /(?:^|[-_/])(?:spec|research)\.md$/

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text a UTF-8 file can hold: lone surrogates become U+FFFD, as an encoder writes them. */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD')
}

export function isWellFormed(text: string): boolean {
  return wellFormed(text) === text
}
