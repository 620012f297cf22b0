/**
 * What outlives a document must not keep the document. V8 keeps a part of a
 * string as a view of the whole, so a heading in the normalisation cache, or
 * a message quoting a document, could keep every document of a run in
 * memory. Each case runs in its own Node process with `--expose-gc`: it
 * makes 40 documents of 1 MB, keeps what plan-lint keeps of them (cache
 * entries, messages), lets the documents go, collects, and prints how much
 * the heap grew.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

const require = createRequire(import.meta.url)
const coreEntry = require.resolve('@plan-lint/core')
const core = pathToFileURL(coreEntry).href
/** A dependency's `index.js`, found as Node finds the package from core (these export ESM only). */
function packageEntry(name: string): string {
  for (let folder = path.dirname(coreEntry); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', name, 'index.js')
    if (existsSync(candidate)) return pathToFileURL(candidate).href
    if (path.dirname(folder) === folder) throw new Error(`${name} is not installed`)
  }
}

/** Heap growth in MB of `body`, run in a fresh process after `setup`, after a full collection. */
function heapGrowth(setup: string, body: string): number {
  const script = [
    `const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed }`,
    `const makeDocument = (index) => '# Document ' + index + ' ' + 'lorem ipsum dolor sit amet '.repeat(40000)`,
    setup,
    'const before = heap()',
    body,
    'process.stdout.write(String((heap() - before) / 1048576))'
  ].join('\n')
  const output = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {encoding: 'utf8'})
  return Number(output)
}

describe('memory kept past a document', () => {
  it('the heading normalisation cache keeps copies, not the documents its headings were cut from', () => {
    const growth = heapGrowth(
      [
        `const {normalizeHeading} = await import(${JSON.stringify(core)})`,
        "normalizeHeading('Warm up')"
      ].join('\n'),
      [
        'const kept = []',
        'for (let index = 0; index < 40; index++) {',
        '  const document = makeDocument(index)',
        '  kept.push(normalizeHeading(document.slice(2, 40)))',
        '}'
      ].join('\n')
    )
    // 40 documents of 1 MB each would be 40 MB.
    expect(growth).toBeLessThan(8)
  })

  it('messages keep copies of the text they quote (reason, expected, actual, cause, data), not the documents', () => {
    const growth = heapGrowth(
      [
        `const {defineRule, recordEmittedMessages, templateRuleOptions} = await import(${JSON.stringify(core)})`,
        // As the rule tester does: messages keep their data too.
        'recordEmittedMessages()',
        `const {unified} = await import(${JSON.stringify(packageEntry('unified'))})`,
        `const {default: remarkParse} = await import(${JSON.stringify(packageEntry('remark-parse'))})`,
        `const {VFile} = await import(${JSON.stringify(packageEntry('vfile'))})`,
        'let document = ""',
        'const rule = defineRule({',
        "  id: 'plan-demo', description: 'Demo', options: templateRuleOptions,",
        '  messages: {found: ({text}) => `Unexpected \\`${text}\\`, expected nothing`},',
        '  check({tree, report}) {',
        '    const quoted = document.slice(2, 60)',
        "    report('found', {text: quoted}, tree.children[0], {expected: [document.slice(3, 50)], actual: document.slice(4, 50), cause: {message: `See ${document.slice(5, 50)}`, place: tree.children[0]}})",
        '  }',
        '})',
        "const processor = unified().use(remarkParse).use(rule, {template: {id: 'demo', name: 'demo'}})",
        "await processor.run(processor.parse('# warm up\\n'), new VFile('# warm up\\n'))"
      ].join('\n'),
      [
        'const files = []',
        'for (let index = 0; index < 40; index++) {',
        '  document = makeDocument(index)',
        "  const file = new VFile({path: `plan-${index}.md`, value: '# x\\n'})",
        '  await processor.run(processor.parse(file), file)',
        '  files.push(file)',
        '}',
        "document = ''",
        'if (files.some((file) => file.messages.length !== 1)) throw new Error("expected one message per file")'
      ].join('\n')
    )
    expect(growth).toBeLessThan(8)
  })
})
