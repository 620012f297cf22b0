/**
 * The spec-kit-gates preset is a layout preset: one preset for a template
 * family with two layouts, `objective` (`## 1. OBJECTIVE` .. `## 10. REFERENCES`)
 * and `summary` (`## 1. SUMMARY` .. `## 7. ROLLBACK PLAN`). Each document is
 * linted with the layout it follows, and a configuration that loads the
 * preset directly lints each document once (the CLI's `remarkPlanLint`
 * stands aside).
 */
import type {Root} from 'mdast'
import {remarkPlanLint} from 'plan-lint'
import remarkParse from 'remark-parse'
import specKitGates from 'remark-preset-plan-spec-kit-gates'
import {type Preset, unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {afterAll, describe, expect, it} from 'vitest'
import {parseReport, runCli, type JsonReport} from './helpers/cli.js'
import {removeTempProjects, tempProject} from './helpers/project.js'

afterAll(removeTempProjects)

/** A document from its lines. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

/** A small plan in the `objective` layout: every required section, numbered 1..10. */
const objectivePlan = md(
  '# Implementation Plan: Webhook Signing Keys',
  '',
  '## 1. OBJECTIVE',
  '',
  '### Summary',
  'Integrators verify our webhooks with one shared secret that cannot be rotated. We add per-endpoint',
  'signing keys with a 24-hour overlap when a key is rotated.',
  '',
  '## 2. QUALITY GATES',
  '',
  '### Definition of Ready (DoR)',
  '- [x] Rotation flow agreed with the integrations team',
  '- [x] Overlap window confirmed with two large integrators',
  '',
  '### Definition of Done (DoD)',
  '- [ ] Rotation covered by integration tests',
  '- [ ] Developer docs updated',
  '',
  '## 3. PROJECT STRUCTURE',
  '',
  'A `signing` package next to the dispatcher; one settings panel in the developer console.',
  '',
  '## 4. IMPLEMENTATION PHASES',
  '',
  '- **Phase 1**: key table and signer, dual signatures during the overlap',
  '- **Phase 2**: rotation endpoint and console panel',
  '',
  '## 5. TESTING STRATEGY',
  '',
  'Unit tests for the signer; an integration test rotates a key while deliveries are in flight.',
  '',
  '## 6. SUCCESS METRICS',
  '',
  '| Metric | Target |',
  '|--------|--------|',
  '| Endpoints with a rotated key after one quarter | 40% |',
  '',
  '## 7. RISKS & MITIGATIONS',
  '',
  'Integrators verifying only the first signature header: documented, and tested with the SDKs.',
  '',
  '## 8. DEPENDENCIES',
  '',
  'The secrets store used by the dispatcher; no new service.',
  '',
  '## 9. COMMUNICATION & REVIEW',
  '',
  'Reviewed by the integrations lead, Amal Haddad, on 2026-06-02.',
  '',
  '## 10. REFERENCES',
  '',
  '- Dispatcher design: `docs/webhooks/dispatcher.md`'
)

/** A small plan in the `summary` layout: seven numbered sections and an unnumbered add-on. */
const summaryPlan = md(
  '# Implementation Plan: Webhook Signing Keys',
  '',
  '<!-- SPECKIT_LEVEL: 2 -->',
  '',
  '<!-- ANCHOR:summary -->',
  '## 1. SUMMARY',
  '',
  '### Overview',
  '',
  'Per-endpoint signing keys with a 24-hour overlap when a key is rotated.',
  '<!-- /ANCHOR:summary -->',
  '',
  '## 2. QUALITY GATES',
  '',
  '### Definition of Ready',
  '- [x] Rotation flow agreed with the integrations team',
  '',
  '### Definition of Done',
  '- [ ] Rotation covered by integration tests',
  '',
  '## 3. ARCHITECTURE',
  '',
  'A `signing` package next to the dispatcher signs each delivery with every active key.',
  '',
  '## 4. IMPLEMENTATION PHASES',
  '',
  '- [ ] Key table and signer',
  '- [ ] Rotation endpoint and console panel',
  '',
  '## 5. TESTING STRATEGY',
  '',
  'Unit tests for the signer; an integration test rotates a key during deliveries.',
  '',
  '## 6. DEPENDENCIES',
  '',
  'The secrets store used by the dispatcher.',
  '',
  '## 7. ROLLBACK PLAN',
  '',
  'Turn off the `signing_keys` flag: deliveries go back to the shared secret.',
  '',
  '## L2: PHASE DEPENDENCIES',
  '',
  'Phase 2 needs the key table from phase 1.'
)

async function lint(preset: Preset, value: string, path = 'plan.md'): Promise<VFile> {
  const processor = unified().use(remarkParse).use(preset)
  const file = new VFile({value, path})
  await processor.run(processor.parse(file) as Root, file)
  return file
}

const describeMessage = (message: VFileMessage) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`

describe('the spec-kit-gates layout preset, used from code', () => {
  it('has two layouts, objective first', () => {
    expect(specKitGates.id).toBe('spec-kit-gates')
    expect(specKitGates.layouts?.map((layout) => layout.template.id)).toEqual(['spec-kit-gates', 'spec-kit-gates-summary'])
  })

  it('lints an objective plan with the objective layout', async () => {
    const file = await lint(specKitGates, objectivePlan)
    expect(file.data.planLint).toEqual({preset: 'spec-kit-gates', layout: 'objective'})
    expect(file.messages.map(describeMessage)).toEqual([])
  })

  it('lints a summary plan with the summary layout, without objective-layout findings', async () => {
    const file = await lint(specKitGates, summaryPlan)
    expect(file.data.planLint).toEqual({preset: 'spec-kit-gates', layout: 'summary'})
    expect(file.messages.map(describeMessage)).toEqual([])

    // The same plan linted with the objective layout alone is a wall of
    // findings: what the layout preset saves a summary plan from.
    const objectiveOnly = specKitGates.layouts?.[0] as Preset
    const wrong = await lint(objectiveOnly, summaryPlan)
    expect(wrong.messages.map((message) => message.reason)).toEqual(
      expect.arrayContaining([expect.stringContaining('Missing required section `6. SUCCESS METRICS`')])
    )
  })

  it('reports a summary plan’s own defects by the summary template, once each', async () => {
    const defective = summaryPlan
      .replace('- [x] Rotation flow agreed', '- [ ] Rotation flow agreed')
      .replace('## 6. DEPENDENCIES', '## 7. DEPENDENCIES')
      .replace(/## 7\. ROLLBACK PLAN\n\nTurn off[^\n]*\n\n/, '')
    const file = await lint(specKitGates, defective)
    expect(file.data.planLint).toEqual({preset: 'spec-kit-gates', layout: 'summary'})
    const reasons = file.messages.map((message) => `${message.ruleId}: ${message.reason}`)
    expect(reasons.sort()).toEqual(
      [
        'plan-gates-passed: Unexpected unchecked gate `Rotation flow agreed with the integrations team` in `Definition of Ready`, expected it checked before the plan is reviewed',
        'plan-required-sections: Missing required section `7. ROLLBACK PLAN`, expected after `7. DEPENDENCIES`',
        'plan-section-order: Unexpected section number `7` in `7. DEPENDENCIES`, expected `6`'
      ].sort()
    )
    expect(reasons.join('\n')).not.toMatch(/SUCCESS METRICS|OBJECTIVE|REFERENCES/)
  })

  it('picks per document: the same processor lints plans of both layouts', async () => {
    const processor = unified().use(remarkParse).use(specKitGates).freeze()
    const files = [
      new VFile({value: summaryPlan, path: 'a/plan.md'}),
      new VFile({value: objectivePlan, path: 'b/plan.md'}),
      new VFile({value: summaryPlan, path: 'c/plan.md'})
    ]
    for (const file of files) await processor.run(processor.parse(file) as Root, file)
    expect(files.map((file) => file.data.planLint?.layout)).toEqual(['summary', 'objective', 'summary'])
    expect(files.flatMap((file) => file.messages.map(describeMessage))).toEqual([])
  })

  it('makes remarkPlanLint stand aside when both are used', async () => {
    const defective = summaryPlan.replace('- [x] Rotation flow agreed', '- [ ] Rotation flow agreed')
    const processor = unified().use(remarkParse).use(specKitGates).use(remarkPlanLint)
    const file = new VFile({value: defective, path: 'plan.md'})
    await processor.run(processor.parse(file) as Root, file)
    expect(file.data.planLint).toEqual({preset: 'spec-kit-gates', layout: 'summary'})
    expect(file.messages.map(describeMessage)).toEqual([
      '16:1 plan-gates-passed Unexpected unchecked gate `Rotation flow agreed with the integrations team` in `Definition of Ready`, expected it checked before the plan is reviewed'
    ])
  })

  it('takes the first layout for a document that follows neither', async () => {
    const file = await lint(specKitGates, md('# Notes', '', 'Nothing numbered here.'))
    expect(file.data.planLint).toEqual({preset: 'spec-kit-gates', layout: 'objective'})
  })
})

describe('the spec-kit-gates layout preset, loaded by a .remarkrc.json', () => {
  const keysOf = (report: JsonReport, path: string) =>
    report.files.find((file) => file.path === path)?.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`) ?? []

  it('lints each plan once, with its layout, and the CLI’s own plugin stands aside', async () => {
    const defective = summaryPlan.replace('- [x] Rotation flow agreed', '- [ ] Rotation flow agreed')
    const project = tempProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-spec-kit-gates']}),
      'specs/objective/plan.md': objectivePlan,
      'specs/summary/plan.md': defective
    }).linkPackages()

    const [configured, noConfig] = await Promise.all([
      runCli(['--format', 'json', 'specs/objective/plan.md', 'specs/summary/plan.md'], project.root),
      runCli(['--no-config', '--format', 'json', 'specs/objective/plan.md', 'specs/summary/plan.md'], project.root)
    ])
    expect(configured.stderr).toBe('')
    // The only finding is a warning (plan-gates-passed runs at `warn`).
    expect(configured.code, configured.stdout).toBe(0)
    const report = parseReport(configured.stdout)
    expect(report.files.map(({path, preset, layout}) => ({path, preset, layout}))).toEqual([
      {path: 'specs/objective/plan.md', preset: 'spec-kit-gates', layout: 'objective'},
      {path: 'specs/summary/plan.md', preset: 'spec-kit-gates', layout: 'summary'}
    ])
    expect(keysOf(report, 'specs/objective/plan.md')).toEqual([])
    // Once, not twice: the preset from the config ran, `remarkPlanLint` did not run it again.
    expect(keysOf(report, 'specs/summary/plan.md')).toEqual([
      'plan-gates-passed 16:1 Unexpected unchecked gate `Rotation flow agreed with the integrations team` in `Definition of Ready`, expected it checked before the plan is reviewed'
    ])
    expect(report.summary).toEqual({files: 2, errors: 0, warnings: 1})

    // Auto-detection without the config reaches the same preset and report.
    expect(noConfig.stderr).toBe('')
    expect(parseReport(noConfig.stdout)).toEqual(report)
  })

  it('with the config, even a document of no known style is linted by the preset, not by auto', async () => {
    const project = tempProject({
      '.remarkrc.json': JSON.stringify({plugins: ['remark-preset-plan-spec-kit-gates']}),
      'NOTES.md': md('# Notes', '', 'Nothing numbered here.')
    }).linkPackages()
    const result = await runCli(['--format', 'json', 'NOTES.md'], project.root)
    expect(result.stderr).toBe('')
    const report = parseReport(result.stdout)
    expect(report.files[0]?.preset).toBe('spec-kit-gates')
    expect(report.files[0]?.layout).toBe('objective')
    const rules = report.files[0]?.messages.map((message) => message.ruleId) ?? []
    expect(rules).not.toContain('plan-style')
    expect(rules).toContain('plan-required-sections')
    const keys = keysOf(report, 'NOTES.md')
    expect(new Set(keys).size).toBe(keys.length)
  })
})
