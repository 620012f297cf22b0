/**
 * The message store (packages/cli/src/message-store.ts): between a file's
 * batch and the report, the CLI keeps its messages as one compact record,
 * and gives back messages equal to the rules' own in every own property
 * (names, order, attributes, values) and prototype.
 */
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {remarkPlanLint, presetIds} from 'plan-lint'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {afterAll, describe, expect, it} from 'vitest'
import {MessageStore} from '../packages/cli/src/message-store.js'
import {generateCorpus} from './helpers/bench-corpus.js'
import {runInProcess} from './helpers/in-process.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'plan-lint-message-store-'))
afterAll(() => rmSync(out, {recursive: true, force: true}))

/** Everything observable about a value: own keys in order with their attributes, prototypes, primitives exactly. */
function describeValue(value: unknown, depth = 0): unknown {
  if (depth > 8) throw new Error('too deep')
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return Object.is(value, -0) ? '-0' : [typeof value, value]
  }
  const prototype = Object.getPrototypeOf(value) as object | null
  return {
    prototype: prototype === null ? null : prototype.constructor?.name,
    tag: Object.prototype.toString.call(value),
    own: Reflect.ownKeys(value).map((key) => {
      const {enumerable, writable, configurable, value: item} = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor
      return [String(key), enumerable, writable, configurable, describeValue(item, depth + 1)]
    })
  }
}

/** Lint `documents` with `preset` as a user's processor would, one VFile each. */
async function lint(documents: Array<{path: string; text: string}>, preset: string): Promise<VFile[]> {
  const processor = remark().use(remarkPlanLint, {preset})
  const files: VFile[] = []
  for (const document of documents) {
    const file = new VFile({path: path.join(out, document.path), value: document.text, cwd: out})
    await processor.run(processor.parse(file), file)
    files.push(file)
  }
  return files
}

const corpus = generateCorpus({files: 60, max: 16 * 1024})

describe('MessageStore', () => {
  for (const preset of presetIds) {
    it(`gives back equal messages for every finding of ${preset} on a generated corpus`, async () => {
      const files = await lint(corpus, preset)
      const before = files.map((file) => describeValue(file.messages))
      const originals = files.map((file) => [...file.messages])
      expect(files.reduce((sum, file) => sum + file.messages.length, 0)).toBeGreaterThan(20)
      const store = new MessageStore()
      for (const file of files) store.keep(file)
      // Every file was kept: none holds its message objects any more.
      expect(files.every((file) => file.messages.length === 0)).toBe(true)
      store.restore()
      expect(files.map((file) => describeValue(file.messages))).toEqual(before)
      for (const [index, file] of files.entries()) {
        for (const [position, message] of file.messages.entries()) {
          expect(message).toBeInstanceOf(VFileMessage)
          expect(message).not.toBe(originals[index]?.[position])
        }
      }
    })
  }

  it('keeps causes, lists, notes, odd text and a file without a path exactly', () => {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    const file = new VFile({path: 'docs/a plan.md'})
    const pathless = new VFile()
    try {
      const first = file.message('Unexpected `TODO`, expected text', {
        place: {start: {line: 3, column: 1, offset: 20}, end: {line: 3, column: 5, offset: 24}},
        ruleId: 'no-placeholder',
        source: 'remark-lint',
        cause: new VFileMessage('defined here', {place: {line: 1, column: 1}})
      })
      first.fatal = true
      first.url = 'https://example.test/rules/no-placeholder'
      first.expected = ['Summary', '', 'Sommaire ✓ 𝒜']
      first.actual = 'lone \uD800 surrogate and 💥'
      first.note = 'a note\nwith two lines'
      const second = file.message('same text as its actual', {place: {line: 7, column: 2}, ruleId: 'no-placeholder', source: 'remark-lint'})
      second.actual = 'same text as its actual'
      Object.assign(second, {data: {count: 3, ratio: 0.5, none: null, off: false, list: [1, [2, 'x']]}})
      file.message('no place at all')
      pathless.message('a message of a file with no path', {ruleId: 'x', source: 'y'})
    } finally {
      Error.stackTraceLimit = limit
    }
    const before = [file, pathless].map((each) => describeValue(each.messages))
    const store = new MessageStore()
    store.keep(file)
    store.keep(pathless)
    expect(file.messages).toEqual([])
    store.restore()
    expect([file, pathless].map((each) => describeValue(each.messages))).toEqual(before)
  })

  it('leaves a file its own messages when one of them cannot be recorded exactly', () => {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    const root = {type: 'root', children: []}
    const cases: Array<(file: VFile) => void> = [
      (file) => file.message('with ancestors', {ancestors: [root]}),
      (file) => file.message('an Error for a cause', {cause: new Error('boom')}),
      (file) => Object.assign(file.message('a date'), {when: new Date(0)}),
      (file) => Object.assign(file.message('not a number'), {score: Number.NaN}),
      (file) => Object.assign(file.message('negative zero'), {score: -0}),
      (file) => Object.assign(file.message('a sparse list'), {list: [1, , 3]}),
      (file) => {
        const message = file.message('a stack')
        message.stack = 'Error: a stack\n    at somewhere'
      }
    ]
    try {
      for (const add of cases) {
        const file = new VFile({path: 'plan.md'})
        file.message('a plain message first')
        add(file)
        const messages = [...file.messages]
        const store = new MessageStore()
        store.keep(file)
        store.restore()
        expect(file.messages).toHaveLength(2)
        file.messages.forEach((message, index) => expect(message).toBe(messages[index]))
      }
    } finally {
      Error.stackTraceLimit = limit
    }
  })
})

describe('the CLI over several runs of files', () => {
  it('reports every finding of every run, as linting each file alone finds them', async () => {
    const root = path.join(out, 'project')
    const documents = generateCorpus({files: 150, max: 8 * 1024})
    for (const document of documents) {
      mkdirSync(path.join(root, path.dirname(document.path)), {recursive: true})
      writeFileSync(path.join(root, document.path), document.text)
    }
    const result = await runInProcess(['--preset', 'spec-kit', '--format', 'json', '**/*.md'], root, {env: {}})
    const report = JSON.parse(result.output) as {
      files: Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; message: string}>}>
    }
    expect(report.files).toHaveLength(150)
    const alone = await lint(
      documents.map((document) => ({path: path.join('project', document.path), text: document.text})),
      'spec-kit'
    )
    const findings = (messages: Array<{ruleId?: string | null; line?: number | null; column?: number | null}>) =>
      messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`).sort()
    const expected = new Map(alone.map((file) => [path.relative(root, file.path).split(path.sep).join('/'), findings(file.messages)]))
    let total = 0
    for (const file of report.files) {
      expect(findings(file.messages), file.path).toEqual(expected.get(file.path))
      total += file.messages.length
    }
    expect(total).toBeGreaterThan(100)
  })
})
