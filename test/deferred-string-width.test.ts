/**
 * The bundle's `string-width` for vfile-reporter (scripts/bundle-entries/string-width.js)
 * must measure exactly as the package does: it answers one-column text
 * itself and asks the package for anything else.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {deferredStringWidth, oneColumnEach} from '../scripts/bundle-entries/string-width.js'
import {repoRoot} from './helpers/cli.js'

type Measure = (text: string, options?: {ambiguousIsNarrow?: boolean}) => number
// The copy vfile-reporter imports (its own version, under its folder).
const packageUrl = pathToFileURL(path.join(repoRoot, 'node_modules/vfile-reporter/node_modules/string-width/index.js')).href
const stringWidth = ((await import(packageUrl)) as {default: Measure}).default

const texts = [
  '',
  'plan-no-placeholders',
  '30:23-30:87',
  'Unexpected template example `[e.g., Python 3.11, Swift 5.9, Rust 1.75 or NEEDS CLARIFICA…`, expected the plan’s own content',
  '“Technical Context” – required — see ‘Summary’',
  ...'–—‘’“”…'.split(''),
  ...Array.from({length: 95}, (_, index) => String.fromCharCode(32 + index)),
  // Not one column each: the package answers.
  '요약 (Summary)',
  '機能仕様',
  'Phase 0: Research ✅',
  'e\u0301',
  'tab\there',
  '\u001B[33mwarning\u001B[39m',
  '\u200Bzero width',
  '«quoted»',
  '👩‍💻 plan'
]

describe('the deferred string-width', () => {
  it('gives the package’s width for every text, with and without ambiguous characters as wide', () => {
    let loads = 0
    const measure = deferredStringWidth(() => {
      loads++
      return stringWidth
    })
    for (const text of texts) {
      expect(measure(text), JSON.stringify(text)).toBe(stringWidth(text))
      expect(measure(text, {ambiguousIsNarrow: false}), JSON.stringify(text)).toBe(stringWidth(text, {ambiguousIsNarrow: false}))
    }
    expect(loads).toBe(1)
  })

  it('does not load the package for text one column wide per character', () => {
    let loads = 0
    const measure = deferredStringWidth(() => {
      loads++
      return stringWidth
    })
    for (const text of texts.filter((text) => oneColumnEach.test(text))) measure(text)
    expect(loads).toBe(0)
    expect(texts.filter((text) => oneColumnEach.test(text)).length).toBeGreaterThan(100)
  })
})
