import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {lintWithRule} from '@plan-lint/core/lint'
import {testRule} from '@plan-lint/core/testing'
import {planSuccessCriteriaTraced} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {specPlanTemplate} from 'remark-preset-plan-spec-plan'
import {afterAll, describe, expect, it} from 'vitest'

const plan = {template: specPlanTemplate}
const kit = {template: specKitTemplate}

/** A document from its lines; line N of the document is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

/** A spec-plan plan: the title (line 1, 36 characters), a blank line, then `body` from line 3. */
const doc = (...body: string[]) => md('# Implementation Plan: Saved Filters', '', ...body)

/**
 * `## Success Criteria` on line 3 (19 characters), the `**Functional** (from
 * spec):` label on line 5, then `items` from line 7.
 */
const criteria = (...items: string[]) => doc('## Success Criteria', '', '**Functional** (from spec):', '', ...items)

const criteriaHeading = {line: 3, column: 1, endLine: 3, endColumn: 20}

/** A spec-kit plan: the title (36 characters), its header on line 3, then `body` from line 5. */
const kitDoc = (...body: string[]) =>
  md(
    '# Implementation Plan: Offline Edits',
    '',
    '**Branch**: `004-offline-edits` | **Date**: 2025-09-27 | **Spec**: [spec.md](./spec.md)',
    '',
    ...body
  )

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

/**
 * A project on disk: a git root holding `files` (paths relative to the root).
 * Returns the path of `plan.md` in the root; the plan itself is not written,
 * the rule reads the case's code.
 */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plan-lint-criteria-'))
  folders.push(root)
  mkdirSync(path.join(root, '.git'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), text)
  }
  return path.join(root, 'plan.md')
}

/** Defines AC1..AC3 on lines 5-7 (identifier on columns 5-8); mentions AC5 in prose only. */
const spec = md(
  '# Feature Specification: Saved Filters',
  '',
  '## Acceptance Criteria',
  '',
  '- **AC1**: Saving a filter keeps its conditions.',
  '- **AC2**: Opening a saved filter applies its conditions.',
  '- **AC3**: Deleting a filter removes it from every device.',
  '',
  'Reporting, tracked as AC5 in an earlier draft, moved to a later release.'
)

/** A spec-kit spec; FR-020 appears only in a comment. */
const kitSpec = md(
  '# Feature Specification: Offline Edits',
  '',
  '### User Story 2 - Edit while offline (Priority: P1)',
  '',
  '- **FR-007**: The app MUST queue edits made while offline.',
  '- **NFR-001**: Queued edits MUST sync within 5 seconds of reconnecting.',
  '- **SC-002**: 95% of queued edits sync without a conflict.',
  '',
  '<!-- FR-020 is reserved for conflict handling -->'
)

/** `spec.md` beside `plan.md`. */
const withSpec = project({'spec.md': spec})
/** The spec at `docs/filters.md`, found only through a header field. */
const linked = project({'docs/filters.md': spec})
/** The spec-kit spec beside `plan.md`. */
const withKitSpec = project({'spec.md': kitSpec})

testRule(planSuccessCriteriaTraced, {
  valid: [
    {
      name: 'every acceptance criterion cited under Functional; Technical items cite nothing',
      options: plan,
      path: withSpec,
      code: criteria(
        '- [ ] Saving keeps the conditions (AC1)',
        '- [ ] Opening applies them (AC2)',
        '- [ ] Deleting reaches every device (AC3)',
        '',
        '**Technical** (from plan):',
        '',
        '- [ ] Saving takes under 200 ms at p95'
      )
    },
    {
      name: 'a range covers every criterion between its ends',
      options: plan,
      path: withSpec,
      code: criteria('- [ ] Saved filters work end to end (AC1-AC3)')
    },
    {
      name: 'a range with an en dash',
      options: plan,
      path: withSpec,
      code: criteria('- [ ] Saving, opening and deleting (AC1–AC3)')
    },
    {
      name: 'a range written out with `through`, dashed numbers',
      options: plan,
      path: withSpec,
      code: criteria('- [ ] Filters behave as specified (AC-1 through AC-3)')
    },
    {
      name: 'an identifier the spec mentions only in prose exists, and needs no criterion',
      options: plan,
      path: withSpec,
      code: criteria('- [ ] All three actions (AC1, AC2, AC3)', '- [ ] Reporting stays out of scope (AC5)')
    },
    {
      name: '`coverage: []` turns coverage off',
      options: {...plan, coverage: []},
      path: withSpec,
      code: criteria('- [ ] Saving keeps the conditions (AC1)')
    },
    {
      name: 'group headings: `### Functional (from spec)` needs citations, `### Quality` does not',
      options: plan,
      path: withSpec,
      code: doc(
        '## Success Criteria',
        '',
        '### Functional (from spec)',
        '',
        '- Saving, opening and deleting (AC1-AC3)',
        '',
        '### Quality',
        '',
        '- No new lint warnings'
      )
    },
    {
      name: 'items under the section heading alone need no citation',
      options: plan,
      path: withSpec,
      code: doc('## Success Criteria', '', '- Filters work (AC1-AC3)', '- The docs page is updated')
    },
    {
      name: 'the Definition of Done alias',
      options: plan,
      path: withSpec,
      code: doc('## Definition of Done', '', '**Functional** (from spec):', '', '- Filters work (AC1-AC3)')
    },
    {
      name: 'a group item whose nested items cite',
      options: plan,
      path: withSpec,
      code: criteria('- Filter actions', '  - Save (AC1)', '  - Open (AC2)', '  - Delete (AC3)')
    },
    {
      name: 'without a path no spec is read: dangling and uncovered ids go unnoticed',
      options: plan,
      code: criteria('- [ ] Everything works (AC1-AC9)', '- [ ] Reporting (AC42)')
    },
    {
      name: 'spec-kit: a plan citing nothing (no coverage, no citations required)',
      options: kit,
      path: withKitSpec,
      code: kitDoc('## Summary', '', 'Edits made offline are queued and replayed on reconnect.', '', '- Queue survives a restart')
    },
    {
      name: 'spec-kit: `US2` is `User Story 2`, `FR-7` is `FR-007`, `NFR-1` is `NFR-001`',
      options: kit,
      path: withKitSpec,
      code: kitDoc(
        '## Summary',
        '',
        'Covers US2, FR-7, NFR-1 and SC-002.',
        '',
        '## Technical Context',
        '',
        '**Scope**: User Story 2 (US-02, ユーザーストーリー 2) only'
      )
    },
    {
      name: 'spec-kit: identifiers in the plan’s comments are not citations',
      options: kit,
      path: withKitSpec,
      code: kitDoc('## Summary', '', '<!-- FR-099 comes in a later release -->', '', 'Edits are queued (FR-007).')
    },
    {
      name: 'spec-kit: `families: [\'FR\']` checks FR citations only',
      options: {...kit, families: ['FR']},
      path: withKitSpec,
      code: kitDoc('## Summary', '', 'Queue edits (FR-007); see also SC-009 and US9.')
    },
    {
      name: 'spec-kit without a path: a dangling id goes unnoticed',
      options: kit,
      code: kitDoc('## Summary', '', 'Queue edits (FR-099).')
    }
  ],
  invalid: [
    {
      name: 'Non-functional criteria need no citation; prose under the Functional label keeps the group',
      options: plan,
      code: doc(
        '## Success Criteria',
        '',
        '**Functional** (from spec):',
        '',
        'Each follows an acceptance criterion of the spec.',
        '',
        '- Saving works',
        '',
        '**Non-functional**:',
        '',
        '- p95 under 200 ms'
      ),
      errors: [{messageId: 'uncited', data: {criterion: 'Saving works', families: '`AC` identifiers'}, line: 9, column: 1, endLine: 9, endColumn: 15}]
    },
    {
      name: 'a citation the spec does not define, at the citation, in and outside the success criteria',
      options: plan,
      path: withSpec,
      code: doc(
        '## Architecture Overview',
        '',
        'The purge job follows AC8.',
        '',
        '## Success Criteria',
        '',
        '**Functional** (from spec):',
        '',
        '- [ ] Saving and opening (AC1, AC2, AC4)',
        '- [ ] Deleting (AC3)'
      ),
      errors: [
        {messageId: 'undefinedId', data: {id: 'AC8', spec: 'spec.md'}, line: 5, column: 23, endLine: 5, endColumn: 26},
        {messageId: 'undefinedId', data: {id: 'AC4', spec: 'spec.md'}, line: 11, column: 37, endLine: 11, endColumn: 40}
      ]
    },
    {
      name: 'a range whose end the spec does not define fires once, at the end',
      options: plan,
      path: withSpec,
      code: criteria('- [ ] Filters work end to end (AC1-AC9)'),
      errors: [{messageId: 'undefinedId', data: {id: 'AC9', spec: 'spec.md'}, line: 7, column: 36, endLine: 7, endColumn: 39}]
    },
    {
      name: 'an acceptance criterion no criterion cites, at the Success Criteria heading',
      options: plan,
      path: withSpec,
      code: criteria('- [ ] Saving keeps the conditions (AC1)', '- [ ] Opening applies them (AC2)'),
      errors: [{messageId: 'uncovered', data: {id: 'AC3', spec: 'spec.md'}, ...criteriaHeading}]
    },
    {
      name: 'citations outside the success criteria do not cover',
      options: plan,
      path: withSpec,
      code: doc(
        '## Architecture Overview',
        '',
        'Deleting (AC3) goes through the purge job.',
        '',
        '## Success Criteria',
        '',
        '- Saving and opening (AC1, AC2)'
      ),
      errors: [{messageId: 'uncovered', data: {id: 'AC3', spec: 'spec.md'}, line: 7, column: 1, endLine: 7, endColumn: 20}]
    },
    {
      name: 'without a success criteria section, uncovered criteria are reported at the title',
      options: plan,
      path: withSpec,
      code: doc('## Architecture Overview', '', 'Filters are stored per board.'),
      errors: ['AC1', 'AC2', 'AC3'].map((id) => ({
        messageId: 'uncovered',
        data: {id, spec: 'spec.md'},
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 37
      }))
    },
    {
      name: 'the spec named in a header list item',
      options: plan,
      path: linked,
      code: doc('- Feature ID: FEAT-021', '- Specification: `docs/filters.md`', '', '## Success Criteria', '', '- Filters work (AC1, AC2, AC7)'),
      errors: [
        {messageId: 'uncovered', data: {id: 'AC3', spec: 'docs/filters.md'}, line: 6, column: 1, endLine: 6, endColumn: 20},
        {messageId: 'undefinedId', data: {id: 'AC7', spec: 'docs/filters.md'}, line: 8, column: 27, endLine: 8, endColumn: 30}
      ]
    },
    {
      name: 'the spec named by a header field',
      options: plan,
      path: linked,
      code: doc('**Specification**: [filters](./docs/filters.md)', '', '## Success Criteria', '', '- Saving and opening (AC1-AC2)'),
      errors: [{messageId: 'uncovered', data: {id: 'AC3', spec: 'docs/filters.md'}, line: 5, column: 1, endLine: 5, endColumn: 20}]
    },
    {
      name: 'a Functional item without a citation, at its first line; Technical items are free',
      options: plan,
      path: withSpec,
      code: criteria(
        '- [ ] Saving keeps the conditions (AC1-AC3)',
        '- [ ] Filters survive a reload',
        '  on every device',
        '',
        '**Technical** (from plan):',
        '',
        '- [ ] Saving takes under 200 ms'
      ),
      errors: [
        {
          messageId: 'uncited',
          data: {criterion: 'Filters survive a reload', families: '`AC` identifiers'},
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 31
        }
      ]
    },
    {
      name: 'a plan without a spec still gets uncited criteria',
      options: plan,
      code: criteria('- [ ] Saving (AC1)', '- Opening works'),
      errors: [
        {messageId: 'uncited', data: {criterion: 'Opening works', families: '`AC` identifiers'}, line: 8, column: 1, endLine: 8, endColumn: 16}
      ]
    },
    {
      name: 'a `### Functional` group heading requires citations too',
      options: plan,
      path: withSpec,
      code: doc('## Success Criteria', '', '### Functional', '', '1. Saving, opening, deleting (AC1-AC3)', '2. Sharing a filter'),
      errors: [
        {messageId: 'uncited', data: {criterion: 'Sharing a filter', families: '`AC` identifiers'}, line: 8, column: 1, endLine: 8, endColumn: 20}
      ]
    },
    {
      name: '`citationsRequiredIn: \'\'` makes every item need a citation',
      options: {...plan, citationsRequiredIn: ''},
      path: withSpec,
      code: doc(
        '## Success Criteria',
        '',
        '**Technical** (from plan):',
        '',
        '- [ ] Saving takes under 200 ms',
        '',
        '**Functional** (from spec):',
        '',
        '- [ ] Filters work (AC1-AC3)'
      ),
      errors: [
        {
          messageId: 'uncited',
          data: {criterion: 'Saving takes under 200 ms', families: '`AC` identifiers'},
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 32
        }
      ]
    },
    {
      name: 'a custom `citationsRequiredIn` pattern picks other groups',
      options: {...plan, citationsRequiredIn: '^\\*\\*technical'},
      path: withSpec,
      code: doc(
        '## Success Criteria',
        '',
        '**Functional** (from spec):',
        '',
        '- [ ] Sharing a filter',
        '',
        '**Technical** (from plan):',
        '',
        '- [ ] Saving takes under 200 ms',
        '- [ ] Every filter action is logged (AC1-AC3)'
      ),
      errors: [
        {
          messageId: 'uncited',
          data: {criterion: 'Saving takes under 200 ms', families: '`AC` identifiers'},
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 32
        }
      ]
    },
    {
      name: '`coverage: []` still reports dangling citations',
      options: {...plan, coverage: []},
      path: withSpec,
      code: criteria('- [ ] Saving keeps the conditions (AC1, AC6)'),
      errors: [{messageId: 'undefinedId', data: {id: 'AC6', spec: 'spec.md'}, line: 7, column: 41, endLine: 7, endColumn: 44}]
    },
    {
      name: 'spec-kit: a dangling citation, and one the spec has only in a comment',
      options: kit,
      path: withKitSpec,
      code: kitDoc(
        '## Summary',
        '',
        'Queues edits (FR-007) and resolves conflicts (FR-020).',
        '',
        '## Technical Context',
        '',
        '**Scope**: FR-099'
      ),
      errors: [
        {messageId: 'undefinedId', data: {id: 'FR-020', spec: 'spec.md'}, line: 7, column: 47, endLine: 7, endColumn: 53},
        {messageId: 'undefinedId', data: {id: 'FR-099', spec: 'spec.md'}, line: 11, column: 12, endLine: 11, endColumn: 18}
      ]
    },
    {
      name: 'spec-kit: each spelling of a story the spec lacks',
      options: kit,
      path: withKitSpec,
      code: kitDoc('## Summary', '', 'Covers User Story 3 and US-04.'),
      errors: [
        {messageId: 'undefinedId', data: {id: 'User Story 3', spec: 'spec.md'}, line: 7, column: 8, endLine: 7, endColumn: 20},
        {messageId: 'undefinedId', data: {id: 'US-04', spec: 'spec.md'}, line: 7, column: 25, endLine: 7, endColumn: 30}
      ]
    },
    {
      name: 'spec-kit: `families: [\'FR\']` still reports a dangling FR',
      options: {...kit, families: ['FR']},
      path: withKitSpec,
      code: kitDoc('## Summary', '', 'Also FR-099, SC-009 and US9.'),
      errors: [{messageId: 'undefinedId', data: {id: 'FR-099', spec: 'spec.md'}, line: 7, column: 6, endLine: 7, endColumn: 12}]
    },
    {
      name: 'spec-kit: `coverage: [\'SC\']` turns coverage on, reported at the title',
      options: {...kit, coverage: ['SC']},
      path: withKitSpec,
      code: kitDoc('## Summary', '', 'Queue edits (FR-007).'),
      errors: [{messageId: 'uncovered', data: {id: 'SC-002', spec: 'spec.md'}, line: 1, column: 1, endLine: 1, endColumn: 37}]
    }
  ]
})

interface Point {
  line: number
  column: number
}

describe('plan-success-criteria-traced details', () => {
  it('points an uncovered criterion at its definition in the spec', async () => {
    const {messages} = await lintWithRule(planSuccessCriteriaTraced, {
      options: plan,
      path: withSpec,
      code: criteria('- [ ] Saving and opening (AC1, AC2)')
    })
    expect(messages).toHaveLength(1)
    const cause = messages[0]?.cause as {reason: string; place: {start: Point; end: Point}} | undefined
    expect(cause?.reason).toBe('`AC3` is defined here in `spec.md`')
    const {start, end} = cause?.place ?? {}
    expect([start?.line, start?.column, end?.line, end?.column]).toEqual([7, 5, 7, 8])
  })

  it('gives dangling and uncited criteria no cause', async () => {
    const {messages} = await lintWithRule(planSuccessCriteriaTraced, {
      options: plan,
      path: withSpec,
      code: criteria('- [ ] Everything (AC1-AC3, AC9)', '- [ ] Sharing a filter')
    })
    expect(messages.map((message) => [message.line, message.column, message.cause])).toEqual([
      [7, 28, undefined],
      [8, 1, undefined]
    ])
  })

  it('rejects unknown and mistyped options', async () => {
    await expect(
      lintWithRule(planSuccessCriteriaTraced, {options: {...plan, coverage: 'AC'}, code: criteria('- AC1')})
    ).rejects.toThrow(/Invalid options for `plan-success-criteria-traced`/)
    await expect(
      lintWithRule(planSuccessCriteriaTraced, {options: {...plan, cover: []}, code: criteria('- AC1')})
    ).rejects.toThrow(/Invalid options for `plan-success-criteria-traced`/)
  })
})
