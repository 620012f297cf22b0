/**
 * The GitHub Action as the runner runs it: the committed `bundle/action.mjs`
 * (action.yml's `runs.main`) in a child process, in a temporary git
 * repository with a base and a head commit, with a simulated runner
 * environment: the event payload, `INPUT_*` variables, and the
 * `GITHUB_STEP_SUMMARY` and `GITHUB_OUTPUT` files.
 */
import {execFileSync, spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './helpers/cli.js'
import {cleanPlan, debrisPlan, locate, misorderedPlan, readme} from './helpers/plans.js'

const actionEntry = path.join(repoRoot, 'bundle', 'action.mjs')
const docs = 'https://github.com/plan-lint/plan-lint/blob/main/docs/rules/'
const spec = '# Feature Specification\n\nWhat the plan answers to.\n'

let temp: string
let repo: string
let base: string
let head: string

function git(args: string[], cwd = repo): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', env: gitEnv()}).trim()
}

/** No git configuration or git variables of this machine leak in. */
function gitEnv(): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')))
  return {
    ...clean,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(temp, 'gitconfig'),
    GIT_AUTHOR_NAME: 'Plan Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Plan Author',
    GIT_COMMITTER_EMAIL: 'author@example.com'
  }
}

function write(file: string, text: string, root = repo): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  fs.writeFileSync(path.join(root, file), text)
}

// The base: a plan with one problem already in it, an old plan full of debris.
const basePlan = cleanPlan.replace('**Testing**: JUnit 5 with Testcontainers for Redis', '**Testing**: [e.g., pytest, XCTest]')
// The head: the same plan with a new problem on its date line.
const headPlan = basePlan.replace('**Date**: 2026-02-09', '**Date**: [DATE]')
// A new plan whose template example holds table and HTML syntax.
const newPlan = debrisPlan.replace('[e.g., FastAPI, UIKit, LLVM or NEEDS CLARIFICATION]', '[e.g., Ktor | Spring <b>Boot</b>]')

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-lint-action-'))
  fs.writeFileSync(path.join(temp, 'gitconfig'), '')
  repo = path.join(temp, 'repo')
  fs.mkdirSync(repo)
  git(['init', '-q', '-b', 'main'])
  write('README.md', readme)
  write('specs/001-search/plan.md', basePlan)
  write('specs/001-search/spec.md', spec)
  write('specs/002-old/plan.md', debrisPlan)
  write('specs/002-old/spec.md', spec)
  git(['add', '-A'])
  git(['commit', '-q', '-m', 'base'])
  base = git(['rev-parse', 'HEAD'])
  git(['checkout', '-q', '-b', 'feature'])
  write('README.md', `${readme}\n[NEEDS CLARIFICATION: not a plan, not linted]\n`)
  write('specs/001-search/plan.md', headPlan)
  write('specs/003-new/plan.md', newPlan)
  write('specs/003-new/spec.md', spec)
  write('specs/004-order/plan.md', misorderedPlan)
  write('specs/004-order/spec.md', spec)
  git(['add', '-A'])
  git(['commit', '-q', '-m', 'head'])
  head = git(['rev-parse', 'HEAD'])
})

afterAll(() => {
  fs.rmSync(temp, {recursive: true, force: true})
})

interface Annotation {
  level: string
  properties: Record<string, string>
  message: string
}

interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  annotations: Annotation[]
  summary: string
  outputs: Record<string, string>
}

function unescapeCommand(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%')
}

function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescapeCommand(pair.slice(at + 1))
    }
    annotations.push({level: match[1] as string, properties, message: unescapeCommand(match[3] as string)})
  }
  return annotations
}

/** `name<<delimiter` ... `delimiter` blocks, as the runner reads them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] as string)
    if (!match) continue
    const end = lines.indexOf(match[2] as string, index + 1)
    outputs[match[1] as string] = lines.slice(index + 1, end).join('\n')
    index = end
  }
  return outputs
}

interface RunOptions {
  inputs?: Record<string, string>
  event?: 'pull_request' | 'push'
  cwd?: string
}

let runs = 0

/** Run the bundled action as the runner would, with only this simulated GitHub environment. */
function runAction({inputs = {}, event = 'pull_request', cwd = repo}: RunOptions = {}): Promise<ActionRun> {
  const id = ++runs
  const eventPath = path.join(temp, `event-${id}.json`)
  const summaryPath = path.join(temp, `summary-${id}.md`)
  const outputPath = path.join(temp, `output-${id}.txt`)
  const payload =
    event === 'pull_request'
      ? {action: 'synchronize', number: 7, pull_request: {number: 7, base: {ref: 'main', sha: base}, head: {ref: 'feature', sha: head}}}
      : {ref: 'refs/heads/feature', before: base, after: head}
  fs.writeFileSync(eventPath, JSON.stringify(payload))
  fs.writeFileSync(summaryPath, '')
  fs.writeFileSync(outputPath, '')
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(gitEnv())) {
    if (!key.startsWith('GITHUB_') && !key.startsWith('INPUT_') && !key.startsWith('RUNNER_')) env[key] = value
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: cwd,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/plans',
    GITHUB_SHA: head,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath
  })
  // The runner sets every input action.yml declares, with its default when the workflow gives none.
  const defaults: Record<string, string> = {
    paths: '',
    preset: 'auto',
    'only-changed': 'auto',
    'fail-level': 'error',
    'max-warnings': '-1',
    sarif: '',
    'working-directory': '.'
  }
  for (const [name, value] of Object.entries({...defaults, ...inputs})) env[`INPUT_${name.toUpperCase()}`] = value
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [actionEntry], {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({
        code,
        stdout,
        stderr,
        annotations: parseAnnotations(stdout),
        summary: fs.readFileSync(summaryPath, 'utf8'),
        outputs: parseOutputs(fs.readFileSync(outputPath, 'utf8'))
      })
    })
  })
}

function annotatedFiles(run: ActionRun): string[] {
  return [...new Set(run.annotations.filter((a) => a.properties.file).map((a) => a.properties.file as string))].sort()
}

/** The summary's table rows per file (`### <file>` sections). */
function summaryRows(summary: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  let file: string | undefined
  for (const line of summary.split('\n')) {
    const heading = /^### .*?<code>(.*?)<\/code>/.exec(line)
    if (heading) {
      file = heading[1] as string
      rows.set(file, [])
    } else if (file && line.startsWith('| ') && !line.startsWith('| Severity') && !line.startsWith('| ---')) {
      rows.get(file)?.push(line)
    }
  }
  return rows
}

/** The cells of a table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim())
}

describe('on a pull request, by default', () => {
  let run: ActionRun

  beforeAll(async () => {
    run = await runAction()
  })

  it('lints only the plan files the pull request changes, and fails on their errors', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    expect([...summaryRows(run.summary).keys()].sort()).toEqual(['specs/001-search/plan.md', 'specs/003-new/plan.md', 'specs/004-order/plan.md'])
    expect(run.summary).not.toContain('002-old')
    expect(run.summary).not.toContain('README')
    expect(run.outputs).toMatchObject({files: '3', sarif: ''})
  })

  it('annotates only the findings on changed lines', () => {
    expect(annotatedFiles(run)).toEqual(['specs/001-search/plan.md', 'specs/003-new/plan.md', 'specs/004-order/plan.md'])
    const edited = run.annotations.filter((a) => a.properties.file === 'specs/001-search/plan.md')
    const date = locate(headPlan, '[DATE]')
    expect(edited).toEqual([
      {
        level: 'error',
        properties: {
          file: 'specs/001-search/plan.md',
          line: String(date.line),
          endLine: String(date.line),
          col: String(date.column),
          endColumn: String(date.endColumn - 1),
          title: 'plan-lint(plan-no-placeholders)'
        },
        message: "Unexpected template token `[DATE]`, expected the plan's own content"
      }
    ])
    // A new file is all changed lines: every finding in it is annotated.
    const added = run.annotations.filter((a) => a.properties.file === 'specs/003-new/plan.md')
    expect(added.length).toBe(summaryRows(run.summary).get('specs/003-new/plan.md')?.length)
    expect(added.map((a) => a.level)).toContain('warning')
  })

  it('lists every finding in the job summary, with links to the lines and the rules', () => {
    const rows = summaryRows(run.summary)
    const edited = rows.get('specs/001-search/plan.md') ?? []
    // The finding on the unchanged Testing line is listed, though not annotated.
    expect(edited.length).toBe(2)
    const testingLine = basePlan.split('\n').findIndex((line) => line.startsWith('**Testing**')) + 1
    expect(edited.some((row) => cells(row)[1]?.startsWith(`[${testingLine}](`))).toBe(true)
    const dateRow = edited.find((row) => row.includes('DATE')) as string
    expect(cells(dateRow)).toEqual([
      'error',
      `[3](https://github.com/acme/plans/blob/${head}/specs/001-search/plan.md#L3)`,
      `[plan-no-placeholders](${docs}plan-no-placeholders.md)`,
      "Unexpected template token <code>\\[DATE\\]</code>, expected the plan's own content"
    ])
    const total = [...rows.values()].reduce((sum, list) => sum + list.length, 0)
    const errors = [...rows.values()].flat().filter((row) => cells(row)[0] === 'error').length
    const warnings = [...rows.values()].flat().filter((row) => cells(row)[0] === 'warning').length
    expect(total).toBe(errors + warnings)
    expect(run.outputs).toMatchObject({errors: String(errors), warnings: String(warnings)})
    expect(run.summary).toMatch(new RegExp(`^## plan-lint: ${errors} errors, ${warnings} warnings\n`))
    expect(run.summary).toContain(`### [<code>specs/003-new/plan.md</code>](https://github.com/acme/plans/blob/${head}/specs/003-new/plan.md)`)
  })

  it('keeps plan text from breaking the table or becoming markup', () => {
    const rows = summaryRows(run.summary).get('specs/003-new/plan.md') ?? []
    const row = rows.find((line) => line.includes('Ktor')) as string
    expect(cells(row)).toHaveLength(4)
    expect(cells(row)[3]).toBe(
      "Unexpected template example <code>\\[e.g., Ktor \\| Spring &lt;b&gt;Boot&lt;/b&gt;\\]</code>, expected the plan's own content"
    )
    expect(run.summary).not.toContain('<b>')
    const from = locate(newPlan, '<!--').line
    const to = locate(newPlan, '-->').line
    const multiLine = rows.find((line) => cells(line)[1]?.startsWith(`[${from}–${to}](`))
    expect(multiLine).toContain(`/specs/003-new/plan.md#L${from}-L${to})`)
  })
})

describe('inputs', () => {
  it('`only-changed: false` lints every plan, still annotating only changed lines', async () => {
    const run = await runAction({inputs: {'only-changed': 'false'}})
    expect(run.code).toBe(1)
    expect([...summaryRows(run.summary).keys()].sort()).toEqual([
      'specs/001-search/plan.md',
      'specs/002-old/plan.md',
      'specs/003-new/plan.md',
      'specs/004-order/plan.md'
    ])
    expect(run.outputs.files).toBe('4')
    expect(annotatedFiles(run)).not.toContain('specs/002-old/plan.md')
  })

  it('`sarif` writes a SARIF report and names it in the outputs', async () => {
    const run = await runAction({inputs: {sarif: 'reports/plan-lint.sarif'}})
    const file = path.join(repo, 'reports/plan-lint.sarif')
    expect(run.outputs.sarif).toBe(file)
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as {version: string; runs: Array<{results: unknown[]}>}
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]?.results).toHaveLength(Number(run.outputs.errors) + Number(run.outputs.warnings))
    fs.rmSync(path.join(repo, 'reports'), {recursive: true})
  })

  it('`sarif` writes an empty report when no plan changed', async () => {
    const run = await runAction({inputs: {sarif: 'empty.sarif', paths: 'specs/002-old'}})
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({files: '0', errors: '0', warnings: '0'})
    const log = JSON.parse(fs.readFileSync(path.join(repo, 'empty.sarif'), 'utf8')) as {runs: Array<{results: unknown[]}>}
    expect(log.runs[0]?.results).toEqual([])
    expect(run.summary).toContain('This pull request changes no plan files to lint.')
    fs.rmSync(path.join(repo, 'empty.sarif'))
  })

  // specs/004-order/plan.md changed with one warning and no error.
  const warningsOnly = {paths: 'specs/004-order'}

  it.each([
    ['error', '-1', 0],
    ['warning', '-1', 1],
    ['none', '-1', 0],
    ['error', '0', 1],
    ['error', '1', 0],
    ['none', '0', 1]
  ])('`fail-level: %s`, `max-warnings: %s` with one warning exits %i', async (failLevel, maxWarnings, code) => {
    const run = await runAction({inputs: {...warningsOnly, 'fail-level': failLevel, 'max-warnings': maxWarnings}})
    expect(run.outputs).toMatchObject({files: '1', errors: '0', warnings: '1'})
    expect(run.code).toBe(code)
    if (maxWarnings === '0') expect(run.stdout).toContain('::error title=plan-lint::1 warning exceeds max-warnings 0')
  })

  it('`fail-level: none` passes despite errors', async () => {
    const run = await runAction({inputs: {'fail-level': 'none'}})
    expect(Number(run.outputs.errors)).toBeGreaterThan(0)
    expect(run.code).toBe(0)
  })

  it('`working-directory` lints from a folder, reporting paths from the repository root', async () => {
    const run = await runAction({inputs: {'working-directory': 'specs/003-new', sarif: 'wd.sarif'}})
    expect([...summaryRows(run.summary).keys()]).toEqual(['specs/003-new/plan.md'])
    expect(annotatedFiles(run)).toEqual(['specs/003-new/plan.md'])
    const log = JSON.parse(fs.readFileSync(path.join(repo, 'wd.sarif'), 'utf8')) as {
      runs: Array<{results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>
    }
    const uris = new Set(log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri))
    expect([...uris]).toEqual(['specs/003-new/plan.md'])
    fs.rmSync(path.join(repo, 'wd.sarif'))
  })

  it.each([
    [{'fail-level': 'fatal'}, 'Invalid `fail-level` value `fatal`, expected `error`, `warning` or `none`'],
    [{'max-warnings': 'many'}, 'Invalid `max-warnings` value `many`, expected a whole number, or -1 for no limit'],
    [{'only-changed': 'yes'}, 'Invalid `only-changed` value `yes`, expected `auto`, `true` or `false`'],
    [{preset: 'nope'}, 'Unknown preset `nope`, expected one of'],
    [{paths: 'no/such/folder'}, 'No such file or folder: `no/such/folder`']
  ])('a usage problem (%o) fails the step with one error', async (inputs, message) => {
    const run = await runAction({inputs})
    expect(run.code).toBe(1)
    expect(run.annotations).toHaveLength(1)
    expect(run.annotations[0]).toMatchObject({level: 'error', properties: {title: 'plan-lint'}})
    expect(run.annotations[0]?.message).toContain(message)
    expect(run.summary).toBe('')
  })
})

describe('a workspace reached through a symlink', () => {
  it('still finds the changed files, with paths from the repository root', async () => {
    const link = path.join(temp, 'workspace-link')
    fs.symlinkSync(repo, link)
    const run = await runAction({cwd: link})
    expect([...summaryRows(run.summary).keys()].sort()).toEqual(['specs/001-search/plan.md', 'specs/003-new/plan.md', 'specs/004-order/plan.md'])
    expect(annotatedFiles(run)).toEqual(['specs/001-search/plan.md', 'specs/003-new/plan.md', 'specs/004-order/plan.md'])
  })
})

describe('without a pull request', () => {
  it('on a push, lints every plan and annotates every finding', async () => {
    const run = await runAction({event: 'push'})
    expect(run.code).toBe(1)
    expect(run.outputs.files).toBe('4')
    expect(annotatedFiles(run)).toEqual(['specs/001-search/plan.md', 'specs/002-old/plan.md', 'specs/003-new/plan.md', 'specs/004-order/plan.md'])
    expect(run.summary).toContain('Every finding is listed here')
    expect(run.annotations.filter((a) => a.level === 'error').length).toBeGreaterThan(10)
    expect(run.stdout).toMatch(/^plan-lint: GitHub shows 10 annotations of each level per step; \d+ more findings are in the job summary$/m)
  })

  it('keeps a huge job summary under GitHub’s 1 MiB, saying how many findings it leaves out', async () => {
    const huge = path.join(temp, 'huge')
    fs.mkdirSync(huge)
    git(['init', '-q'], huge)
    const steps = Array.from({length: 5000}, (_, index) => `- Step ${index} uses [e.g., Ktor | Spring <b>Boot</b>, or another framework]`)
    write('plan.md', `# Implementation Plan: Huge\n\n## Summary\n\n${steps.join('\n')}\n`, huge)
    const run = await runAction({event: 'push', cwd: huge})
    expect(run.code).toBe(1)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
    const shown = summaryRows(run.summary).get('plan.md')?.length ?? 0
    const left = /\n(\d+) more findings not shown: GitHub limits a job summary to 1 MiB/.exec(run.summary)
    expect(shown).toBeGreaterThan(1000)
    // 5,000 placeholders and the note that no template style was recognised.
    expect(shown + Number(left?.[1])).toBe(5001)
  }, 60_000)
})

describe('in a shallow checkout', () => {
  function shallowClone(name: string): string {
    const target = path.join(temp, name)
    git(['clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo}`, target], temp)
    expect(() => git(['cat-file', '-e', `${base}^{commit}`], target)).toThrow()
    return target
  }

  it('fetches the missing base commit and lints only the changes', async () => {
    const clone = shallowClone('shallow-fetch')
    const run = await runAction({cwd: clone})
    expect(run.stdout).not.toContain('::notice')
    expect([...summaryRows(run.summary).keys()].sort()).toEqual(['specs/001-search/plan.md', 'specs/003-new/plan.md', 'specs/004-order/plan.md'])
    expect(run.annotations.filter((a) => a.properties.file === 'specs/001-search/plan.md')).toHaveLength(1)
  })

  it('lints every plan, with a notice, when the base commit cannot be fetched', async () => {
    const clone = shallowClone('shallow-offline')
    git(['remote', 'remove', 'origin'], clone)
    const run = await runAction({cwd: clone})
    const notices = run.annotations.filter((a) => a.level === 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toContain(`The base commit \`${base.slice(0, 7)}\` is not in the checkout and could not be fetched`)
    expect(run.outputs.files).toBe('4')
    expect(run.code).toBe(1)
  })
})
