/**
 * Property-based tests (issue 7): a bounded run of the fuzz properties
 * (test/fuzz/properties.ts) for every property, configuration and source
 * (generated plans, mutated fixtures), from a fixed seed so every run sees
 * the same cases; a replay of every regression fixture the long run
 * (`npm run fuzz`: random seeds, 100,000 cases) has kept; and the inputs too
 * large to parse within the suite, as trees.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import type {ListItem, Root, RootContent} from 'mdast'
import {afterAll, describe, it} from 'vitest'
import {caseSources, type SourceName} from './fuzz/arbitraries.js'
import {loadFixtures} from './fuzz/corpus.js'
import {checkMessages, properties, type PropertyName} from './fuzz/properties.js'
import {loadRegressions} from './fuzz/regressions.js'
import {chunkSeed, combinations} from './fuzz/run.js'
import {configs, lintFile, Workspace} from './fuzz/workspace.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Fixed: the suite must be deterministic. The long run draws its own. */
const seed = 20260209

/** Cases per combination: `fix` lints about twice as often as `lint`. */
const runs: Record<PropertyName, number> = {lint: 20, fix: 10}

const sources = caseSources(loadFixtures(root))
const workspace = new Workspace()
afterAll(() => workspace.dispose())

describe('properties', () => {
  it.each(combinations(Object.keys(sources) as SourceName[]).map((combination, index) => [combination.name, combination, index] as const))(
    '%s',
    async (_, {property, config, source}, index) => {
      await fc.assert(
        fc.asyncProperty(sources[source], (fuzzCase) => properties[property](workspace, config, fuzzCase)),
        {seed: chunkSeed(seed, index, 0), numRuns: runs[property]}
      )
    }
  )
})

describe('regressions found by fuzzing', () => {
  // With the property and configuration that failed; a fixture that names none, with all.
  it.each(loadRegressions(root).map((regression) => [regression.name, regression] as const))('%s', async (_, regression) => {
    for (const property of regression.property ? [regression.property] : (Object.keys(properties) as PropertyName[])) {
      for (const config of regression.config ? [regression.config] : configs) await properties[property](workspace, config, regression.fuzzCase)
    }
  })
})

/**
 * A plan whose section holds one list of `count` items, `- ${item}` each,
 * built as the parser would build it (parsing the megabyte takes half a
 * minute), after a label paragraph when given.
 */
function wideList(heading: string, label: string | undefined, item: string, count: number): {text: string; tree: Root} {
  let text = ''
  let row = 1
  /** Append a line; the position of `text` within it, from its `from`th character. */
  const add = (line: string, from = 0) => {
    const start = {line: row, column: from + 1, offset: text.length + from}
    const position = {start, end: {line: row, column: line.length + 1, offset: text.length + line.length}}
    text += `${line}\n`
    row++
    return position
  }
  const blank = () => add('')
  const title = add('# Implementation Plan: Wide', 2)
  blank()
  const section = add(`## ${heading}`, 3)
  blank()
  const children: RootContent[] = [
    {type: 'heading', depth: 1, position: {...title, start: {...title.start, column: 1, offset: title.start.offset - 2}}, children: [{type: 'text', value: 'Implementation Plan: Wide', position: title}]},
    {type: 'heading', depth: 2, position: {...section, start: {...section.start, column: 1, offset: section.start.offset - 3}}, children: [{type: 'text', value: heading, position: section}]}
  ]
  if (label !== undefined) {
    const position = add(label)
    blank()
    children.push({type: 'paragraph', position, children: [{type: 'text', value: label, position}]})
  }
  const items: ListItem[] = []
  for (let index = 0; index < count; index++) {
    const content = add(`- ${item}`, 2)
    const position = {...content, start: {...content.start, column: 1, offset: content.start.offset - 2}}
    items.push({type: 'listItem', spread: false, position, children: [{type: 'paragraph', position: content, children: [{type: 'text', value: item, position: content}]}]})
  }
  children.push({type: 'list', ordered: false, spread: false, position: {start: items[0]!.position!.start, end: items.at(-1)!.position!.end}, children: items})
  return {text, tree: {type: 'root', position: {start: {line: 1, column: 1, offset: 0}, end: {line: row, column: 1, offset: text.length}}, children}}
}

/**
 * Lists of 150,000 items: spread as arguments, their items overflowed the
 * stack in plan-rqs-resolved and plan-success-criteria-traced. Each rule
 * runs alike in every preset that has it: one preset is enough.
 */
describe('lists wider than a parse in the suite can afford', () => {
  it.each([
    ['spec-kit', 'Open Questions', undefined, '[x] q'],
    ['spec-plan', 'Success Criteria', '**Functional** (from spec):', 'met']
  ] as const)('%s: %s', async (config, heading, label, item) => {
    const {text, tree} = wideList(heading, label, item, 150_000)
    const file = workspace.file('docs/features/FEAT-001-plan.md', text)
    const result = await lintFile(config, file, tree)
    checkMessages(file.messages, text, result?.thrown)
  })
})
