/**
 * remark-cli compatibility: the real `remark-cli`, with a `.remarkrc.js` that
 * loads a plan-lint preset (or the `remarkPlanLint` plugin), finds exactly
 * what `plan-lint` finds on the same files: same file, range, rule, severity
 * and text. plan-lint is run twice: reading the same configuration, and
 * ignoring it with the equivalent `--preset`.
 *
 * remark-cli's `--report json` needs `vfile-reporter-json`, which this
 * repository does not install; the project gets a few-line reporter of its
 * own instead, loaded with `--report ./report.mjs` as any reporter is.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseMarkers} from '@plan-lint/core/markers'
import {afterAll, describe, it, type ExpectStatic} from 'vitest'
import {parseReport, repoRoot, runCli, runNodeScript, type CliResult, type JsonReport} from './helpers/cli.js'
import {readme} from './helpers/plans.js'
import {removeTempProjects, tempProject, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const remarkCli = path.join(repoRoot, 'node_modules', 'remark-cli', 'cli.js')

/** A vfile reporter printing what the comparison needs, as JSON. */
const reporter = `import path from 'node:path'

export default function report(files) {
  return JSON.stringify(files.map((file) => ({
    path: path.relative(file.cwd, path.resolve(file.cwd, file.path)).split(path.sep).join('/'),
    messages: file.messages.map((message) => {
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      return {
        ruleId: message.ruleId ?? null,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        message: message.reason,
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: end?.line ?? null,
        endColumn: end?.column ?? null
      }
    })
  })))
}
`

interface Finding {
  path: string
  ruleId: string | null
  severity: string
  message: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
}

const order = (a: Finding, b: Finding) => JSON.stringify(a).localeCompare(JSON.stringify(b))

function findingsOf(files: Array<{path: string; messages: Array<Omit<Finding, 'path'>>}>): Finding[] {
  return files
    .flatMap((file) =>
      file.messages.map(({ruleId, severity, message, line, column, endLine, endColumn}) => ({
        path: file.path,
        ruleId,
        severity,
        message,
        line,
        column,
        endLine,
        endColumn
      }))
    )
    .sort(order)
}

function runRemark(args: string[], cwd: string): Promise<CliResult> {
  return runNodeScript(remarkCli, args, cwd)
}

/** A fixture's text without its markers, and the (line, rule) pairs they announce. */
function fixture(relative: string): {text: string; expected: string[]} {
  const {text, expectations} = parseMarkers(fs.readFileSync(path.join(repoRoot, 'fixtures', relative), 'utf8'))
  return {text, expected: expectations.map(({line, ruleId}) => `${line} ${ruleId}`).sort()}
}

interface Case {
  /** Project path of the plan. */
  plan: string
  /** Fixture the plan comes from, relative to `fixtures/`. */
  from: string
  /** Fixture used as the plan's `spec.md`. */
  spec: string
}

/** A project with the configuration, the reporter and the plans with their specs; plan-lint packages linked. */
function project(config: string, cases: Case[]): {project: TempProject; expected: Map<string, string[]>} {
  const created = tempProject({
    'package.json': '{"private": true, "type": "module"}\n',
    '.remarkrc.js': config,
    'report.mjs': reporter
  }).linkPackages()
  const expected = new Map<string, string[]>()
  for (const {plan, from, spec} of cases) {
    const {text, expected: pairs} = fixture(from)
    created.write(path.posix.join(path.posix.dirname(plan), 'spec.md'), fs.readFileSync(path.join(repoRoot, 'fixtures', spec), 'utf8'))
    created.write(plan, text)
    expected.set(plan, pairs)
  }
  return {project: created, expected}
}

/** remark-cli's findings, and plan-lint's with the configuration and with `--no-config` plus `planLintArgs`. */
async function lintAll(
  expect: ExpectStatic,
  where: TempProject,
  files: string[],
  planLintArgs: string[]
): Promise<{remark: Finding[]; withConfig: Finding[]; withoutConfig: Finding[]}> {
  const [remark, withConfig, withoutConfig] = await Promise.all([
    runRemark(['--no-stdout', '--frail', '--report', './report.mjs', ...files], where.root),
    runCli(['--format', 'json', ...files], where.root),
    runCli(['--format', 'json', '--no-config', ...planLintArgs, ...files], where.root)
  ])
  expect(remark.code, remark.stderr).toBe(1)
  expect(remark.stdout).toBe('')
  expect(withConfig.code, withConfig.stderr).toBe(1)
  expect(withoutConfig.code, withoutConfig.stderr).toBe(1)
  const reports: JsonReport[] = [parseReport(withConfig.stdout), parseReport(withoutConfig.stdout)]
  const remarkFiles = JSON.parse(remark.stderr) as Array<{path: string; messages: Array<Omit<Finding, 'path'>>}>
  expect(remarkFiles.map((file) => file.path).sort()).toEqual([...files].sort())
  return {
    remark: findingsOf(remarkFiles),
    withConfig: findingsOf((reports[0] as JsonReport).files),
    withoutConfig: findingsOf((reports[1] as JsonReport).files)
  }
}

/** Each plan's findings as `line ruleId` pairs, to compare with its fixture's markers. */
function pairsByFile(findings: Finding[]): Map<string, string[]> {
  const pairs = new Map<string, string[]>()
  for (const finding of findings) {
    const list = pairs.get(finding.path) ?? []
    list.push(`${finding.line} ${finding.ruleId}`)
    pairs.set(finding.path, list)
  }
  for (const list of pairs.values()) list.sort()
  return pairs
}

describe('remark-cli with a plan-lint configuration', () => {
  it('`remark-preset-plan-spec-kit`: the same findings as plan-lint', async ({expect}) => {
    const cases = [
      {plan: 'specs/052-reader-dark-mode/plan.md', from: 'spec-kit/invalid/action-required-comments.md', spec: 'spec-kit/invalid/spec.md'},
      {plan: 'specs/053-placeholders/plan.md', from: 'spec-kit/invalid/leftover-placeholders.md', spec: 'spec-kit/invalid/spec.md'},
      {plan: 'specs/054-option-labels/plan.md', from: 'spec-kit/invalid/option-labels-source-tree.md', spec: 'spec-kit/invalid/spec.md'}
    ]
    const {project: where, expected} = project(
      "import specKit from 'remark-preset-plan-spec-kit'\n\nexport default {plugins: [specKit]}\n",
      cases
    )
    const files = cases.map(({plan}) => plan)
    const found = await lintAll(expect, where, files, ['--preset', 'spec-kit'])
    expect(found.remark).toEqual(found.withConfig)
    expect(found.remark).toEqual(found.withoutConfig)
    expect(pairsByFile(found.remark)).toEqual(expected)
  })

  it('`remark-preset-plan-spec-kit-gates` (a preset with layouts): the same findings as plan-lint', async ({expect}) => {
    const cases = ['objective-open-items', 'summary-layout-gaps'].map((name) => ({
      plan: `plans/${name}/plan.md`,
      from: `spec-kit-gates/invalid/${name}/plan.md`,
      spec: `spec-kit-gates/invalid/${name}/spec.md`
    }))
    const {project: where, expected} = project(
      "import specKitGates from 'remark-preset-plan-spec-kit-gates'\n\nexport default {plugins: [specKitGates]}\n",
      cases
    )
    const files = cases.map(({plan}) => plan)
    const found = await lintAll(expect, where, files, ['--preset', 'spec-kit-gates'])
    expect(found.remark).toEqual(found.withConfig)
    expect(found.remark).toEqual(found.withoutConfig)
    expect(pairsByFile(found.remark)).toEqual(expected)
  })

  it('`remarkPlanLint` from `plan-lint` with `{preset: \'auto\'}`: the same findings as plan-lint', async ({expect}) => {
    const cases = [
      {plan: 'specs/052-reader-dark-mode/plan.md', from: 'spec-kit/invalid/action-required-comments.md', spec: 'spec-kit/invalid/spec.md'},
      {plan: 'plans/summary-layout-gaps/plan.md', from: 'spec-kit-gates/invalid/summary-layout-gaps/plan.md', spec: 'spec-kit-gates/invalid/summary-layout-gaps/spec.md'},
      {plan: 'docs/no-option-chosen/plan.md', from: 'technical-plan/invalid/no-option-chosen/plan.md', spec: 'technical-plan/invalid/no-option-chosen/spec.md'}
    ]
    const {project: where, expected} = project(
      "import {remarkPlanLint} from 'plan-lint'\n\nexport default {plugins: [[remarkPlanLint, {preset: 'auto'}]]}\n",
      cases
    )
    // A Markdown file of no known style: both run the style-free rules and say so.
    where.write('README.md', readme)
    const files = [...cases.map(({plan}) => plan), 'README.md']
    const found = await lintAll(expect, where, files, [])
    expect(found.remark).toEqual(found.withConfig)
    expect(found.remark).toEqual(found.withoutConfig)
    const pairs = pairsByFile(found.remark)
    expect(pairs.get('README.md')).toEqual(['1 plan-style'])
    pairs.delete('README.md')
    expect(pairs).toEqual(expected)
  })
})
