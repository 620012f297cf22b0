/**
 * `plan-lint init --from-template`, end to end: the real binary derives a
 * config from each template under test/templates/, the config reports every
 * placeholder planted in that template (lines counted by hand) and passes
 * the filled plan written from it; the written file reads well and loads
 * back to the derived template.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {defineTemplate, deriveTemplate} from '@plan-lint/core'
import type {PlanPreset} from '@plan-lint/rules'
import {afterAll, describe, it, type ExpectStatic} from 'vitest'
import {linesOf, parseReport, repoRoot, runCli, type CliResult} from './helpers/cli.js'
import {removeTempProjects, tempProject, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const templates = path.join(repoRoot, 'test/templates')
const read = (name: string) => readFileSync(path.join(templates, name), 'utf8')

/** A project holding one template and the plan filled from it, with plan-lint installed. */
function project(style: string): TempProject {
  return tempProject({
    [`${style}-template.md`]: read(`${style}-template.md`),
    [`${style}-plan.md`]: read(`${style}-plan.md`)
  }).linkPackages()
}

function expectFailure(expect: ExpectStatic, result: CliResult, pattern: RegExp): void {
  expect(result.code, result.stdout + result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  expect(linesOf(result.stderr)).toHaveLength(1)
  expect(result.stderr).toMatch(/^plan-lint: \S/)
  expect(result.stderr).toMatch(pattern)
}

/** Lines of the findings of a JSON report, per rule. */
function linesByRule(result: CliResult): Record<string, number[]> {
  const report = parseReport(result.stdout)
  const byRule: Record<string, number[]> = {}
  for (const message of report.files[0]?.messages ?? []) {
    const list = (byRule[message.ruleId ?? ''] ??= [])
    list.push(message.line ?? 0)
  }
  for (const list of Object.values(byRule)) list.sort((a, b) => a - b)
  return byRule
}

/**
 * What linting each template with its own config reports, counted by hand
 * from the template: every placeholder, option label, NEEDS CLARIFICATION
 * marker and open question, plus the sections left as template text.
 */
const expected: Record<string, {summary: string; findings: Record<string, number[]>}> = {
  'spec-kit-like': {
    summary: '7 sections (6 required, 1 optional), 4 metadata fields, 5 placeholder shapes, 2 option-label patterns',
    findings: {
      // [FEATURE]; [###-feature-name] [DATE] [link]; [###-feature-name]; [Extract ...]; ACTION REQUIRED;
      // three [e.g., ...] fields; [single/web/mobile ...]; [Gates ...]; specs/[###-feature]/;
      // [same layout ...]; [Document ...]; the Complexity Tracking sample row.
      'plan-no-placeholders': [1, 3, 3, 3, 4, 8, 12, 16, 17, 18, 19, 25, 32, 47, 52, 60, 60, 60],
      // Two labels, and the block that still offers both.
      'plan-no-option-labels': [40, 41, 45],
      // Summary and Constitution Check hold only template text.
      'plan-no-empty-sections': [6, 21]
    }
  },
  'speckitadv-like': {
    summary: '10 sections (7 required, 3 optional), 3 metadata fields, 9 placeholder shapes',
    findings: {
      // Four <<TOKENS>>; the summary bracket; REQUIRED SECTION; the mermaid example line; the
      // responsibilities row; CONDITIONAL SECTION; four entity brackets; [Entity Name];
      // [table_name]; DELETE this subsection; the approach choice; CONDITIONAL SECTION;
      // the risk row; the open question and its owner.
      'plan-no-placeholders': [1, 3, 3, 3, 7, 11, 19, 27, 27, 31, 38, 38, 39, 39, 41, 44, 51, 55, 59, 68, 68, 68, 72, 73],
      // Summary is only template text; three kept-by-choice sections still hold placeholders.
      'plan-no-empty-sections': [5, 29, 49, 57],
      'plan-rqs-resolved': [72]
    }
  },
  numbered: {
    summary: '9 sections (9 required, 0 optional), 4 metadata fields, 8 placeholder shapes, numbered level-2 headings, 2 gate checklists',
    findings: {
      // [FEATURE] twice; the metadata brackets; [Extract ...]; owners and parallel-task brackets
      // of both phases; [X]% and [Y] ms with their tools; High/Med/Low twice; REPLACE SAMPLE CONTENT.
      'plan-no-placeholders': [1, 3, 11, 12, 13, 16, 39, 40, 45, 46, 56, 56, 57, 57, 65, 65, 67],
      // Two questions after a colon and a bare marker.
      'plan-rqs-resolved': [38, 44, 65],
      // The Definition of Ready is due while planning; the Definition of Done is not yet.
      'plan-gates-passed': [25, 26],
      'plan-no-empty-sections': [15]
    }
  },
  'technical-plan-like': {
    summary: '10 sections (10 required, 0 optional), 3 metadata fields, 9 placeholder shapes, options with one chosen',
    findings: {
      // [Feature Name]; SPEC-XXX and two YYYY-MM-DD; the problem bracket; Goal 1, Goal 2; each
      // option's brackets, Pro/Con items and effort; the rationale bracket; Library A, Library B;
      // the performance slots and Yes/No; X%, Z%; the timeline date; Question 1?, Question 2?;
      // the link to nowhere.
      'plan-no-placeholders': [1, 3, 4, 5, 9, 13, 14, 18, 21, 24, 25, 28, 30, 32, 35, 38, 41, 43, 46, 61, 62, 66, 67, 68, 74, 75, 81, 85, 86, 90],
      'plan-rqs-resolved': [85, 86],
      // Problem Statement, Goals, Open Questions and References hold only template text.
      'plan-no-empty-sections': [7, 11, 83, 88]
    }
  }
}

describe.concurrent('init --from-template on each test template', () => {
  for (const [style, expectation] of Object.entries(expected)) {
    it(`${style}: the config reports the template's placeholders and passes its filled plan`, async ({expect}) => {
      const folder = project(style)
      const init = await runCli(['init', '--from-template', `${style}-template.md`], folder.root)
      expect(init.stderr).toBe('')
      expect(init.code).toBe(0)
      expect(linesOf(init.stdout)).toEqual([`Wrote .remarkrc.mjs from ${style}-template.md`, expectation.summary])

      const [template, plan] = await Promise.all([
        runCli(['--format', 'json', `${style}-template.md`], folder.root),
        runCli([`${style}-plan.md`], folder.root)
      ])
      expect(template.code, template.stderr).toBe(1)
      expect(parseReport(template.stdout).files[0]?.preset).toBe(`${style}-template`)
      expect(linesByRule(template)).toEqual(expectation.findings)
      expect(plan).toEqual({code: 0, stdout: `${style}-plan.md: no issues found\n`, stderr: ''})
    })
  }
})

describe.concurrent('the written config', () => {
  it('reads as a config: a header, the import, one line per section', async ({expect}) => {
    const folder = project('speckitadv-like')
    await runCli(['init', '--from-template', 'speckitadv-like-template.md'], folder.root)
    const text = folder.read('.remarkrc.mjs')
    const lines = text.split('\n')
    expect(lines[0]).toBe('// plan-lint configuration generated from `speckitadv-like-template.md` by `plan-lint init --from-template`.')
    expect(lines).toContain("import {exactly, templatePreset} from 'plan-lint'")
    const sectionLines = lines.filter((line) => /^\s+\{id: '[a-z0-9-]+', text: /.test(line))
    expect(sectionLines.map((line) => /id: '([^']+)'/.exec(line)?.[1])).toEqual([
      'summary',
      'high-level-architecture',
      'component-diagram',
      'component-responsibilities',
      'data-architecture',
      'data-model',
      'data-migration',
      'risk-assessment',
      'risks',
      'open-questions'
    ])
    expect(lines).toContain(
      "        {id: 'data-architecture', text: 'Data Architecture', level: 2, requirement: 'optional', allOrNothing: true, children: ["
    )
    // Literal placeholder texts are listed one per line, not escaped into a regular expression.
    expect(lines).toContain("          'Component name',")
    // A comment explains each field next to it.
    expect(text).toMatch(/\/\/ The plan's sections in template order[^\n]*\n(?:\s+\/\/[^\n]*\n)*\s+sections: \[/)
    // Besides sections (one line each) and regular expressions, lines wrap before 110 columns.
    const wrapped = lines.filter((line) => !sectionLines.includes(line) && !line.includes('String.raw'))
    expect(Math.max(...wrapped.map((line) => line.length))).toBeLessThanOrEqual(110)
  })

  it('loads back to the template deriveTemplate gives', async ({expect}) => {
    for (const style of Object.keys(expected)) {
      const folder = project(style)
      const init = await runCli(['init', '--from-template', `${style}-template.md`], folder.root)
      expect(init.code, init.stderr).toBe(0)
      const config = (await import(pathToFileURL(folder.path('.remarkrc.mjs')).href)) as {default: {plugins: PlanPreset[]}}
      const preset = config.default.plugins[0] as PlanPreset
      const derived = deriveTemplate(read(`${style}-template.md`), {source: `${style}-template.md`})
      expect(preset.template, style).toEqual(defineTemplate(derived))
    }
  })

  it('--id names the preset and --output picks the place, a folder included', async ({expect}) => {
    const folder = project('numbered')
    const [named, inFolder] = [
      await runCli(['init', '--from-template', 'numbered-template.md', '--id', 'team-plan', '--output', 'config/lint.mjs'], folder.root),
      await runCli(['init', '--from-template', 'numbered-template.md', '--output', 'docs/'], folder.root)
    ]
    expect(named.code, named.stderr).toBe(0)
    expect(linesOf(named.stdout)[0]).toBe('Wrote config/lint.mjs from numbered-template.md')
    expect(folder.read('config/lint.mjs')).toContain("id: 'team-plan',")
    expect(inFolder.code, inFolder.stderr).toBe(0)
    expect(folder.exists('docs/.remarkrc.mjs')).toBe(true)
  })
})

describe.concurrent('init failures: exit 2 with one line', () => {
  it('a missing template, a folder, a binary file and a file without headings', async ({expect}) => {
    const folder = tempProject({'notes.txt': 'Just some words.\n', 'image.png': '\u0089PNG\u0000\u0001'}).mkdir('drafts')
    const run = (name: string) => runCli(['init', '--from-template', name], folder.root)
    expectFailure(expect, await run('nope.md'), /No such template: `nope\.md`/)
    expectFailure(expect, await run('drafts'), /`drafts` is a folder/)
    expectFailure(expect, await run('image.png'), /`image\.png` is not a text file/)
    expectFailure(expect, await run('notes.txt'), /`notes\.txt` has no Markdown headings/)
    expect(folder.exists('.remarkrc.mjs')).toBe(false)
  })

  it('usage mistakes: no template, a stray argument, a bad id, an unknown option', async ({expect}) => {
    const folder = project('numbered')
    expectFailure(expect, await runCli(['init'], folder.root), /Missing `--from-template <template\.md>`/)
    expectFailure(expect, await runCli(['init', 'numbered-template.md'], folder.root), /Unexpected argument `numbered-template\.md`/)
    expectFailure(expect, await runCli(['init', '--from-template', 'numbered-template.md', '--id', 'Team Plan'], folder.root), /Invalid `--id` value/)
    expectFailure(expect, await runCli(['init', '--from-template', 'numbered-template.md', '--bogus'], folder.root), /bogus/)
  })

  it('an existing config is kept without --force and replaced with it', async ({expect}) => {
    const folder = project('numbered')
    folder.write('.remarkrc.mjs', 'export default {}\n')
    const refused = await runCli(['init', '--from-template', 'numbered-template.md'], folder.root)
    expectFailure(expect, refused, /`\.remarkrc\.mjs` already exists, expected `--force` to overwrite it/)
    expect(folder.read('.remarkrc.mjs')).toBe('export default {}\n')
    const forced = await runCli(['init', '--from-template', 'numbered-template.md', '--force'], folder.root)
    expect(forced.code, forced.stderr).toBe(0)
    expect(folder.read('.remarkrc.mjs')).toContain('templatePreset({')
    // Nothing left behind by the atomic write.
    expect(readdirSync(folder.root).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe.concurrent('help', () => {
  it('plan-lint --help names the command and init --help explains it', async ({expect}) => {
    const [main, init] = await Promise.all([runCli(['--help'], repoRoot), runCli(['init', '--help'], repoRoot)])
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('plan-lint init --from-template <template.md>')
    expect(init.code).toBe(0)
    expect(init.stdout).toMatch(/^Usage: plan-lint init --from-template <template\.md> \[options\]/)
    expect(init.stdout).toContain('--force')
  })
})
