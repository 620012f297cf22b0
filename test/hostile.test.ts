/**
 * Hostile and odd input through the real command line (docs/reliability.md):
 * each input's documented behaviour and exit status, and stderr within the
 * contract: one `plan-lint: ...` line per problem, never a stack trace.
 *
 * Tested elsewhere: spaces and non-ASCII in file names, an unreadable file
 * named on the command line (skipped as root), a symlink loop named on the command line, a
 * folder argument, an output file that is a folder (cli.test.ts); hostile
 * names in the SARIF and GitHub reports (escapes.test.ts).
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import {afterAll, describe, it, type ExpectStatic} from 'vitest'
import {deepestNesting, maxNesting, maxPlanBytes} from '../packages/cli/dist/limits.js'
import {binPath, linesOf, parseReport, runCli, type CliResult, type JsonReport} from './helpers/cli.js'
import {cleanPlan, debrisPlan, locate} from './helpers/plans.js'
import {removeTempProjects, tempProject} from './helpers/project.js'

// Thousands of files and a 50 MB one take a while to remove.
afterAll(removeTempProjects, 120_000)

const stackFrame = /\n\s+at /
const isRoot = process.getuid?.() === 0
/** Whether unreadable files can be made here: as anyone but root, or as root through `setpriv`. */
const canDenyReading = !isRoot || fs.existsSync('/usr/bin/setpriv')

interface LongRun {
  /** Kill the run after this many milliseconds. */
  timeout: number
  /** `ulimit -n` for the run. */
  openFiles?: number
  /** `--max-old-space-size` for the run, in MB. */
  heap?: number
  /** Run as `nobody` (as root, whom file permissions do not stop). */
  asNobody?: boolean
}

/** Run the CLI with a longer time limit than runCli, optionally fewer open files or a smaller heap. */
function runLong(args: string[], cwd: string, options: LongRun): Promise<CliResult> {
  const node = [
    ...(options.asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : []),
    process.execPath,
    ...(options.heap ? [`--max-old-space-size=${options.heap}`] : []),
    binPath,
    ...args
  ]
  const [command, argv] = options.openFiles
    ? ['sh', ['-c', `ulimit -n ${options.openFiles} && exec "$@"`, 'sh', ...node]]
    : [node[0] as string, node.slice(1)]
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {cwd, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr})
    })
  })
}

/** stderr holds these lines exactly (each a `plan-lint: ` line) and no stack trace. */
function expectStderr(expect: ExpectStatic, result: CliResult, lines: Array<string | RegExp>): void {
  expect(result.stderr).not.toMatch(stackFrame)
  const actual = linesOf(result.stderr)
  expect(actual, result.stderr).toHaveLength(lines.length)
  lines.forEach((line, index) => {
    if (typeof line === 'string') expect(actual[index]).toBe(line)
    else expect(actual[index]).toMatch(line)
  })
}

/** Exit 2, nothing on stdout, one `plan-lint: ...` line on stderr matching `pattern`. */
function expectFailure(expect: ExpectStatic, result: CliResult, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  expectStderr(expect, result, [pattern])
}

function reportOf(expect: ExpectStatic, result: CliResult): JsonReport {
  expect(result.stderr).not.toMatch(stackFrame)
  let report: JsonReport | undefined
  expect(() => (report = parseReport(result.stdout)), result.stdout + result.stderr).not.toThrow()
  return report as JsonReport
}

/** A file's messages without its path: what must not change when only the encoding or line endings do. */
function findingsOf(report: JsonReport, file: string) {
  return report.files.find((entry) => entry.path === file)?.messages
}

/** The body of the clean plan (below its title), repeated to at least `bytes`. */
function bigPlan(bytes: number): string {
  const body = cleanPlan.slice(cleanPlan.indexOf('\n') + 1)
  const parts = [cleanPlan]
  for (let size = cleanPlan.length; size < bytes; size += body.length + 1) parts.push(body)
  return parts.join('\n')
}

describe.concurrent('odd but valid text', () => {
  it('an empty file, only whitespace, only front matter: linted, no template style recognised, exit 0', async ({
    expect
  }) => {
    const project = tempProject({
      'empty-plan.md': '',
      'blank-plan.md': ' \n\t\n\n   \r\n',
      'front-matter-plan.md': '---\ntitle: Rate limits\n---\n'
    })
    const [auto, specKit] = await Promise.all([
      runCli(['--format', 'json'], project.root),
      runCli(['--format', 'json', '--preset', 'spec-kit', 'empty-plan.md'], project.root)
    ])
    expect(auto.code, auto.stderr).toBe(0)
    expect(auto.stderr).toBe('')
    const report = reportOf(expect, auto)
    expect(report.files.map((file) => file.path)).toEqual(['blank-plan.md', 'empty-plan.md', 'front-matter-plan.md'])
    for (const file of report.files) {
      expect(file.preset).toBeNull()
      expect(file.messages.map((message) => message.ruleId)).toEqual(['plan-style'])
    }
    // With a preset, an empty plan misses everything the template requires.
    expect(specKit.code, specKit.stderr).toBe(1)
    expect(specKit.stderr).toBe('')
    expect(reportOf(expect, specKit).files[0]?.messages.map((message) => message.ruleId)).toContain('plan-required-sections')
  })

  it('a byte order mark, CRLF and mixed line endings: the same findings at the same places', async ({expect}) => {
    const lines = debrisPlan.split('\n')
    const project = tempProject({
      'lf-plan.md': debrisPlan,
      'bom-plan.md': `\uFEFF${debrisPlan}`,
      'crlf-plan.md': lines.join('\r\n'),
      'mixed-plan.md': lines.map((line, index) => (index % 2 ? `${line}\r\n` : `${line}\n`)).join('')
    })
    const result = await runCli(['--format', 'json'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const report = reportOf(expect, result)
    const expected = findingsOf(report, 'lf-plan.md')
    expect(expected?.length).toBeGreaterThan(5)
    expect(expected).toContainEqual(expect.objectContaining({ruleId: 'plan-no-placeholders', ...locate(debrisPlan, '[DATE]')}))
    for (const file of ['bom-plan.md', 'crlf-plan.md', 'mixed-plan.md']) {
      expect(findingsOf(report, file), file).toEqual(expected)
    }
  })

  it('invalid UTF-8: linted as decoded (U+FFFD), one notice naming the file and the first bad byte', async ({
    expect
  }) => {
    const date = locate(debrisPlan, '[DATE]')
    const line = debrisPlan.split('\n')[date.line - 1] as string
    // Two bad sequences on the line of `[DATE]`, after it: 0xFF and a lone lead byte.
    const broken = debrisPlan.replace(line, `${line} \uFFFF`)
    const bytes = Buffer.from(broken, 'utf8')
    const marker = bytes.indexOf(Buffer.from(' \uFFFF', 'utf8'))
    const bad = Buffer.concat([bytes.subarray(0, marker + 1), Buffer.from([0xff, 0xc3]), bytes.subarray(marker + 4)])
    const project = tempProject({'bad-plan.md': '', 'replacement-plan.md': `${debrisPlan}\nA literal \uFFFD is valid UTF-8.\n`})
    fs.writeFileSync(project.path('bad-plan.md'), bad)
    const result = await runCli(['--format', 'json'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expectStderr(expect, result, [
      `plan-lint: \`bad-plan.md\` is not valid UTF-8 (first at ${date.line}:${line.length + 2}); invalid bytes are read as U+FFFD`
    ])
    const report = reportOf(expect, result)
    expect(report.files.map((file) => file.path)).toEqual(['bad-plan.md', 'replacement-plan.md'])
    expect(findingsOf(report, 'bad-plan.md')).toContainEqual(expect.objectContaining({ruleId: 'plan-no-placeholders', ...date}))
  })

  it('a binary file (a NUL byte in its first 8 KB) is passed over with one notice; the rest is linted', async ({
    expect
  }) => {
    const project = tempProject({'plan.md': cleanPlan})
    fs.writeFileSync(project.path('image-plan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x0d]))
    fs.writeFileSync(project.path('late-nul-plan.md'), `${debrisPlan}${' '.repeat(9000)}\0\n`)
    const [walked, named] = await Promise.all([
      runCli(['--format', 'json'], project.root),
      runCli(['image-plan.md'], project.root)
    ])
    // A NUL byte after the first 8 KB does not make a file binary: it is linted.
    expect(walked.code, walked.stderr).toBe(1)
    expectStderr(expect, walked, ['plan-lint: `image-plan.md` is a binary file (NUL bytes), not linted'])
    expect(reportOf(expect, walked).files.map((file) => file.path)).toEqual(['late-nul-plan.md', 'plan.md'])
    expect(named.code, named.stderr).toBe(0)
    expect(named.stdout).toBe('')
    expectStderr(expect, named, ['plan-lint: `image-plan.md` is a binary file (NUL bytes), not linted'])
  })
})

// One at a time: the large inputs each take a core and up to a gigabyte.
describe('size and depth', () => {
  it('a 50 MB plan is refused with one line, exit 2, before it is parsed', {timeout: 120_000}, async ({expect}) => {
    const project = tempProject({'big-plan.md': bigPlan(50 * 1024 * 1024)})
    const size = (fs.statSync(project.path('big-plan.md')).size / (1024 * 1024)).toFixed(1)
    const started = Date.now()
    const result = await runLong(['big-plan.md'], project.root, {timeout: 110_000})
    expectFailure(expect, result, new RegExp(`^plan-lint: Cannot lint \`big-plan\\.md\`: ${size} MB, expected at most 10 MB$`))
    // Refused, not parsed: parsing it takes minutes.
    expect(Date.now() - started).toBeLessThan(60_000)
  })

  it('100,000 headings: linted', {timeout: 240_000}, async ({expect}) => {
    const headings = Array.from({length: 100_000}, (_, index) => `## Heading ${index + 1}\n`).join('\n')
    const project = tempProject({'headings-plan.md': `${headings}\nThe store is [e.g., Postgres].\n`})
    const result = await runLong(['--format', 'json', 'headings-plan.md'], project.root, {timeout: 230_000})
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const messages = reportOf(expect, result).files[0]?.messages ?? []
    expect(messages.map((message) => message.ruleId)).toEqual(['plan-style', 'plan-no-placeholders'])
    expect(messages[1]).toMatchObject({line: 200_001, column: 14})
  })

  for (const [name, line] of [
    ['lists', `${'- '.repeat(10_000)}item\n`],
    ['block quotes', `${'>'.repeat(10_000)} quote\n`]
  ] as const) {
    it(`${name} nested 10,000 deep are refused with one line, exit 2, before they are parsed`, async ({expect}) => {
      const project = tempProject({'deep-plan.md': `# Plan\n\n${line}`})
      const result = await runCli(['deep-plan.md'], project.root)
      expectFailure(
        expect,
        result,
        /^plan-lint: Cannot lint `deep-plan\.md`: lists or block quotes nested 10000 deep on line 3, expected at most 100$/
      )
    })
  }

  it(`lists and block quotes nested ${maxNesting} deep (the limit) are linted`, async ({expect}) => {
    const project = tempProject({
      'lists-plan.md': `${Array.from({length: maxNesting}, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n')}\n`,
      'quotes-plan.md': `${'> '.repeat(maxNesting)}[e.g., Postgres]\n`
    })
    const result = await runCli(['--format', 'json'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const report = reportOf(expect, result)
    expect(findingsOf(report, 'lists-plan.md')?.map((message) => message.ruleId)).toEqual(['plan-style'])
    expect(findingsOf(report, 'quotes-plan.md')).toContainEqual(
      expect.objectContaining({ruleId: 'plan-no-placeholders', line: 1, column: 2 * maxNesting + 1})
    )
  })

  it('a 1 MB line: linted, each finding at its column', {timeout: 120_000}, async ({expect}) => {
    const chunk = `${'The service answers within the budget. '.repeat(250)}[NEEDS CLARIFICATION] `
    const line = chunk.repeat(Math.ceil(1024 * 1024 / chunk.length))
    const project = tempProject({'long-plan.md': `# Notes\n\n${line}\n`})
    const result = await runLong(['--format', 'json', 'long-plan.md'], project.root, {timeout: 110_000})
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const markers = (reportOf(expect, result).files[0]?.messages ?? []).filter((message) => message.ruleId === 'plan-rqs-resolved')
    const count = Math.ceil(1024 * 1024 / chunk.length)
    expect(markers).toHaveLength(count)
    const last = line.lastIndexOf('[NEEDS CLARIFICATION]')
    expect(markers.at(-1)).toMatchObject({line: 3, column: last + 1, endLine: 3, endColumn: last + 22})
  })

  it('the nesting bound: sound on containers, blind to thematic breaks, indented code and plain indentation', ({
    expect
  }) => {
    expect(deepestNesting('- a\n  - b\n    > c\n')).toEqual({depth: 3, line: 3})
    expect(deepestNesting('1. a\n   2) b\n').depth).toBe(2)
    // Lazy lines keep containers open; the next indented line continues them.
    expect(deepestNesting('> > > a\nb\n      - c\n').depth).toBe(4)
    expect(deepestNesting(`${'- '.repeat(500)}\n`).depth).toBe(0)
    expect(deepestNesting(`${'* '.repeat(500)}\n`).depth).toBe(0)
    expect(deepestNesting(`\`\`\`\n${' '.repeat(2000)}x\n\`\`\`\n`).depth).toBe(0)
    expect(deepestNesting(`${' '.repeat(2000)}text\n`).depth).toBe(0)
    expect(deepestNesting('-- not a list\n2024-01-01\n').depth).toBe(0)
    expect(maxPlanBytes).toBe(10 * 1024 * 1024)
  })
})

describe.concurrent('file names and the file system', () => {
  it('a name with a line break round-trips in JSON and keeps stylish and notices one line per record', async ({
    expect
  }) => {
    const project = tempProject({'specs/new\nline-plan.md': debrisPlan})
    fs.writeFileSync(project.path('specs/bin\nary-plan.md'), Buffer.from([0, 1, 2]))
    const [json, stylish] = await Promise.all([
      runCli(['--format', 'json'], project.root),
      runCli([], project.root)
    ])
    expect(json.code).toBe(1)
    expect(reportOf(expect, json).files.map((file) => file.path)).toEqual(['specs/new\nline-plan.md'])
    expect(stylish.code).toBe(1)
    const lines = linesOf(stylish.stdout)
    expect(lines[0]).toBe('specs/new\\nline-plan.md')
    for (const line of lines.slice(1, -2)) expect(line).toMatch(/^\s*\d+:\d+(?:-\d+:\d+)?\s+(?:error|warning)\s/)
    for (const result of [json, stylish]) {
      expectStderr(expect, result, ['plan-lint: `specs/bin\\nary-plan.md` is a binary file (NUL bytes), not linted'])
    }
  })

  it('a symlink loop under a scanned folder: discovery ends and lints each plan once', async ({expect}) => {
    const project = tempProject({'specs/a/plan.md': cleanPlan})
      .symlink('specs/a/up', '..')
      .symlink('specs/b/link-to-a', '../a')
      .symlink('specs/0-link', 'a')
      .symlink('specs/a/copy-plan.md', 'plan.md')
      .symlink('specs/loop-1', 'loop-2')
      .symlink('specs/loop-2', 'loop-1')
    const results = await Promise.all([
      runCli(['--format', 'json'], project.root),
      runCli(['--format', 'json', 'specs'], project.root),
      runCli(['--format', 'json', 'specs/**/*plan.md'], project.root)
    ])
    for (const result of results) {
      expect(result.code, result.stderr).toBe(0)
      expect(result.stderr).toBe('')
      expect(reportOf(expect, result).files.map((file) => file.path)).toEqual(['specs/a/plan.md'])
    }
  })

  it.skipIf(!canDenyReading)('an unreadable plan or folder under a scanned folder fails the run with one line naming it', async ({
    expect
  }) => {
    const project = tempProject({'specs/a/plan.md': cleanPlan, 'specs/b/plan.md': cleanPlan})
    // The project must be open to `nobody` for the rest of it to be read.
    fs.chmodSync(project.root, 0o755)
    const lint = () => runLong(['specs'], project.root, {timeout: 30_000, asNobody: isRoot})
    fs.chmodSync(project.path('specs/b/plan.md'), 0o000)
    expectFailure(expect, await lint(), /^plan-lint: Cannot read `specs\/b\/plan\.md`: EACCES$/)
    fs.chmodSync(project.path('specs/b/plan.md'), 0o644)
    fs.chmodSync(project.path('specs/b'), 0o000)
    expectFailure(expect, await lint(), /^plan-lint: Cannot read folder `specs\/b`: EACCES$/)
    fs.chmodSync(project.path('specs/b'), 0o755)
  })

  it('a folder where a file is expected: --output-file fails with one line; a folder to lint is walked', async ({
    expect
  }) => {
    const project = tempProject({'specs/001-x/plan.md': debrisPlan}).mkdir('reports')
    const [output, walked] = await Promise.all([
      runCli(['--output-file', 'reports', 'specs/001-x/plan.md'], project.root),
      runCli(['--format', 'json', 'specs'], project.root)
    ])
    expectFailure(expect, output, /^plan-lint: Cannot write the report to `reports`: EISDIR$/)
    expect(walked.code).toBe(1)
    expect(reportOf(expect, walked).files.map((file) => file.path)).toEqual(['specs/001-x/plan.md'])
  })

  it('5,000 files in one run: no EMFILE under `ulimit -n 256`, within a 256 MB heap', {timeout: 240_000}, async ({
    expect
  }) => {
    const project = tempProject()
    for (let index = 0; index < 5000; index++) {
      const folder = project.path(`specs/${String(index).padStart(4, '0')}-feature`)
      fs.mkdirSync(folder, {recursive: true})
      fs.writeFileSync(`${folder}/plan.md`, `# Plan ${index}\n\nThe store is [e.g., Postgres].\n`)
    }
    const result = await runLong(['--format', 'json'], project.root, {timeout: 230_000, openFiles: 256, heap: 256})
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const report = reportOf(expect, result)
    expect(report.summary).toEqual({files: 5000, errors: 5000, warnings: 0})
    expect(new Set(report.files.map((file) => file.path)).size).toBe(5000)
  })
})
