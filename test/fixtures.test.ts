/**
 * Whole-plan fixtures (STYLE.md, "Tests, in layers" (b)): every file in
 * `fixtures/<preset>/valid` must lint clean with that preset, and every file
 * in `fixtures/<preset>/invalid` must produce exactly the messages its
 * expectation markers (`<!-- expect: rule-id -->` above a line) announce.
 * Markers are stripped before linting, so they never alter the text under
 * test. One small snapshot per fixture keeps message wording and ranges
 * visible in review.
 *
 * Documents a plan answers to are not fixtures: `spec.md`, `research.md` and
 * `*-spec.md` / `*-research.md` beside single-file fixtures are their spec;
 * a folder in `valid/` or `invalid/` is one case, its plan (`plan.md` or
 * `*-plan.md`) linted with the spec and research notes beside it.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {emittedMessageOf, recordEmittedMessages} from '@plan-lint/core'
import {parseMarkers} from '@plan-lint/core/markers'
import {rules} from '@plan-lint/rules'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {presets as registry} from 'plan-lint'
import {type Preset, unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'

// Which message each rule reported is read back below.
recordEmittedMessages()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixturesDir = path.join(root, 'fixtures')

/** Preset by fixture folder name: every registered preset. */
const presets: Record<string, Preset> = Object.fromEntries(registry)

/** Specs and research notes: read by the rules, not linted as plans. */
export const relatedDocument = /(?:^|[-_])(?:spec|research)\.md$/

function isPlanFile(name: string): boolean {
  return name.endsWith('.md') && !relatedDocument.test(name)
}

type Kind = 'valid' | 'invalid'

interface Fixture {
  preset: string
  kind: Kind
  /** Path relative to the repository root, also the vfile path. */
  name: string
  source: string
}

function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = []
  for (const preset of readdirSync(fixturesDir, {withFileTypes: true})) {
    if (!preset.isDirectory()) continue
    for (const kind of ['valid', 'invalid'] as const) {
      const dir = path.join(fixturesDir, preset.name, kind)
      let entries: string[]
      try {
        entries = readdirSync(dir)
      } catch {
        continue
      }
      for (const entry of entries.sort()) {
        const full = path.join(dir, entry)
        const files = statSync(full).isDirectory()
          ? readdirSync(full)
              .filter(isPlanFile)
              .map((file) => path.posix.join(entry, file))
          : isPlanFile(entry)
            ? [entry]
            : []
        for (const file of files) {
          fixtures.push({
            preset: preset.name,
            kind,
            name: path.posix.join('fixtures', preset.name, kind, file),
            source: readFileSync(path.join(dir, file), 'utf8')
          })
        }
      }
    }
  }
  return fixtures
}

async function lint(preset: Preset, text: string, name: string): Promise<VFileMessage[]> {
  const processor = unified().use(remarkParse).use(preset)
  const file = new VFile({value: text, path: name})
  const tree = processor.parse(file) as Root
  await processor.run(tree, file)
  return [...file.messages].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId)) ||
      a.reason.localeCompare(b.reason)
  )
}

function key(ruleId: string | undefined, line: number | undefined): string {
  return `${String(line).padStart(4, '0')} ${ruleId}`
}

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

function rangeOf(message: VFileMessage): {start: Point; end: Point} | undefined {
  const place = message.place
  if (!place || !('start' in place) || !('end' in place)) return undefined
  return place as {start: Point; end: Point}
}

/** A point is inside the document: an existing line, a column at most one past its end. */
function inside(point: Point, lines: string[], length: number): boolean {
  if (!Number.isInteger(point.line) || !Number.isInteger(point.column)) return false
  if (point.line < 1 || point.line > lines.length || point.column < 1) return false
  if (point.column > (lines[point.line - 1] as string).length + 1) return false
  if (point.offset !== undefined && (point.offset < 0 || point.offset > length)) return false
  return true
}

function before(a: Point, b: Point): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column)
}

const fixtures = listFixtures()

/** `ruleId/messageId` of every message the fixtures produced. */
const exercised = new Set<string>()

/** Rules whose every message must be shown by a whole-plan fixture (with its spec). */
const traced = ['plan-td1-first', 'plan-rqs-resolved', 'plan-success-criteria-traced', 'plan-gates-passed']

describe('fixtures', () => {
  it('exist for every preset, valid and invalid', () => {
    for (const preset of Object.keys(presets)) {
      expect(fixtures.filter((fixture) => fixture.preset === preset && fixture.kind === 'valid').length).toBeGreaterThan(0)
      expect(fixtures.filter((fixture) => fixture.preset === preset && fixture.kind === 'invalid').length).toBeGreaterThan(0)
    }
  })

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_, fixture) => {
    const preset = presets[fixture.preset]
    expect(preset, `no preset for fixture folder \`${fixture.preset}\``).toBeDefined()
    const {text, expectations} = parseMarkers(fixture.source)

    if (fixture.kind === 'valid') {
      expect(expectations, 'a valid fixture carries no expectation markers').toEqual([])
    } else {
      expect(expectations.length, 'an invalid fixture needs at least one expectation marker').toBeGreaterThan(0)
    }

    const messages = await lint(preset as Preset, text, fixture.name)
    for (const message of messages) exercised.add(`${message.ruleId}/${emittedMessageOf(message)?.messageId}`)

    const actual = messages.map((message) => key(message.ruleId, message.line)).sort()
    const expected = expectations.map((expectation) => key(expectation.ruleId, expectation.line)).sort()
    expect(actual).toEqual(expected)

    // Every message has a whole range inside the document.
    const lines = text.split(/\r\n|\r|\n/)
    for (const message of messages) {
      const label = `${message.ruleId} at ${message.line}:${message.column}`
      const range = rangeOf(message)
      expect(range, `${label} has a start and an end`).toBeDefined()
      if (!range) continue
      expect(inside(range.start, lines, text.length), `${label} starts inside the document`).toBe(true)
      expect(inside(range.end, lines, text.length), `${label} ends inside the document`).toBe(true)
      expect(before(range.start, range.end), `${label} ends after it starts`).toBe(true)
      expect(message.line).toBe(range.start.line)
      expect(message.column).toBe(range.start.column)
    }

    expect(
      messages.map((message) => {
        const range = rangeOf(message)
        const where = range
          ? `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`
          : `${message.line}:${message.column}`
        return `${where} ${message.ruleId} ${message.reason}`
      })
    ).toMatchSnapshot()
  })

  it('show every message of the traceability rules', () => {
    const ids = rules
      .filter((rule) => traced.includes(rule.meta.id))
      .flatMap((rule) => Object.keys(rule.meta.messages).map((id) => `${rule.meta.id}/${id}`))
    expect(ids.filter((id) => !exercised.has(id))).toEqual([])
  })
})
