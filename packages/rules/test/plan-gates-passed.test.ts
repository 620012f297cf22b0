import {buildPlanModel, defineTemplate} from '@plan-lint/core'
import {lintWithRule, testRule} from '@plan-lint/core/testing'
import type {Paragraph, Root, RootContent, Table, TableCell, TableRow} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {specKitGatesTemplate} from 'remark-preset-plan-spec-kit-gates'
import {describe, expect, it} from 'vitest'
import {hasViolations, planGatesPassed} from '../src/plan-gates-passed/index.js'

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

const sections = [
  {
    id: 'constitution-check',
    text: 'Constitution Check',
    level: 2,
    instructions: ['GATE: Must pass before Phase 0 research']
  },
  {id: 'complexity-tracking', text: 'Complexity Tracking', level: 2, requirement: 'optional' as const, allowEmpty: true},
  {id: 'progress-tracking', text: 'Progress Tracking', level: 2, requirement: 'optional' as const}
]

const progressChecklist = {
  section: 'progress-tracking',
  implementation: ['^Phase [3-9]\\b', 'Tasks generated', 'Implementation complete', 'Validation passed'],
  whenViolations: ['^Complexity deviations documented']
}

/** The spec-kit gates: Constitution Check justified by Complexity Tracking. */
const template = defineTemplate({
  id: 'gated',
  name: 'gated plan',
  sections,
  gates: {
    verdicts: [{section: 'constitution-check', justifiedBy: 'complexity-tracking'}],
    checklists: [progressChecklist]
  }
})

/** Verdicts with nowhere to justify a failure. */
const strictTemplate = defineTemplate({
  id: 'strict',
  name: 'strict plan',
  sections,
  gates: {verdicts: [{section: 'constitution-check'}], checklists: [progressChecklist]}
})

/** A constitution check written as a checklist: verdict and checklist section at once. */
const checklistCheckTemplate = defineTemplate({
  id: 'checklist-check',
  name: 'checklist constitution check',
  sections,
  gates: {verdicts: [{section: 'constitution-check'}], checklists: [{section: 'constitution-check'}]}
})

const plainTemplate = defineTemplate({id: 'plain', name: 'plain plan', sections})

const options = {template}

const progressTracking = [
  '## Progress Tracking',
  '',
  '*This checklist is updated during execution flow*',
  '',
  '**Phase Status**:',
  '- [x] Phase 0: Research complete (/plan command)',
  '- [x] Phase 1: Design complete (/plan command)',
  '- [x] Phase 2: Task planning complete (/plan command - describe approach only)',
  '- [ ] Phase 3: Tasks generated (/tasks command)',
  '- [ ] Phase 4: Implementation complete',
  '- [ ] Phase 5: Validation passed',
  '',
  '**Gate Status**:',
  '- [x] Initial Constitution Check: PASS',
  '- [x] Post-Design Constitution Check: PASS',
  '- [x] All NEEDS CLARIFICATION resolved',
  '- [ ] Complexity deviations documented'
]

const placeholderComplexity = [
  '## Complexity Tracking',
  '',
  '> **Fill ONLY if Constitution Check has violations that must be justified**',
  '',
  '| Violation | Why Needed | Simpler Alternative Rejected Because |',
  '|-----------|------------|-------------------------------------|',
  '| [e.g., 4th project] | [current need] | [why 3 projects insufficient] |'
]

/** Definition of Ready (due while planning) and Definition of Done (due when the work ends). */
const readinessTemplate = defineTemplate({
  id: 'readiness',
  name: 'plan with readiness gates',
  sections: [
    {id: 'ready', text: 'Definition of Ready', level: 2},
    {id: 'done', text: 'Definition of Done', level: 2}
  ],
  gates: {
    checklists: [
      {section: 'ready', stage: 'planning'},
      {section: 'done', stage: 'implementation'}
    ]
  }
})

/** The spec-kit-gates quality gates, Ready checked, Done still open. */
const qualityGates = [
  '## 2. QUALITY GATES',
  '',
  '### Definition of Ready (DoR)',
  '- [x] Scope agreed with the billing team',
  '- [x] Success criteria have a measurement method',
  '',
  '### Definition of Done (DoD)',
  '- [ ] Acceptance tests pass in CI',
  '- [ ] Runbook updated'
]

testRule(planGatesPassed, {
  valid: [
    {
      name: 'the spec-kit progress checklist at planning stage, with passing gates',
      options,
      code: md(
        '## Constitution Check',
        '',
        '*GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.*',
        '',
        '| Principle | Status | Notes |',
        '|-----------|--------|-------|',
        '| II. 테스트 표준 | PASS | Quickstart requires failing user-story tests before implementation |',
        '| **III. Simplicity** | ✅ PASS | No violations |',
        '',
        ...placeholderComplexity,
        '',
        ...progressTracking
      )
    },
    {
      name: 'verdict shapes of real plans that pass, and words that are no verdict',
      options,
      code: md(
        '## Constitution Check',
        '',
        '- **I. Code Quality Standards**: ✅ PASS',
        '- **II. Testing**: PASS (with justified exception)',
        '- **III. Observability**: ⚠️ PARTIAL',
        '- **IV. Integration tests**: Tests must fail (no implementation yet)',
        '- No constitution violations detected',
        '- 0 violations; violations: none',
        '- Violation: none',
        '- → If violations exist: Document in Complexity Tracking',
        '- The CLI maps a failed check to exit 1',
        '- Handling failures with fallback',
        '- **Failure modes**: retries, then a dead-letter queue',
        '- Error handling: Failed jobs are retried',
        '',
        '### IV. Simplicity ✅',
        '',
        '| Principle | Gate | Status |',
        '|-----------|------|--------|',
        '| I. Fail Closed | Fail closed: a gate that cannot block is broken | ✅ PASS — canaries |',
        '| II. 테스트 표준 | ✅ 통과 | 409 Conflict (dependency check failed) |',
        '| Fail-Fast | FAIL FAST | ✅ asserts on every error path |',
        '',
        '**Gate Result: PASS** - All five core principles satisfied.',
        '',
        '```text',
        'Status: FAIL',
        '| Principle | ❌ FAIL |',
        '```',
        '',
        '<!-- Status: FAIL -->',
        '',
        'Status: ok <!-- was: FAIL -->',
        '',
        '> **Fill ONLY if Constitution Check has violations that must be justified**',
        '',
        '## Complexity Tracking',
        '',
        '| Violation | Why Needed | Simpler Alternative Rejected Because |',
        '|-----------|------------|-------------------------------------|'
      )
    },
    {
      name: 'a partial violation justified by a row in Complexity Tracking',
      options,
      code: md(
        '## Constitution Check',
        '',
        '### Initial Check',
        '',
        '| Principle | Status | Notes |',
        '|-----------|--------|-------|',
        '| **I. Static-First Architecture** | ⚠️ PARTIAL VIOLATION | Blog post display is static, uploads are not |',
        '',
        '## Complexity Tracking',
        '',
        '> **Fill ONLY if Constitution Check has violations that must be justified**',
        '',
        '| Violation | Why Needed | Simpler Alternative Rejected Because |',
        '|-----------|------------|-------------------------------------|',
        '| Upload API (partial violation of I) | media uploads need a server | a static-only site cannot accept uploads |',
        '',
        ...progressTracking.slice(0, -1),
        '- [x] Complexity deviations documented'
      )
    },
    {
      name: 'a failing verdict justified in prose',
      options,
      code: md(
        '## Constitution Check',
        '',
        '**Gate result: FAIL** - a fourth project for the sync worker.',
        '',
        '## Complexity Tracking',
        '',
        '*Fill ONLY if Constitution Check has violations that must be justified*',
        '',
        'The sync worker runs on its own schedule and must not share the web process;',
        'folding it into the API would block requests during replays.'
      )
    },
    {
      name: 'no gates in the template: nothing is checked',
      options: {template: plainTemplate},
      code: md('## Constitution Check', '', '| Gate | Status |', '|---|---|', '| Simplicity | FAIL |', '', '## Progress Tracking', '', '- [ ] Phase 1: Design complete')
    },
    {
      name: 'gate sections absent from the plan',
      options,
      code: md('## Summary', '', '- [ ] Phase 1: Design complete', '', '**Gate result: FAIL**')
    },
    {
      name: 'the implementation stage with every box checked',
      options: {template, stage: 'implementation'},
      code: md(
        '## Progress Tracking',
        '',
        '- [x] Phase 3: Tasks generated (/tasks command)',
        '- [X] Phase 4: Implementation complete',
        '- [x] Initial Constitution Check: PASS',
        '  - Notes: re-run after the storage spike',
        '- [ ] Complexity deviations documented'
      )
    },
    {
      name: 'items after an implementation item are implementation work too',
      options,
      code: md(
        '## Progress Tracking',
        '',
        '- [x] Problem Analysis Complete',
        '- [x] Solution Designed',
        '- [ ] Implementation Complete',
        '- [ ] Testing Complete'
      )
    },
    {
      name: 'spec-kit-gates: Definition of Done may stay unchecked while planning',
      options: {template: specKitGatesTemplate},
      code: md(...qualityGates)
    },
    {
      name: 'an implementation-stage checklist left unchecked at planning stage',
      options: {template: readinessTemplate, stage: 'planning'},
      code: md('## Definition of Ready', '', '- [x] Design reviewed', '', '## Definition of Done', '', '- [ ] Deployed to production', '- [ ] Dashboards live')
    },
    {
      name: 'an implementation-stage checklist fully checked at implementation stage',
      options: {template: readinessTemplate, stage: 'implementation'},
      code: md('## Definition of Ready', '', '- [x] Design reviewed', '', '## Definition of Done', '', '- [x] Deployed to production', '- [X] Dashboards live')
    }
  ],
  invalid: [
    {
      name: 'a failing table verdict with only the template rows in Complexity Tracking',
      options,
      code: md(
        '## Constitution Check',
        '',
        '| Principle | Status | Notes |',
        '|-----------|--------|-------|',
        '| I. Library-First | ✅ PASS | The queue is its own package |',
        '| III. Simplicity | ❌ FAIL | A fourth project for the sync worker |',
        '',
        ...placeholderComplexity
      ),
      errors: [
        {
          messageId: 'unjustified',
          data: {verdict: '❌ FAIL', section: 'Constitution Check', justification: 'Complexity Tracking'},
          message:
            'Unexpected failing gate verdict `❌ FAIL` in `Constitution Check` with no justification in `Complexity Tracking`, expected the violation justified there or the design changed',
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 27
        }
      ]
    },
    {
      name: 'verdict shapes that fail, with Complexity Tracking saying there are none',
      options,
      code: md(
        '## Constitution Check: FAIL',
        '',
        '- **II. Testing**: ❌ NOT MET',
        '- **V. Versioning** — non-compliant',
        '- **VI. Security**: FAIL because tokens are logged',
        'Status: ❌',
        '',
        '### IV. Observability ❌',
        '',
        '| Principle | Status |',
        '|---|---|',
        '| VI. Security | VIOLATION |',
        '| VII. 단순성 | ❌ 위반 |',
        '| VIII. Docs | ✗ |',
        '',
        '## Complexity Tracking',
        '',
        'No violations at this time.',
        '',
        '- The design follows the incremental approach'
      ),
      errors: [
        {messageId: 'unjustified', data: {verdict: 'Constitution Check: FAIL', section: 'Constitution Check: FAIL', justification: 'Complexity Tracking'}, line: 1, column: 1, endLine: 1, endColumn: 28},
        {messageId: 'unjustified', data: {verdict: 'II. Testing: ❌ NOT MET', section: 'Constitution Check: FAIL', justification: 'Complexity Tracking'}, line: 3, column: 3, endLine: 3, endColumn: 29},
        {messageId: 'unjustified', line: 4, column: 3, endLine: 4, endColumn: 36},
        {messageId: 'unjustified', data: {verdict: 'VI. Security: FAIL because tokens are logged', section: 'Constitution Check: FAIL', justification: 'Complexity Tracking'}, line: 5, column: 3, endLine: 5, endColumn: 51},
        {messageId: 'unjustified', line: 6, column: 1, endLine: 6, endColumn: 10},
        {messageId: 'unjustified', data: {verdict: 'IV. Observability ❌', section: 'Constitution Check: FAIL', justification: 'Complexity Tracking'}, line: 8, column: 1, endLine: 8, endColumn: 24},
        {messageId: 'unjustified', line: 12, column: 18, endLine: 12, endColumn: 27},
        {messageId: 'unjustified', data: {verdict: '❌ 위반', section: 'Constitution Check: FAIL', justification: 'Complexity Tracking'}, line: 13, column: 14, endLine: 13, endColumn: 18},
        {messageId: 'unjustified', line: 14, column: 16, endLine: 14, endColumn: 17}
      ]
    },
    {
      name: 'a failing verdict and no justification section at all',
      options,
      code: md('## Constitution Check', '', '**Gate result: FAIL** - principle III.'),
      errors: [
        {
          messageId: 'unjustified',
          data: {
            verdict: 'Gate result: FAIL - principle III.',
            section: 'Constitution Check',
            justification: 'Complexity Tracking'
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 39
        }
      ]
    },
    {
      name: 'without a justification section in the template, a failing verdict fails',
      options: {template: strictTemplate},
      code: md(
        '## Constitution Check',
        '',
        '- **III. Simplicity**: ⚠️ PARTIAL VIOLATION (a fourth project)',
        '',
        '## Complexity Tracking',
        '',
        '| Upload API | needed | none simpler |'
      ),
      errors: [
        {
          messageId: 'failed',
          data: {verdict: 'III. Simplicity: ⚠️ PARTIAL VIOLATION (a fourth project)', section: 'Constitution Check'},
          message:
            'Unexpected failing gate verdict `III. Simplicity: ⚠️ PARTIAL VIOLATION (a fourth project)` in `Constitution Check`, expected the gate passed or the design changed',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 63
        }
      ]
    },
    {
      name: 'a failing item of a checklist that is also a verdict section is reported once',
      options: {template: checklistCheckTemplate},
      code: md(
        '## Constitution Check',
        '',
        '- [x] Principle I: Incremental Development - Implementation broken into small, verifiable steps',
        '  - Step 1: diagnose the broken click handler',
        '- [x] Principle III: FAIL - the AI player reaches into the board internals',
        '- [ ] Principle V: Clear Documentation'
      ),
      errors: [
        {
          messageId: 'failed',
          data: {
            verdict: 'Principle III: FAIL - the AI player reaches into the board …',
            section: 'Constitution Check'
          },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 75
        },
        {messageId: 'unchecked', data: {item: 'Principle V: Clear Documentation', section: 'Constitution Check'}, line: 6, column: 1, endLine: 6, endColumn: 39}
      ]
    },
    {
      name: 'unchecked planning gates',
      options,
      code: md(...progressTracking.slice(0, 7), '- [ ] Phase 2: Task planning complete', '', '**Gate Status**:', '- [x] Initial Constitution Check: PASS', '* [ ] Post-Design Constitution Check: **PASS**'),
      errors: [
        {
          messageId: 'unchecked',
          data: {item: 'Phase 2: Task planning complete', section: 'Progress Tracking'},
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 38
        },
        {
          messageId: 'unchecked',
          data: {item: 'Post-Design Constitution Check: PASS', section: 'Progress Tracking'},
          message:
            'Unexpected unchecked gate `Post-Design Constitution Check: PASS` in `Progress Tracking`, expected it checked before the plan is reviewed',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 47
        }
      ]
    },
    {
      name: 'a gate recorded as failed; with violations, deviations must be documented',
      options,
      code: md(
        '## Constitution Check',
        '',
        '| Principle | Status |',
        '|---|---|',
        '| III. Simplicity | FAILED |',
        '',
        '## Progress Tracking',
        '',
        '- [x] Initial Constitution Check: FAIL',
        '- [ ] Complexity deviations documented'
      ),
      errors: [
        {messageId: 'unjustified', line: 5, column: 21, endLine: 5, endColumn: 27},
        {
          messageId: 'failed',
          data: {verdict: 'Initial Constitution Check: FAIL', section: 'Progress Tracking'},
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 39
        },
        {
          messageId: 'unchecked',
          data: {item: 'Complexity deviations documented', section: 'Progress Tracking'},
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 39
        }
      ]
    },
    {
      name: 'at the implementation stage, implementation boxes are gates too',
      options: {template, stage: 'implementation'},
      code: md(...progressTracking),
      errors: [
        {messageId: 'unchecked', data: {item: 'Phase 3: Tasks generated (/tasks command)', section: 'Progress Tracking'}, line: 9, column: 1, endLine: 9, endColumn: 48},
        {messageId: 'unchecked', line: 10, column: 1, endLine: 10, endColumn: 39},
        {messageId: 'unchecked', line: 11, column: 1, endLine: 11, endColumn: 33}
      ]
    },
    {
      name: 'spec-kit-gates: an unchecked Definition of Ready item is reported, Definition of Done is not',
      options: {template: specKitGatesTemplate},
      code: md(
        '## 2. QUALITY GATES',
        '',
        '### Definition of Ready (DoR)',
        '- [x] Scope agreed with the billing team',
        '- [ ] Load test budget approved by finance',
        '',
        '### Definition of Done (DoD)',
        '- [ ] Acceptance tests pass in CI'
      ),
      errors: [
        {
          messageId: 'unchecked',
          data: {item: 'Load test budget approved by finance', section: 'Definition of Ready (DoR)'},
          message:
            'Unexpected unchecked gate `Load test budget approved by finance` in `Definition of Ready (DoR)`, expected it checked before the plan is reviewed',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 43
        }
      ]
    },
    {
      name: 'spec-kit-gates at implementation stage: the Definition of Done is due',
      options: {template: specKitGatesTemplate, stage: 'implementation'},
      code: md(...qualityGates),
      errors: [
        {
          messageId: 'unchecked',
          data: {item: 'Acceptance tests pass in CI', section: 'Definition of Done (DoD)'},
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 34
        },
        {
          messageId: 'unchecked',
          data: {item: 'Runbook updated', section: 'Definition of Done (DoD)'},
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 22
        }
      ]
    },
    {
      name: 'an implementation-stage checklist is reported with the rule option `stage: implementation`',
      options: {template: readinessTemplate, stage: 'implementation'},
      code: md('## Definition of Ready', '', '- [x] Design reviewed', '', '## Definition of Done', '', '- [x] Deployed to production', '- [ ] Dashboards live'),
      errors: [
        {messageId: 'unchecked', data: {item: 'Dashboards live', section: 'Definition of Done'}, line: 8, column: 1, endLine: 8, endColumn: 22}
      ]
    },
    {
      name: 'a planning-stage checklist is due while planning',
      options: {template: readinessTemplate},
      code: md('## Definition of Ready', '', '- [ ] Design reviewed', '', '## Definition of Done', '', '- [ ] Deployed to production'),
      errors: [
        {messageId: 'unchecked', data: {item: 'Design reviewed', section: 'Definition of Ready'}, line: 3, column: 1, endLine: 3, endColumn: 22}
      ]
    }
  ]
})

/**
 * The tree remark-gfm would build: task items carry `checked` (the box left
 * out of the text), tables are `table` nodes. The preset does not load
 * remark-gfm, but a user's processor may.
 */
function gfmShaped(tree: Root, source: string): void {
  const visit = (node: {children?: unknown[]; type: string}) => {
    if (node.type === 'listItem') {
      const item = node as unknown as {checked?: boolean | null; children: RootContent[]}
      const first = item.children[0]
      const text = first?.type === 'paragraph' ? first.children[0] : undefined
      const box = text?.type === 'text' ? /^\[([ xX])\] /.exec(text.value) : null
      if (text?.type === 'text' && box) {
        item.checked = box[1] !== ' '
        text.value = text.value.slice(box[0].length)
      }
    }
    node.children?.forEach((child, index) => {
      const paragraph = child as Paragraph
      if (paragraph.type === 'paragraph' && source.slice(paragraph.position?.start.offset).startsWith('|')) {
        ;(node.children as unknown[])[index] = toTable(paragraph, source)
      } else {
        visit(child as {children?: unknown[]; type: string})
      }
    })
  }
  visit(tree)
}

function toTable(paragraph: Paragraph, source: string): Table {
  const base = paragraph.position?.start.offset ?? 0
  const point = (offset: number) => {
    const before = source.slice(0, offset).split('\n')
    return {line: before.length, column: (before[before.length - 1] ?? '').length + 1, offset}
  }
  const rows: TableRow[] = []
  let offset = base
  for (const line of source.slice(base, paragraph.position?.end.offset).split('\n')) {
    if (!/^\|[\s:|-]+\|$/.test(line)) {
      const cells: TableCell[] = []
      let start = offset + 1
      for (const raw of line.slice(1, -1).split('|')) {
        const lead = raw.length - raw.trimStart().length
        const value = raw.trim()
        const cellStart = start + lead
        cells.push({
          type: 'tableCell',
          children: [{type: 'text', value}],
          position: {start: point(cellStart), end: point(cellStart + value.length)}
        })
        start += raw.length + 1
      }
      rows.push({type: 'tableRow', children: cells, position: {start: point(offset), end: point(offset + line.length)}})
    }
    offset += line.length + 1
  }
  return {type: 'table', children: rows, position: paragraph.position}
}

async function lintGfmShaped(code: string, stage: 'planning' | 'implementation' = 'planning') {
  const file = new VFile({value: code, path: 'plan.md'})
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(planGatesPassed, ['error', {template, stage}])
  const tree = processor.parse(file) as Root
  gfmShaped(tree, code)
  await processor.run(tree, file)
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)
}

describe('plan-gates-passed with GFM-shaped trees', () => {
  it('reads task items by their `checked` field', async () => {
    expect(await lintGfmShaped(md(...progressTracking))).toEqual([])
    expect(await lintGfmShaped(md('## Progress Tracking', '', '- [ ] Phase 1: Design complete', '- [x] Phase 4: Implementation complete'))).toEqual([
      '3:1 Unexpected unchecked gate `Phase 1: Design complete` in `Progress Tracking`, expected it checked before the plan is reviewed'
    ])
  })

  it('reads table cells, the header row excepted', async () => {
    const code = md(
      '## Constitution Check',
      '',
      '| Violation | Status |',
      '|---|---|',
      '| III. Simplicity | ❌ FAIL |',
      '',
      '## Complexity Tracking',
      '',
      '| Violation | Why Needed | Simpler Alternative Rejected Because |',
      '|---|---|---|',
      '| [e.g., 4th project] | [current need] | [why 3 projects insufficient] |'
    )
    expect(await lintGfmShaped(code)).toEqual([
      '5:21 Unexpected failing gate verdict `❌ FAIL` in `Constitution Check` with no justification in `Complexity Tracking`, expected the violation justified there or the design changed'
    ])
    const justified = code.replace('[e.g., 4th project] | [current need]', 'Sync worker | replays block the API')
    expect(await lintGfmShaped(justified)).toEqual([])
  })
})

describe('hasViolations', () => {
  const modelOf = (code: string) => {
    const file = new VFile({value: code})
    const tree = unified().use(remarkParse).parse(file)
    return buildPlanModel(tree, file)
  }

  it('is true when a verdict section holds a failing verdict', () => {
    expect(hasViolations(modelOf(md('## Constitution Check', '', 'Status: ❌ FAIL')), template)).toBe(true)
    expect(hasViolations(modelOf(md('## Constitution Check', '', 'Status: ✅ PASS')), template)).toBe(false)
    expect(hasViolations(modelOf(md('## Constitution Check', '', 'Status: FAIL')), plainTemplate)).toBe(false)
  })
})

describe('plan-gates-passed options', () => {
  it('rejects an unknown stage', async () => {
    await expect(
      lintWithRule(planGatesPassed, {code: '# Plan\n', options: {template, stage: 'done'}})
    ).rejects.toThrow(/stage/)
  })
})
