/**
 * `deriveTemplate`: each heuristic on a small template of its own, the
 * precision of the derived shapes on ordinary plan text, determinism, and
 * `templatePreset` built on the result.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {
  buildPlanModel,
  defineTemplate,
  deriveTemplate,
  exactly,
  findPlaceholders,
  PlanLintConfigError,
  type TemplateInput,
  type TemplateSection
} from '@plan-lint/core'
import {templatePreset} from '@plan-lint/rules'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {repoRoot} from './helpers/cli.js'

/** The texts the derived template reports as placeholders in a document. */
function placeholdersIn(template: TemplateInput, markdown: string): string[] {
  const file = new VFile({value: markdown})
  const tree = unified().use(remarkParse).parse(file)
  return findPlaceholders(buildPlanModel(tree, file), defineTemplate(template)).map((finding) => finding.text)
}

function sections(template: TemplateInput): TemplateSection[] {
  return (template.sections ?? []) as TemplateSection[]
}

/** Every section, flattened, as `id requirement`. */
function outline(template: TemplateInput): string[] {
  const lines: string[] = []
  const walk = (list: TemplateSection[], depth: number) => {
    for (const section of list) {
      const flags = [section.requirement, section.allOrNothing && 'allOrNothing', section.allowEmpty && 'allowEmpty']
      lines.push(`${'  '.repeat(depth)}${section.id} ${flags.filter(Boolean).join(' ')}`)
      walk(section.children ?? [], depth + 1)
    }
  }
  walk(sections(template), 0)
  return lines
}

const templatesFolder = path.join(repoRoot, 'test/templates')

describe('title and metadata', () => {
  it('takes the title words before a colon as an anchored, case-insensitive pattern', () => {
    const template = deriveTemplate('# Implementation Plan: [FEATURE]\n\n## Summary\n')
    expect(template.title).toEqual({pattern: String.raw`^Implementation\s+Plan\b`, ignoreCase: true})
    const title = new RegExp(template.title?.pattern ?? '', 'iu')
    expect(title.test('Implementation plan: Offline sync')).toBe(true)
    expect(title.test('Implementation planning notes')).toBe(false)
  })

  it('leaves a title that opens with a placeholder unanchored, and drops a title made only of one', () => {
    expect(deriveTemplate('# [Feature] Rollout Plan\n\n## A\n').title?.pattern).toBe(String.raw`Rollout\s+Plan\b`)
    expect(deriveTemplate('# [FEATURE NAME]\n\n## A\n').title).toBeUndefined()
  })

  it('reads header fields with their formats and skips notes about the template', () => {
    const template = deriveTemplate(
      [
        '# Plan: [FEATURE]',
        '',
        '**Branch**: `[###-name]` | **Date**: [DATE] | **Spec**: [link]',
        '**Input**: Feature specification from `/specs/[###-name]/spec.md`',
        '**Owner:** [Team]',
        '**Note**: This template is filled in by the plan command.',
        '',
        '## Summary',
        ''
      ].join('\n')
    )
    expect(template.metadata).toEqual([
      {name: 'Branch', required: true, format: 'branch'},
      {name: 'Date', required: true, format: 'date'},
      {name: 'Spec', required: true, format: 'link'},
      {name: 'Input', required: true, format: 'any'},
      {name: 'Owner', required: true, format: 'any'}
    ])
  })

  it('documents `### Metadata` list fields, not required while the plan model reads only the header', () => {
    const template = deriveTemplate(
      '# Plan\n\n## 1. OBJECTIVE\n\n### Metadata\n- **Created**: YYYY-MM-DD\n- **Spec:** [Link to spec.md]\n- **Priority**: [P0 | P1]\n'
    )
    expect(template.metadata).toEqual([
      {name: 'Created', required: false, format: 'date'},
      {name: 'Spec', required: false, format: 'link'},
      {name: 'Priority', required: false, format: 'any'}
    ])
  })
})

describe('sections', () => {
  it('nests headings, requires top-level sections and subsections inside their parent, and keeps ids unique', () => {
    const template = deriveTemplate(
      [
        '# Plan',
        '## Testing Strategy',
        '### Unit Tests',
        'x',
        '## Rollout',
        '### Unit Tests',
        'y',
        '#### Fixtures (optional)',
        'z'
      ].join('\n\n')
    )
    expect(outline(template)).toEqual([
      'testing-strategy required',
      '  unit-tests required',
      'rollout required',
      '  unit-tests-2 required',
      '    fixtures optional allOrNothing'
    ])
    expect(sections(template)[0]).toMatchObject({text: 'Testing Strategy', level: 2})
  })

  it("reads required and conditional sections from the template's own comments", () => {
    const template = deriveTemplate(
      [
        '# Plan',
        '## Architecture',
        '<!--\n  REQUIRED SECTION: Always include this section.\n-->',
        '## Data Architecture',
        '<!--\n  CONDITIONAL SECTION: Include this section if the feature stores data.\n  DELETE this entire section otherwise.\n-->',
        '### Data Migration',
        '<!--\n  DELETE this subsection if no data moves\n-->',
        '### Data Model',
        'x',
        '## Complexity Tracking',
        '> **Fill ONLY if Constitution Check has violations that must be justified**',
        '## Rollback (if applicable)',
        'x'
      ].join('\n\n')
    )
    expect(outline(template)).toEqual([
      'architecture required',
      'data-architecture optional allOrNothing',
      '  data-migration optional allOrNothing',
      '  data-model required',
      'complexity-tracking optional allowEmpty',
      'rollback optional allOrNothing'
    ])
  })

  it('keeps italic or bold lines under a heading as instructions, not a bold label that opens content', () => {
    const template = deriveTemplate(
      [
        '# Plan',
        '## Constitution Check',
        '*GATE: Must pass before research. Re-check after design.*',
        '[Gates determined based on constitution file]',
        '## Rollback Plan',
        '**If things go wrong:**',
        '1. Disable the flag'
      ].join('\n\n')
    )
    expect(sections(template)[0]?.instructions).toEqual(['GATE: Must pass before research. Re-check after design.'])
    expect(sections(template)[1]?.instructions).toBeUndefined()
  })

  it('skips example headings (a placeholder in them, or a counted run below the top level) with what they hold', () => {
    const template = deriveTemplate(
      [
        '# Plan',
        '## Database Schema',
        '#### Entity: [Entity Name]',
        '##### Columns',
        'x',
        '## Implementation Steps',
        '### Phase 1: Foundation',
        '1. Schema',
        '### Phase 2: Polish',
        '1. Tests',
        '## Phase 0: Research',
        'x',
        '## Phase 1: Design',
        'x'
      ].join('\n\n')
    )
    expect(outline(template)).toEqual([
      'database-schema required',
      'implementation-steps required',
      'phase-0-research required',
      'phase-1-design required'
    ])
  })

  it('sets numbering when most headings of a level are numbered', () => {
    expect(deriveTemplate('# P\n\n## 1. OBJECTIVE\n\n## 2. GATES\n\n## L2: EXTRAS\n').numbering).toEqual({level: 2})
    expect(deriveTemplate('# P\n\n## 1. One\n\n## Two\n\n## Three\n').numbering).toBeUndefined()
  })

  it('turns Definition of Ready and Done into checklists due at planning and at implementation', () => {
    const template = deriveTemplate('# P\n\n## Gates\n\n### Definition of Ready (DoR)\n- [ ] a\n\n### Definition of Done (DoD)\n- [ ] b\n')
    expect(template.gates).toEqual({
      checklists: [
        {section: 'definition-of-ready', stage: 'planning'},
        {section: 'definition-of-done', stage: 'implementation'}
      ]
    })
  })
})

describe('options and option labels', () => {
  const decision = [
    '# Technical Plan: [Feature]',
    '## Architecture Decision',
    '### Option A: [Approach 1]',
    '[How it works]',
    '### Option B: [Approach 2] âœ… **(Chosen)**',
    '[How it works]',
    '**Decision Rationale:**\n[Why]',
    '## Timeline',
    'x'
  ].join('\n\n')

  it('derives options from Option headings with one marked chosen, also by a broken-encoding check mark', () => {
    const template = deriveTemplate(decision)
    expect(template.options).toEqual({
      section: 'architecture-decision',
      heading: String.raw`^Option\s+[A-Z0-9]+\b`,
      chosen: String.raw`✅|âœ…|✔|☑|\((?:chosen|selected)\)`,
      rationale: {text: 'Decision Rationale', pattern: String.raw`Decision\s+Rationale`}
    })
    expect(outline(template)).toEqual(['architecture-decision required', 'timeline required'])
    const chosen = new RegExp(template.options?.chosen ?? '', 'iu')
    for (const mark of ['✅', 'âœ…', '(Chosen)', '(selected)']) expect(chosen.test(`Option B ${mark}`)).toBe(true)
  })

  it('derives no options when none is marked chosen', () => {
    expect(deriveTemplate(decision.replace(' âœ… **(Chosen)**', '')).options).toBeUndefined()
  })

  it('derives option-label patterns from the prefix and names of labels in a code block', () => {
    const template = deriveTemplate(
      [
        '# Plan',
        '## Source Code',
        '```text\n# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)\nsrc/\n\n# [REMOVE IF UNUSED] Option 2: Web application (when "frontend" detected)\nweb/\n```'
      ].join('\n\n')
    )
    expect(template.optionLabels).toEqual([
      {pattern: String.raw`^#*\s*\[REMOVE\s+IF\s+UNUSED\]\s*Option\s+\d+`, ignoreCase: true},
      {pattern: String.raw`^#*\s*Option\s+\d+\s*[:.)-]\s*(?:Single\s+project|Web\s+application)`, ignoreCase: true}
    ])
    // The label's bracket is the label's finding, not a placeholder.
    expect(template.placeholders ?? []).toEqual([])
  })

  it('follows a template that letters its option labels', () => {
    const template = deriveTemplate('# Plan\n\n## Layout\n\n```text\n# Option A: Monorepo\napps/\n# Option B: Polyrepo\nrepo/\n```\n')
    const labels = (template.optionLabels ?? []).map((label) => new RegExp(label.pattern, 'iu'))
    expect(labels.some((label) => label.test('# Option B: Polyrepo'))).toBe(true)
  })

    it('takes one `# Option 1:` comment in code for a comment, not a label', () => {
    expect(deriveTemplate('# Plan\n\n## Setup\n\n```sh\n# Option 1: fast path\nmake\n```\n').optionLabels).toBeUndefined()
  })
})

describe('placeholder shapes', () => {
  it('groups bracket texts: examples by `e.g.`, literal texts by kind, counted texts by their prefix', () => {
    const template = deriveTemplate(
      [
        '# Plan: [FEATURE]',
        '## Summary',
        '[Extract from feature spec: the requirement]',
        '**Storage**: [if applicable, e.g., SQLite or N/A]',
        '| [Component name] | [table_name] | [High / Medium / Low] |\n|---|---|---|\n| a | b | c |',
        '1. [Step 1: e.g., validate input]\n2. [Step 2]\n3. [Step 3]'
      ].join('\n\n')
    )
    expect(template.placeholders).toEqual([
      {scope: 'bracket', pattern: String.raw`\be\.g\.|^(?:for )?example\b`, ignoreCase: true, kind: 'template example'},
      {scope: 'bracket', pattern: exactly(['FEATURE', 'table_name']), ignoreCase: true, kind: 'template token'},
      {scope: 'bracket', pattern: exactly(['High / Medium / Low']), ignoreCase: true, kind: 'template choice'},
      {scope: 'bracket', pattern: exactly(['Component name']), ignoreCase: true, kind: 'template placeholder'},
      {scope: 'bracket', pattern: exactly(['Extract from feature spec: the requirement']), ignoreCase: true, kind: 'template instruction'},
      {scope: 'bracket', pattern: String.raw`^(?:Step)\s+\d+$`, ignoreCase: true, kind: 'template placeholder'}
    ])
    expect(placeholdersIn(template, 'Run [Step 7] then [component  NAME] and [Component names].')).toEqual(['[Step 7]', '[component  NAME]'])
  })

  it('makes no shape for NEEDS CLARIFICATION markers (plan-rqs-resolved reports them) or task boxes', () => {
    const template = deriveTemplate(
      '# Plan\n\n## Goal\n\n- **Goal**: [NEEDS CLARIFICATION: Define the objective]\n- [ ] Ready\n- [x] Done\n\n| [NEEDS CLARIFICATION] | x |\n'
    )
    expect(template.placeholders).toBeUndefined()
  })

  it('keeps a bracketed tag the template explains as notation, and matches the bracket holding it as text', () => {
    const template = deriveTemplate(
      '# Plan\n\n## Phases\n\n- **Parallel Tasks**: [None | List tasks marked with [P]]\n\nUse [P] tag to mark parallel tasks.\n'
    )
    expect(placeholdersIn(template, '- **Parallel Tasks**: [None | List tasks marked with [P]]\n\nT003 and T004 [P]\n')).toEqual([
      '[None | List tasks marked with [P]]'
    ])
  })

  it('matches number slots `[X]` after text, never a task box', () => {
    const template = deriveTemplate('# Plan\n\n## Metrics\n\n- Coverage ≥ [X]%\n- Latency < [Y] ms\n')
    expect(placeholdersIn(template, '- Coverage ≥ [X]%\n- [X] Latency checked\n- [Y] done\n')).toEqual(['[X]'])
  })

  it('derives unbracketed placeholders: counted items and cells, repeated capitals, slots, choices, links', () => {
    const source = [
      '# Technical Plan: [Name]',
      '**Spec:** SPEC-XXX  \n**Created:** YYYY-MM-DD',
      '## Goals',
      '1. Goal 1\n2. Goal 2',
      '## Options',
      '**Pros:**\n- Pro 1\n\n**Estimated Effort:** X days',
      '## Dependencies',
      '| Library | Version |\n|---|---|\n| Library A | ^1.0.0 |\n| Library B | ^2.0.0 |',
      '- Module X must be completed first\n- Expected load: X requests/sec\n- Response time: < Yms\n- Caching: Yes/No',
      '| Metric | Target |\n|---|---|\n| Adoption | Z% |',
      '- [Design Document](link)'
    ].join('\n\n')
    const template = deriveTemplate(source)
    expect(placeholdersIn(template, source)).toEqual([
      '[Name]',
      'SPEC-XXX',
      'YYYY-MM-DD',
      'Goal 1',
      'Goal 2',
      'Pro 1',
      'X days',
      'Library A',
      'Library B',
      'Module X',
      'X requests/sec',
      'Yms',
      'Yes/No',
      'Z%',
      '[Design Document](link)'
    ])
  })

  it('derives tokens, instruction comments (not markers or tool directives), code instruction lines and escaped brackets', () => {
    const source = [
      '---\ncommand: run.sh __AGENT__\n---',
      '<!-- SPECKIT_TEMPLATE_SOURCE: plan | v1.0 -->',
      '# Implementation Plan: <<FEATURE_NAME>>',
      '<!-- lint disable plan-section-order -->',
      '## Architecture',
      '<!--\n  REQUIRED SECTION: Always include this section.\n-->',
      '```mermaid\ngraph TB\n  %% Example - Replace with the components of this feature:\n  A --> B\n```',
      '```sql\n-- Example for relational database\nCREATE TABLE t (id int);\n-- Indexes\n```',
      '- Latency: `[feature_name]_duration_seconds`\n- \\[Feature-specific metric\\]: [description]',
      'Run `{SCRIPT}` once.'
    ].join('\n\n')
    const template = deriveTemplate(source)
    expect(placeholdersIn(template, source)).toEqual([
      '__AGENT__',
      '<<FEATURE_NAME>>',
      '<!--\n  REQUIRED SECTION: Always include this section.\n-->',
      '%% Example - Replace with the components of this feature:',
      '-- Example for relational database',
      '[feature_name]',
      '\\[Feature-specific metric\\]',
      '[description]',
      '{SCRIPT}'
    ])
    const comment = template.placeholders?.find((shape) => shape.scope === 'comment')
    expect(comment?.pattern).toBe(String.raw`^\s*<!--\s*(?:REQUIRED\s+SECTION)`)
  })

  it('leaves the ordinary words of a filled plan alone', () => {
    const template = deriveTemplate(readFileSync(path.join(templatesFolder, 'technical-plan-like-template.md'), 'utf8'))
    const filled = [
      '# Technical Plan: Export',
      '**Spec:** SPEC-118  \n**Created:** 2025-01-02',
      '## Goals',
      '1. Reach Goal 1 of the roadmap before the audit\n2. Drop the Yes/No question from the form',
      '- [x] Done\n- [X] Reviewed',
      'Dates use the `YYYY-MM-DD` format; the X-ray service answers in 3 days; macOS X handles it.',
      '| Library | Version |\n|---|---|\n| Library Aurora | ^1.0.0 |',
      '- [Design Document](https://example.com/design)'
    ].join('\n\n')
    expect(placeholdersIn(template, filled)).toEqual([])
  })
})

describe('the result', () => {
  const templateFiles = readdirSync(templatesFolder).filter((name) => name.endsWith('-template.md'))

  it('passes defineTemplate for every test template', () => {
    expect(templateFiles.length).toBe(4)
    for (const name of templateFiles) {
      const template = deriveTemplate(readFileSync(path.join(templatesFolder, name), 'utf8'), {source: name})
      expect(() => defineTemplate(template), name).not.toThrow()
    }
  })

  it('is deterministic and independent of line endings', () => {
    for (const name of templateFiles) {
      const text = readFileSync(path.join(templatesFolder, name), 'utf8')
      const first = deriveTemplate(text, {source: name})
      expect(deriveTemplate(text, {source: name})).toEqual(first)
      expect(JSON.stringify(deriveTemplate(text.replace(/\n/g, '\r\n'), {source: name}))).toBe(JSON.stringify(first))
    }
  })

  it('takes the id from the options, else the file name, else the title', () => {
    const text = '# Technical Plan: [X]\n\n## Goals\n'
    expect(deriveTemplate(text, {id: 'team-plan', name: 'Team plan'})).toMatchObject({id: 'team-plan', name: 'Team plan'})
    expect(deriveTemplate(text, {source: 'docs/Team Plan Template.md'})).toMatchObject({
      id: 'team-plan-template',
      name: 'Technical Plan (Team Plan Template)'
    })
    expect(deriveTemplate(text, {source: '004_a0abbe.txt'}).id).toBe('technical-plan')
    expect(deriveTemplate('## Goals\n').id).toBe('plan-template')
  })
})

describe('templatePreset', () => {
  const template = deriveTemplate(readFileSync(path.join(templatesFolder, 'numbered-template.md'), 'utf8'), {id: 'numbered'})

  it('loads every rule: judgement calls warn, the rest are errors', () => {
    const preset = templatePreset(template)
    expect(preset.id).toBe('numbered')
    expect(preset.template).toEqual(defineTemplate(template))
    expect(preset.severities).toMatchObject({
      'plan-required-sections': 'error',
      'plan-no-placeholders': 'error',
      'plan-no-option-labels': 'error',
      'plan-metadata': 'error',
      'plan-rqs-resolved': 'error',
      'plan-section-order': 'warn',
      'plan-no-empty-sections': 'warn',
      'plan-gates-passed': 'warn'
    })
  })

  it('takes a severity per rule id', () => {
    const preset = templatePreset(template, {rules: {'plan-section-order': 'off', 'plan-gates-passed': 'error'}})
    expect(preset.severities['plan-section-order']).toBe('off')
    expect(preset.severities['plan-gates-passed']).toBe('error')
  })

  it('names unknown rule ids and invalid severities in a config error', () => {
    const unknown = (() => {
      try {
        templatePreset(template, {rules: {'plan-nope': 'off', 'plan-no-placeholders': 'warn'}})
      } catch (error) {
        return error
      }
      return undefined
    })()
    expect(unknown).toBeInstanceOf(PlanLintConfigError)
    expect((unknown as Error).message).toMatch(/^Unknown rule `plan-nope` in `templatePreset` options, expected one of `plan-required-sections`, /)
    expect(() => templatePreset(template, {rules: {'plan-no-placeholders': 'warning' as 'warn'}})).toThrow(
      /Invalid severity `warning` for `plan-no-placeholders`/
    )
    expect(() => templatePreset({...template, sections: [{id: 'Bad Id', text: 'x', level: 2}]})).toThrow(PlanLintConfigError)
  })
})
