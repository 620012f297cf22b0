/**
 * `--preset auto` end to end with the real CLI, for every template style:
 * filled plans of each style (the repository's valid fixtures, placed where
 * such plans live in a project) are recognised, reported with their preset
 * (and layout) in the JSON and `--verbose` reports, and lint clean; a
 * document of no style gets the style-free rules only.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, it} from 'vitest'
import {linesOf, parseReport, repoRoot, runCli} from './helpers/cli.js'
import {removeTempProjects, tempProject, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

const fixture = (relative: string) => readFileSync(path.join(repoRoot, 'fixtures', relative), 'utf8')

/** Project path → [fixture, preset, layout]. */
const plans: Record<string, [string, string, string | undefined]> = {
  'specs/042-carrier-rates/plan.md': ['speckitadv/valid/full-architecture/plan.md', 'speckitadv', undefined],
  'specs/019-office-locations/plan.md': ['speckitadv/valid/lean-crud/plan.md', 'speckitadv', undefined],
  '.opencode/specs/031-bulk-import/plan.md': ['spec-kit-gates/valid/v1-objective-layout/plan.md', 'spec-kit-gates', 'objective'],
  '.opencode/specs/044-link-checker/plan.md': ['spec-kit-gates/valid/v2-summary-layout/plan.md', 'spec-kit-gates', 'summary'],
  'docs/plans/mentions-plan.md': ['technical-plan/valid/clean-encoding/plan.md', 'technical-plan', undefined],
  'docs/plans/report-emails-plan.md': ['technical-plan/valid/broken-encoding/plan.md', 'technical-plan', undefined]
}

describe('auto: every template style', () => {
  let project: TempProject

  beforeAll(() => {
    project = tempProject()
    for (const [where, [source]] of Object.entries(plans)) {
      project.write(where, fixture(source))
      // Each plan's own spec, beside it (technical plans name theirs `{name}-spec.md`).
      const spec = fixture(source.replace(/plan\.md$/, 'spec.md'))
      project.write(where.endsWith('-plan.md') ? where.replace(/-plan\.md$/, '-spec.md') : path.posix.join(path.posix.dirname(where), 'spec.md'), spec)
    }
    project.write(
      'notes/retro.md',
      '# Sprint retro\n\nWhat went well.\n\n- Deploys were quiet. [NEEDS CLARIFICATION: did the pager fire?]\n\n## Open Questions\n\n- Who owns the flaky test?\n'
    )
  })

  it('recognises each filled plan, names its preset and layout, and finds nothing', async ({expect}) => {
    const result = await runCli(['--format', 'json', ...Object.keys(plans)], project.root)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const report = parseReport(result.stdout)
    const got = Object.fromEntries(report.files.map((file) => [file.path, [file.preset, file.layout, file.messages]]))
    for (const [where, [, preset, layout]] of Object.entries(plans)) {
      expect(got[where], where).toEqual([preset, layout, []])
    }
  })

  it('says which preset and layout linted each file with --verbose', async ({expect}) => {
    const result = await runCli(['--verbose', 'specs/042-carrier-rates/plan.md', '.opencode/specs/044-link-checker/plan.md'], project.root)
    expect(result.code).toBe(0)
    const lines = linesOf(result.stdout)
    expect(lines.some((line) => /info\s+Linted with preset `speckitadv`\s/.test(line))).toBe(true)
    expect(lines.some((line) => /info\s+Linted with preset `spec-kit-gates` \(layout `summary`\)/.test(line))).toBe(true)
  })

  it('runs only the style-free rules on a document of no style: markers, not open questions', async ({expect}) => {
    const result = await runCli(['--format', 'json', 'notes/retro.md'], project.root)
    expect(result.code).toBe(1)
    const [file] = parseReport(result.stdout).files
    expect(file?.preset).toBeNull()
    expect(file?.messages.map((message) => [message.ruleId, message.severity, message.line])).toEqual([
      ['plan-style', 'info', 1],
      ['plan-rqs-resolved', 'error', 5]
    ])
  })
})
