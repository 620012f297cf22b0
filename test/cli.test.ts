/**
 * End-to-end tests of the `plan-lint` command line: the real binary in a
 * child process, run in throw-away project folders, checked against the
 * contract in DESIGN.md ("Command line (contract)" and the JSON report).
 */
import {afterAll, beforeAll, describe, it, type ExpectStatic} from 'vitest'
import {linesOf, parseReport, repoRoot, runCli, type CliResult, type JsonReport} from './helpers/cli.js'
import {cleanPlan, debrisPlan, locate, misorderedPlan, readme} from './helpers/plans.js'
import {tempProject, removeTempProjects, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const stackFrame = /^\s+at\s/m
const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

/** Exit 2, nothing on stdout, exactly one `plan-lint: ...` line on stderr, no stack trace. */
function expectFailure(expect: ExpectStatic, result: CliResult, pattern?: RegExp): string {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).not.toMatch(stackFrame)
  const lines = linesOf(result.stderr)
  expect(lines, result.stderr).toHaveLength(1)
  const line = lines[0] as string
  expect(line).toMatch(/^plan-lint: \S/)
  if (pattern) expect(line).toMatch(pattern)
  return line
}

/** Parse a JSON report from a run, failing the test with the run's stderr if it is not one. */
function reportOf(expect: ExpectStatic, result: CliResult): JsonReport {
  expect(result.stderr).not.toMatch(stackFrame)
  let report: JsonReport | undefined
  expect(() => (report = parseReport(result.stdout)), result.stdout + result.stderr).not.toThrow()
  return report as JsonReport
}

function ruleIdsOf(report: JsonReport): string[] {
  return [...new Set(report.files.flatMap((file) => file.messages.map((message) => message.ruleId ?? '')))].sort()
}

/** The exact shape of a JSON report, as DESIGN.md pins it down. */
function expectReportShape(expect: ExpectStatic, report: JsonReport): void {
  expect(Object.keys(report).sort()).toEqual(['files', 'summary', 'version'])
  expect(report.version).toBe(1)
  expect(Array.isArray(report.files)).toBe(true)
  let errors = 0
  let warnings = 0
  for (const file of report.files) {
    expect(Object.keys(file).sort()).toEqual(['messages', 'path', 'preset'])
    expect(typeof file.path).toBe('string')
    expect(file.path).not.toContain('\\')
    expect(file.path.startsWith('/')).toBe(false)
    expect(file.preset === null || typeof file.preset === 'string').toBe(true)
    for (const message of file.messages) {
      expect(Object.keys(message).sort()).toEqual([
        'column',
        'endColumn',
        'endLine',
        'line',
        'message',
        'ruleId',
        'severity'
      ])
      expect(['error', 'warning', 'info']).toContain(message.severity)
      expect(typeof message.message).toBe('string')
      expect(message.message.length).toBeGreaterThan(0)
      for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
        const value = message[key]
        expect(value === null || (Number.isInteger(value) && value > 0), `${key}: ${value}`).toBe(true)
      }
      if (message.severity === 'error') errors++
      if (message.severity === 'warning') warnings++
    }
  }
  expect(report.summary).toEqual({files: report.files.length, errors, warnings})
}

describe('examples/', () => {
  it('examples/clean/plan.md lints clean, examples/debris/plan.md fails', async ({expect}) => {
    const [clean, debris] = await Promise.all([
      runCli(['examples/clean/plan.md'], repoRoot),
      runCli(['--format', 'json', 'examples/debris/plan.md'], repoRoot)
    ])
    expect(clean.code, clean.stdout + clean.stderr).toBe(0)
    expect(clean.stderr).toBe('')
    expect(clean.stdout).toBe('examples/clean/plan.md: no issues found\n')

    expect(debris.code, debris.stderr).toBe(1)
    const report = reportOf(expect, debris)
    expect(report.files.map((file) => file.path)).toEqual(['examples/debris/plan.md'])
    expect(report.files[0]?.preset).toBe('spec-kit')
    expect(ruleIdsOf(report)).toEqual(
      expect.arrayContaining([
        'plan-no-empty-sections',
        'plan-no-option-labels',
        'plan-no-placeholders',
        'plan-required-sections'
      ])
    )
  })
})

describe.concurrent('reports', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject({
      'plan.md': cleanPlan,
      'debris-plan.md': debrisPlan,
      'misordered-plan.md': misorderedPlan,
      'specs/001-x/plan.md': debrisPlan,
      'disabled-plan.md': `<!-- lint disable plan-no-placeholders -->\n\n${debrisPlan}`
    })
  })

  it('a clean plan exits 0 and says so', async ({expect}) => {
    const result = await runCli(['plan.md'], project.root)
    expect(result).toEqual({code: 0, stdout: 'plan.md: no issues found\n', stderr: ''})
  })

  it('a plan with debris exits 1 with a stylish report', async ({expect}) => {
    const result = await runCli(['debris-plan.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const lines = linesOf(result.stdout)
    expect(lines[0]).toBe('debris-plan.md')

    const date = locate(debrisPlan, '[DATE]')
    const dateLine = lines.find((line) => line.includes('`[DATE]`'))
    expect(dateLine, result.stdout).toMatch(
      new RegExp(
        `^\\s*${date.line}:${date.column}-${date.endLine}:${date.endColumn}\\s+error\\s+.+\\splan-no-placeholders\\s+remark-lint$`
      )
    )
    // Every finding line carries line:column-endLine:endColumn, a severity and a rule id.
    const findings = lines.filter((line) => /^\s*\d+:\d+/.test(line))
    expect(findings.length).toBeGreaterThanOrEqual(6)
    for (const line of findings) {
      expect(line).toMatch(/^\s*\d+:\d+-\d+:\d+\s+(?:error|warning)\s+\S.*\s(plan-[a-z-]+)\s+remark-lint$/)
    }
    for (const ruleId of [
      'plan-no-placeholders',
      'plan-required-sections',
      'plan-no-option-labels',
      'plan-no-empty-sections'
    ]) {
      expect(result.stdout).toContain(ruleId)
    }
    expect(result.stdout).toMatch(/Missing required section `Constitution Check`/)
    expect(lines.at(-1)).toMatch(/^\d+ messages \(✖ \d+ errors, ⚠ 1 warning\)$/)
  })

  it('--format json prints exactly the DESIGN report shape', async ({expect}) => {
    const result = await runCli(['--format', 'json', 'debris-plan.md', 'specs/001-x/plan.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout.endsWith('\n')).toBe(true)
    const report = reportOf(expect, result)
    expectReportShape(expect, report)

    expect(report.files.map((file) => file.path)).toEqual(['debris-plan.md', 'specs/001-x/plan.md'])
    for (const file of report.files) expect(file.preset).toBe('spec-kit')
    expect(report.summary.files).toBe(2)
    expect(report.summary.errors).toBeGreaterThanOrEqual(12)
    expect(report.summary.warnings).toBe(2)

    const messages = report.files[1]?.messages ?? []
    expect(messages).toContainEqual({
      ruleId: 'plan-no-placeholders',
      severity: 'error',
      message: expect.stringContaining('`[DATE]`'),
      ...locate(debrisPlan, '[DATE]')
    })
    expect(messages).toContainEqual({
      ruleId: 'plan-no-placeholders',
      severity: 'error',
      message: expect.stringContaining('`[e.g., FastAPI, UIKit, LLVM or NEEDS CLARIFICATION]`'),
      ...locate(debrisPlan, '[e.g., FastAPI, UIKit, LLVM or NEEDS CLARIFICATION]')
    })
    expect(messages).toContainEqual({
      ruleId: 'plan-no-placeholders',
      severity: 'error',
      message: expect.stringContaining('`[###-feature]`'),
      ...locate(debrisPlan, '[###-feature]')
    })
    expect(messages).toContainEqual({
      ruleId: 'plan-no-option-labels',
      severity: 'error',
      message: expect.stringContaining('[REMOVE IF UNUSED] Option 1'),
      ...locate(debrisPlan, '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)')
    })
    expect(messages).toContainEqual(
      expect.objectContaining({ruleId: 'plan-required-sections', severity: 'error', message: expect.stringContaining('Constitution Check')})
    )
    expect(messages).toContainEqual(
      expect.objectContaining({ruleId: 'plan-no-placeholders', message: expect.stringContaining('ACTION REQUIRED')})
    )
    expect(messages).toContainEqual({
      ruleId: 'plan-no-empty-sections',
      severity: 'warning',
      message: expect.stringContaining('`Risks`'),
      ...locate(debrisPlan, '## Risks')
    })
    // Messages come in document order.
    const positions = messages.map((message) => [message.line ?? 0, message.column ?? 0] as const)
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1])
    expect(positions).toEqual(sorted)
  })

  it('--output-file writes the report there, creating folders, and prints nothing', async ({expect}) => {
    const result = await runCli(['--format', 'json', '--output-file', 'out/report.json', 'debris-plan.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('')
    const report = parseReport(project.read('out/report.json'))
    expectReportShape(expect, report)
    expect(report.files.map((file) => file.path)).toEqual(['debris-plan.md'])
    expect(report.summary.errors).toBeGreaterThan(0)
  })

  it('--output-file with stylish writes an uncoloured report', async ({expect}) => {
    const result = await runCli(['--output-file', 'reports/deep/stylish.txt', 'debris-plan.md'], project.root, {
      FORCE_COLOR: '1'
    })
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).toBe('')
    const text = project.read('reports/deep/stylish.txt')
    expect(text.startsWith('debris-plan.md\n')).toBe(true)
    expect(text).toContain('plan-no-placeholders')
    expect(text).not.toContain('\u001b[')
  })

  it('--quiet drops warnings and keeps errors', async ({expect}) => {
    const [debris, misordered, json] = await Promise.all([
      runCli(['--quiet', 'debris-plan.md'], project.root),
      runCli(['--quiet', 'misordered-plan.md'], project.root),
      runCli(['--quiet', '--format', 'json', 'debris-plan.md'], project.root)
    ])
    expect(debris.code).toBe(1)
    expect(debris.stdout).toContain('plan-no-placeholders')
    expect(debris.stdout).not.toContain('warning')
    expect(debris.stdout).not.toContain('plan-no-empty-sections')

    expect(misordered.code, misordered.stdout + misordered.stderr).toBe(0)
    expect(misordered.stdout).not.toContain('plan-section-order')

    const report = reportOf(expect, json)
    expectReportShape(expect, report)
    expect(report.summary.warnings).toBe(0)
    expect(report.summary.errors).toBeGreaterThan(0)
    expect(report.files[0]?.messages.every((message) => message.severity === 'error')).toBe(true)
  })

  it('warnings alone exit 0; --max-warnings decides when they fail', async ({expect}) => {
    const [plain, zero, one, five] = await Promise.all([
      runCli(['misordered-plan.md'], project.root),
      runCli(['--max-warnings', '0', 'misordered-plan.md'], project.root),
      runCli(['--max-warnings', '1', 'misordered-plan.md'], project.root),
      runCli(['--max-warnings', '5', 'misordered-plan.md'], project.root)
    ])
    const order = locate(misorderedPlan, '## Technical Context')
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(
      new RegExp(`^\\s*${order.line}:${order.column}-${order.endLine}:${order.endColumn}\\s+warning\\s.*plan-section-order`, 'm')
    )
    expect(plain.stdout).not.toMatch(/\serror\s/)

    expect(zero.code).toBe(1)
    expect(zero.stdout).toContain('plan-section-order')
    expect(zero.stderr).not.toMatch(stackFrame)
    expect(linesOf(zero.stderr)).toHaveLength(1)
    expect(zero.stderr).toMatch(/^plan-lint: .*--max-warnings 0/)

    // "exceed": exactly n warnings is still fine.
    expect(one.code).toBe(0)
    expect(five.code).toBe(0)
    expect(five.stderr).toBe('')
  })

  it('<!-- lint disable plan-no-placeholders --> silences that rule only', async ({expect}) => {
    const result = await runCli(['--format', 'json', 'disabled-plan.md'], project.root)
    expect(result.code).toBe(1)
    const report = reportOf(expect, result)
    const ids = ruleIdsOf(report)
    expect(ids).not.toContain('plan-no-placeholders')
    expect(ids).toEqual(expect.arrayContaining(['plan-no-option-labels', 'plan-required-sections']))
  })
})

describe.concurrent('discovery', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject({
      'specs/001-x/plan.md': cleanPlan,
      'specs/002-y/plan.md': cleanPlan,
      'specs/002-y/research.md': '# Research\n\nNotes.\n',
      'docs/FEAT-1-plan.md': cleanPlan,
      'notes.md': debrisPlan,
      'planning.md': debrisPlan,
      'node_modules/some-package/plan.md': debrisPlan,
      'node_modules/some-package/docs/x-plan.md': debrisPlan,
      '.git/plan.md': debrisPlan,
      'specs/001-x/node_modules/plan.md': debrisPlan
    })
  })

  const pathsOf = (expect: ExpectStatic, result: CliResult) => reportOf(expect, result).files.map((file) => file.path)

  it('with no path, lints plan.md and *-plan.md under cwd, skipping node_modules and .git', async ({expect}) => {
    const result = await runCli(['--format', 'json'], project.root)
    expect(result.code, result.stderr).toBe(0)
    expect(pathsOf(expect, result)).toEqual(['docs/FEAT-1-plan.md', 'specs/001-x/plan.md', 'specs/002-y/plan.md'])
  })

  it('a folder argument lints the plans inside it', async ({expect}) => {
    const result = await runCli(['--format', 'json', 'specs'], project.root)
    expect(result.code, result.stderr).toBe(0)
    expect(pathsOf(expect, result)).toEqual(['specs/001-x/plan.md', 'specs/002-y/plan.md'])
  })

  it('a named file listed in .remarkignore is skipped with a notice, a walked one silently', async ({expect}) => {
    const ignoring = tempProject({
      '.remarkignore': 'drafts/\n',
      'drafts/plan.md': debrisPlan,
      'specs/001-x/plan.md': cleanPlan
    })
    const named = await runCli(['drafts/plan.md'], ignoring.root)
    expect(named.code).toBe(0)
    expect(linesOf(named.stderr)).toEqual(['plan-lint: `drafts/plan.md` is ignored (.remarkignore), not linted'])
    const walked = await runCli(['--format', 'json'], ignoring.root)
    expect(walked.stderr).toBe('')
    expect(pathsOf(expect, walked)).toEqual(['specs/001-x/plan.md'])
  })

  it('a glob argument lints what it matches', async ({expect}) => {
    const [plans, all] = await Promise.all([
      runCli(['--format', 'json', 'specs/**/plan.md'], project.root),
      runCli(['--format', 'json', '**/*.md'], project.root)
    ])
    expect(plans.code, plans.stderr).toBe(0)
    expect(pathsOf(expect, plans)).toEqual(['specs/001-x/plan.md', 'specs/002-y/plan.md'])
    // Globs never reach into node_modules or .git either.
    const paths = pathsOf(expect, all)
    expect(paths).toContain('notes.md')
    expect(paths).toContain('specs/002-y/research.md')
    expect(paths.some((file) => file.includes('node_modules') || file.startsWith('.git/'))).toBe(false)
  })

  it('an explicit file is linted whatever its name', async ({expect}) => {
    const result = await runCli(['--format', 'json', 'notes.md'], project.root)
    expect(result.code).toBe(1)
    const report = reportOf(expect, result)
    expect(report.files.map((file) => file.path)).toEqual(['notes.md'])
    expect(report.files[0]?.preset).toBe('spec-kit')
  })

  it('a file named twice, or also inside a named folder, is linted once', async ({expect}) => {
    const result = await runCli(
      ['--format', 'json', 'specs/001-x/plan.md', './specs/001-x/plan.md', 'specs', 'specs/*/plan.md'],
      project.root
    )
    expect(result.code, result.stderr).toBe(0)
    expect(pathsOf(expect, result)).toEqual(['specs/001-x/plan.md', 'specs/002-y/plan.md'])
  })

  it('file names with spaces and non-ASCII characters', async ({expect}) => {
    const names = tempProject({
      'specs/003 café/plan.md': debrisPlan,
      'docs/計画 draft-plan.md': cleanPlan,
      'docs/Überblick ñ.md': cleanPlan
    })
    const [discovered, explicit, stylish] = await Promise.all([
      runCli(['--format', 'json'], names.root),
      runCli(['--format', 'json', 'docs/Überblick ñ.md'], names.root),
      runCli(['specs/003 café/plan.md'], names.root)
    ])
    expect(discovered.code, discovered.stderr).toBe(1)
    const report = reportOf(expect, discovered)
    expectReportShape(expect, report)
    expect(report.files.map((file) => file.path).sort()).toEqual(['docs/計画 draft-plan.md', 'specs/003 café/plan.md'].sort())

    expect(explicit.code, explicit.stderr).toBe(0)
    expect(reportOf(expect, explicit).files.map((file) => file.path)).toEqual(['docs/Überblick ñ.md'])

    expect(stylish.code).toBe(1)
    expect(linesOf(stylish.stdout)[0]).toBe('specs/003 café/plan.md')
  })
  it('file names with glob characters are files, not patterns', async ({expect}) => {
    const names = tempProject({
      'drafts/[draft]-plan.md': debrisPlan,
      'drafts/d-plan.md': cleanPlan,
      'drafts/{a,b}.md': debrisPlan,
      'drafts/a.md': cleanPlan
    })
    const [named, walked] = await Promise.all([
      runCli(['--format', 'json', 'drafts/[draft]-plan.md', 'drafts/{a,b}.md'], names.root),
      runCli(['--format', 'json', 'drafts'], names.root)
    ])
    expect(named.stderr).toBe('')
    expect(named.code).toBe(1)
    expect(pathsOf(expect, named)).toEqual(['drafts/[draft]-plan.md', 'drafts/{a,b}.md'])
    expect(walked.code).toBe(1)
    expect(pathsOf(expect, walked)).toEqual(['drafts/[draft]-plan.md', 'drafts/d-plan.md'])
  })
})

describe.concurrent('presets', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject({
      'README.md': readme,
      'notes.md': `# Notes\n\nWe ship on a Tuesday. The store is [e.g., Postgres].\n`,
      'plan.md': cleanPlan
    })
  })

  it('auto (default): a document of no known style gets one plan-style info and exit 0', async ({expect}) => {
    const [stylish, json, explicitAuto] = await Promise.all([
      runCli(['README.md'], project.root),
      runCli(['--format', 'json', 'README.md'], project.root),
      runCli(['--preset', 'auto', '--format', 'json', 'README.md'], project.root)
    ])
    expect(stylish.code).toBe(0)
    expect(stylish.stderr).toBe('')
    const lines = linesOf(stylish.stdout)
    expect(lines[0]).toBe('README.md')
    expect(lines.filter((line) => /^\s*\d+:\d+/.test(line))).toHaveLength(1)
    expect(stylish.stdout).toMatch(/\binfo\b.*\bplan-style\b/)
    expect(stylish.stdout).not.toContain('plan-required-sections')

    for (const result of [json, explicitAuto]) {
      expect(result.code).toBe(0)
      const report = reportOf(expect, result)
      expectReportShape(expect, report)
      expect(report.files).toEqual([
        {
          path: 'README.md',
          preset: null,
          messages: [expect.objectContaining({ruleId: 'plan-style', severity: 'info'})]
        }
      ])
      expect(report.summary).toEqual({files: 1, errors: 0, warnings: 0})
    }
  })

  it('auto: style-free rules still run on a document of no known style', async ({expect}) => {
    const result = await runCli(['--format', 'json', 'notes.md'], project.root)
    expect(result.code).toBe(1)
    const report = reportOf(expect, result)
    expect(report.files[0]?.preset).toBeNull()
    expect(ruleIdsOf(report)).toEqual(['plan-no-placeholders', 'plan-style'])
  })

  it('auto: a spec-kit plan is linted with spec-kit', async ({expect}) => {
    const result = await runCli(['--format', 'json', 'plan.md'], project.root)
    expect(result.code, result.stderr).toBe(0)
    expect(reportOf(expect, result).files).toEqual([{path: 'plan.md', preset: 'spec-kit', messages: []}])
  })

  it('--preset spec-kit applies the template to any document', async ({expect}) => {
    const result = await runCli(['--preset', 'spec-kit', '--format', 'json', 'README.md'], project.root)
    expect(result.code).toBe(1)
    const report = reportOf(expect, result)
    expectReportShape(expect, report)
    expect(report.files[0]?.preset).toBe('spec-kit')
    expect(ruleIdsOf(report)).toEqual(expect.arrayContaining(['plan-metadata', 'plan-required-sections']))
    expect(ruleIdsOf(report)).not.toContain('plan-style')
  })
})

describe.concurrent('configuration', () => {
  /** A project with the workspace packages installed (linked) and a config. */
  const configured = (files: Record<string, string>) =>
    tempProject({'README.md': readme, 'debris-plan.md': debrisPlan, ...files}).linkPackages()

  it('.remarkrc.json loading remark-preset-plan-spec-kit decides the preset, without duplicates', async ({expect}) => {
    const project = configured({'.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-spec-kit']})})
    const [readmeRun, planRun, noConfig] = await Promise.all([
      runCli(['--format', 'json', 'README.md'], project.root),
      runCli(['--format', 'json', 'debris-plan.md'], project.root),
      runCli(['--no-config', '--format', 'json', 'debris-plan.md'], project.root)
    ])
    // The config chose spec-kit: even a README gets the structural findings.
    expect(readmeRun.code, readmeRun.stderr).toBe(1)
    const readmeReport = reportOf(expect, readmeRun)
    expect(readmeReport.files[0]?.preset).toBe('spec-kit')
    expect(ruleIdsOf(readmeReport)).toContain('plan-required-sections')

    // plan-lint stands aside: each finding once, the same as without the config.
    expect(planRun.code).toBe(1)
    const withConfig = reportOf(expect, planRun)
    expectReportShape(expect, withConfig)
    const keys = withConfig.files[0]?.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`) ?? []
    expect(new Set(keys).size).toBe(keys.length)
    expect(withConfig).toEqual(reportOf(expect, noConfig))
  })

  it('a preset named without its remark- prefix is found, as in remark', async ({expect}) => {
    const project = configured({'.remarkrc.json': JSON.stringify({plugins: ['preset-plan-spec-kit']})})
    const result = await runCli(['--format', 'json', 'README.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(reportOf(expect, result).files[0]?.preset).toBe('spec-kit')
  })

  it('package.json#remarkConfig works too', async ({expect}) => {
    const project = configured({
      'package.json': JSON.stringify({name: 'x', private: true, remarkConfig: {plugins: ['remark-preset-plan-spec-kit']}})
    })
    const result = await runCli(['--format', 'json', 'README.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    const report = reportOf(expect, result)
    expect(report.files[0]?.preset).toBe('spec-kit')
    expect(ruleIdsOf(report)).toContain('plan-required-sections')
  })

  it('a config in a parent folder applies to files below it', async ({expect}) => {
    const project = configured({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-spec-kit']}),
      'sub/dir/README.md': readme
    })
    const result = await runCli(['--format', 'json', 'README.md'], project.path('sub/dir'))
    expect(result.code, result.stderr).toBe(1)
    expect(reportOf(expect, result).files[0]?.preset).toBe('spec-kit')
  })

  it('--no-config ignores .remarkrc* and package.json remarkConfig', async ({expect}) => {
    const project = configured({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-spec-kit']}),
      'package.json': JSON.stringify({name: 'x', remarkConfig: {plugins: ['remark-preset-plan-spec-kit']}})
    })
    const result = await runCli(['--no-config', '--format', 'json', 'README.md'], project.root)
    expect(result.code, result.stderr).toBe(0)
    expect(ruleIdsOf(reportOf(expect, result))).toEqual(['plan-style'])
  })

  it('a config can turn a rule off the remark way', async ({expect}) => {
    const project = configured({
      '.remarkrc.mjs': [
        "import specKit from 'remark-preset-plan-spec-kit'",
        "import {planNoPlaceholders} from '@plan-lint/rules'",
        'export default {plugins: [specKit, [planNoPlaceholders, false]]}',
        ''
      ].join('\n')
    })
    const result = await runCli(['--format', 'json', 'debris-plan.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    const ids = ruleIdsOf(reportOf(expect, result))
    expect(ids).not.toContain('plan-no-placeholders')
    expect(ids).toContain('plan-no-option-labels')
  })

  it('a config that loads the plan-lint plugin itself does not double the findings', async ({expect}) => {
    const project = configured({
      '.remarkrc.mjs': "import {remarkPlanLint} from 'plan-lint'\nexport default {plugins: [[remarkPlanLint, {preset: 'auto'}]]}\n"
    })
    const [withConfig, noConfig] = await Promise.all([
      runCli(['--format', 'json', 'debris-plan.md'], project.root),
      runCli(['--no-config', '--format', 'json', 'debris-plan.md'], project.root)
    ])
    expect(withConfig.code, withConfig.stderr).toBe(1)
    expect(reportOf(expect, withConfig)).toEqual(reportOf(expect, noConfig))
  })

  // The CLI's own remarkPlanLint entry merges into the config's: the
  // config's preset choice must survive that merge.
  it('a config choosing a preset through remarkPlanLint decides it', async ({expect}) => {
    const project = configured({
      '.remarkrc.mjs': "import {remarkPlanLint} from 'plan-lint'\nexport default {plugins: [[remarkPlanLint, {preset: 'spec-kit'}]]}\n"
    })
    const result = await runCli(['--format', 'json', 'README.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(reportOf(expect, result).files[0]?.preset).toBe('spec-kit')
  })

  it('a malformed .remarkrc.json exits 2 with one line and no stack trace', async ({expect}) => {
    const project = configured({'.remarkrc.json': '{"plugins": ["remark-preset-plan-spec-kit"'})
    expectFailure(expect, await runCli(['README.md', 'debris-plan.md'], project.root))
  })

  // The engine's "Cannot process file" is useless alone: the cause is shown.
  it('the malformed-config error names the config file', async ({expect}) => {
    const project = configured({'.remarkrc.json': '{"plugins": ['})
    expectFailure(expect, await runCli(['README.md'], project.root), /\.remarkrc\.json/)
  })

  it('a rule that throws is a failure (exit 2, one line naming the rule), not a finding', async ({expect}) => {
    const project = configured({
      '.remarkrc.mjs': [
        "import {defineRule, templateRuleOptions} from '@plan-lint/core'",
        "const broken = defineRule({id: 'plan-broken', description: 'd', options: templateRuleOptions, messages: {}, check() { throw new Error('boom') }})",
        "export default {plugins: [[broken, {template: {id: 'x', name: 'x'}}]]}",
        ''
      ].join('\n')
    })
    const result = await runCli(['README.md'], project.root)
    expectFailure(expect, result, /Rule `plan-broken` failed on `README\.md`: boom/)
  })

  it('a config naming a plugin that is not installed exits 2 with one line', async ({expect}) => {
    const project = configured({'.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-nothing-here']})})
    expectFailure(expect, await runCli(['README.md'], project.root))
  })

  it('an invalid rule option exits 2 with one line naming the rule and the option path', async ({expect}) => {
    const badTemplate = configured({
      '.remarkrc.mjs': [
        "import {planNoPlaceholders} from '@plan-lint/rules'",
        "export default {plugins: [[planNoPlaceholders, {template: {id: 'x'}}]]}",
        ''
      ].join('\n')
    })
    const unknownKey = configured({
      '.remarkrc.mjs': [
        "import {specKitTemplate} from 'remark-preset-plan-spec-kit'",
        "import {planNoPlaceholders} from '@plan-lint/rules'",
        "export default {plugins: [[planNoPlaceholders, ['error', {template: specKitTemplate, bogusOption: 1}]]]}",
        ''
      ].join('\n')
    })
    const [template, unknown] = await Promise.all([
      runCli(['debris-plan.md', 'README.md'], badTemplate.root),
      runCli(['debris-plan.md'], unknownKey.root)
    ])
    const line = expectFailure(expect, template, /`plan-no-placeholders`/)
    expect(line).toMatch(/`template(?:\.[a-z]+)?`/)
    expectFailure(expect, unknown, /`plan-no-placeholders`.*bogusOption/)
  })
})

describe.concurrent('failures: exit 2 with one line on stderr', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject({
      'plan.md': cleanPlan,
      'empty/notes.md': '# Notes\n',
      'locked/plan.md': cleanPlan
    })
      .mkdir('nothing')
      .symlink('loop-a.md', 'loop-b.md')
      .symlink('loop-b.md', 'loop-a.md')
  })

  const cases: Array<[string, string[], RegExp]> = [
    ['a missing path', ['missing.md'], /missing\.md/],
    ['a glob that matches nothing', ['specs/**/nothing.md'], /specs\/\*\*\/nothing\.md/],
    ['a folder without plans', ['empty'], /empty/],
    ['an empty folder', ['nothing'], /nothing/],
    ['a symlink loop', ['loop-a.md'], /loop-a\.md/],
    ['an unknown preset', ['--preset', 'nope', 'plan.md'], /nope/],
    ['an unknown format', ['--format', 'xml', 'plan.md'], /xml/],
    ['an unknown flag', ['--frobnicate', 'plan.md'], /--frobnicate/],
    ['a flag without its value', ['plan.md', '--output-file'], /--output-file/],
    ['--max-warnings abc', ['--max-warnings', 'abc', 'plan.md'], /--max-warnings.*abc/],
    ['--max-warnings 1.5', ['--max-warnings', '1.5', 'plan.md'], /--max-warnings/],
    ['an output file that is a folder', ['--output-file', 'nothing', 'plan.md'], /nothing/]
  ]
  for (const [name, args, pattern] of cases) {
    it(name, async ({expect}) => {
      expectFailure(expect, await runCli(args, project.root), pattern)
    })
  }

  it('no plans under cwd', async ({expect}) => {
    expectFailure(expect, await runCli([], project.path('empty')))
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file', async ({expect}) => {
    const {chmodSync} = await import('node:fs')
    chmodSync(project.path('locked/plan.md'), 0o000)
    try {
      expectFailure(expect, await runCli(['locked/plan.md'], project.root), /locked\/plan\.md/)
    } finally {
      chmodSync(project.path('locked/plan.md'), 0o644)
    }
  })
})

describe.concurrent('help and version', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject()
  })

  const contractFlags = ['--preset', '--format', '--output-file', '--max-warnings', '--quiet', '--no-config']

  it('--help exits 0 and lists the contract flags', async ({expect}) => {
    const [long, short] = await Promise.all([runCli(['--help'], project.root), runCli(['-h'], project.root)])
    expect(long.code).toBe(0)
    expect(long.stderr).toBe('')
    expect(long.stdout).toMatch(/^Usage: plan-lint /)
    for (const flag of contractFlags) expect(long.stdout).toMatch(new RegExp(`^\\s+${flag}\\b`, 'm'))
    for (const id of ['auto', 'spec-kit', 'stylish', 'json']) expect(long.stdout).toContain(id)
    expect(short).toEqual(long)
  })

  it('--version exits 0 and prints a semver', async ({expect}) => {
    const [long, short] = await Promise.all([runCli(['--version'], project.root), runCli(['-v'], project.root)])
    expect(long.code).toBe(0)
    expect(long.stderr).toBe('')
    expect(linesOf(long.stdout)).toHaveLength(1)
    expect(long.stdout.trim()).toMatch(semver)
    expect(short).toEqual(long)
  })
})
