/**
 * Expectation markers for Markdown fixtures: an HTML comment on its own line,
 * `<!-- expect: plan-no-placeholders -->` (several ids separated by spaces or
 * commas), names the next line. Marker lines are removed before linting, so
 * they never alter the text under test; expected lines refer to the text as
 * linted.
 */

export interface Expectation {
  ruleId: string
  /** Line in the stripped text. */
  line: number
}

export interface MarkedFixture {
  /** The fixture without its marker lines. */
  text: string
  expectations: Expectation[]
}

const marker = /^[ \t]*<!--[ \t]*expect:([^>]*)-->[ \t]*$/

export function parseMarkers(source: string): MarkedFixture {
  const lines = source.split('\n')
  const kept: string[] = []
  const expectations: Expectation[] = []
  let pending: string[] = []
  for (const line of lines) {
    const match = marker.exec(line.replace(/\r$/, ''))
    if (match) {
      pending.push(...(match[1] ?? '').split(/[\s,]+/).filter(Boolean))
      continue
    }
    kept.push(line)
    for (const ruleId of pending) expectations.push({ruleId, line: kept.length})
    pending = []
  }
  if (pending.length > 0) throw new Error(`Expectation marker for \`${pending.join(' ')}\` names no line`)
  return {text: kept.join('\n'), expectations}
}
