import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planSectionOrder} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {specKitGatesSummaryTemplate} from 'remark-preset-plan-spec-kit-gates'

const options = {template: specKitTemplate}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

/**
 * The title on line 1, then each heading followed by a short paragraph:
 * heading `k` (counting from 0) is on line `3 + 4k`.
 */
const outline = (...headings: string[]) =>
  md('# Implementation Plan: Offline Sync', '', ...headings.flatMap((heading) => [heading, '', 'Some text.', '']))

/** Steps in a fixed order, an appendix that may go anywhere. */
const runbookTemplate = defineTemplate({
  id: 'runbook',
  name: 'runbook',
  sections: [
    {id: 'prepare', text: 'Prepare', level: 2},
    {
      id: 'execute',
      text: 'Execute',
      level: 2,
      children: [
        {id: 'deploy', text: 'Deploy', level: 3},
        {id: 'verify', text: 'Verify', level: 3},
        {id: 'announce', text: 'Announce', level: 3}
      ]
    },
    {id: 'appendix', text: 'Appendix', level: 2, requirement: 'optional', ordered: false},
    {id: 'wrap-up', text: 'Wrap-up', level: 2}
  ]
})

/** Numbered level-2 sections (`## 2. DESIGN`), with no section list of its own. */
const numberedTemplate = defineTemplate({id: 'numbered', name: 'numbered plan', numbering: {level: 2}})

/** The same headings without `numbering`: numbers are the plan's business. */
const unnumberedTemplate = defineTemplate({id: 'unnumbered', name: 'unnumbered plan'})

/** Numbered headings, each followed by a short paragraph (see {@link outline}). */
const numbered = (...headings: string[]) =>
  md('# Plan: Audit Log Export', '', ...headings.flatMap((heading) => [heading, '', 'Some text.', '']))

testRule(planSectionOrder, {
  valid: [
    {
      name: 'the template order',
      options,
      code: outline(
        '## Summary',
        '## Technical Context',
        '## Constitution Check',
        '## Project Structure',
        '### Documentation (this feature)',
        '### Source Code (repository root)',
        '## Complexity Tracking'
      )
    },
    {
      name: 'missing sections and extra sections do not matter',
      options,
      code: outline('## Summary', '## Open Questions', '## Constitution Check', '## Risks', '## Project Structure')
    },
    {
      name: 'phase sections may sit anywhere',
      options,
      code: outline(
        '## Phase 0: Outline & Research',
        '## Summary',
        '## Technical Context',
        '## Phase 1: Design & Contracts',
        '## Constitution Check',
        '## Project Structure',
        '## Complexity Tracking',
        '## Phase 2: Task Planning Approach'
      )
    },
    {
      name: 'renamed and translated headings keep their template position',
      options,
      code: outline('## 요약 (Summary)', '## 2. Technical Context ✅', '## 憲章チェック', '## Project Structure — New Files')
    },
    {
      name: 'a section marked `ordered: false` in a custom template',
      options: {template: runbookTemplate},
      code: md('## Appendix', '', '## Prepare', '', '## Execute', '', '### Deploy', '', '## Wrap-up')
    },
    {
      name: 'numbered sections that count up by one',
      options: {template: numberedTemplate},
      code: numbered('## 1. OBJECTIVE', '### 1.1 Scope', '## 2. DESIGN', '### 2.3 Storage', '## 3. ROLLOUT', '## 4) REFERENCES')
    },
    {
      name: 'unnumbered headings at the numbered level are not counted',
      options: {template: numberedTemplate},
      code: numbered('## 1. SUMMARY', '## 2. DESIGN', '## L2: PHASE DEPENDENCIES', '## Appendix', '## 3. ROLLBACK PLAN')
    },
    {
      name: 'numbers at another level are not counted, nor is a numbered title',
      options: {template: defineTemplate({id: 'deep', name: 'deep plan', numbering: {level: 3}})},
      code: md('# 7. Plan', '', '## 4. Design', '', '### 1. Storage', '', '### 2. Queue', '', '## 9. Rollout', '', '### 3. Flags')
    },
    {
      name: 'a template without numbering never reports numbers',
      options: {template: unnumberedTemplate},
      code: numbered('## 1. OBJECTIVE', '## 3. DESIGN', '## 3. ROLLOUT', '## 1. REFERENCES')
    },
    {
      name: 'the summary layout of spec-kit-gates, numbered in order with its add-ons',
      options: {template: specKitGatesSummaryTemplate},
      code: numbered(
        '## 1. SUMMARY',
        '## 2. QUALITY GATES',
        '## 3. ARCHITECTURE',
        '## 4. IMPLEMENTATION PHASES',
        '## 5. TESTING STRATEGY',
        '## 6. DEPENDENCIES',
        '## 7. ROLLBACK PLAN',
        '## L2: PHASE DEPENDENCIES',
        '## L3: CRITICAL PATH'
      )
    }
  ],
  invalid: [
    {
      name: 'one moved section is the only one reported',
      options,
      code: outline('## Summary', '## Project Structure', '## Technical Context', '## Constitution Check'),
      errors: [
        {
          messageId: 'outOfOrder',
          data: {section: 'Project Structure', after: 'Constitution Check'},
          message: 'Unexpected position of section `Project Structure`, expected after `Constitution Check`',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 21
        }
      ]
    },
    {
      name: 'two neighbours swapped: one of them is reported',
      options,
      code: outline('## Summary', '## Constitution Check', '## Technical Context', '## Project Structure'),
      errors: [
        {
          messageId: 'outOfOrder',
          data: {section: 'Constitution Check', after: 'Technical Context'},
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 22
        }
      ]
    },
    {
      name: 'every deviation is reported, not only the first',
      options,
      code: outline('## Technical Context', '## Summary', '## Project Structure', '## Constitution Check'),
      errors: [
        {
          messageId: 'outOfOrder',
          data: {section: 'Technical Context', after: 'Summary'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21
        },
        {
          messageId: 'outOfOrder',
          data: {section: 'Project Structure', after: 'Constitution Check'},
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 21
        }
      ]
    },
    {
      name: 'a section that belongs first is reported against the section it should precede',
      options,
      code: outline('## Technical Context', '## Constitution Check', '## Project Structure', '## Summary'),
      errors: [
        {
          messageId: 'outOfOrderFirst',
          data: {section: 'Summary', before: 'Technical Context'},
          message: 'Unexpected position of section `Summary`, expected before `Technical Context`',
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: 11
        }
      ]
    },
    {
      name: 'a moved parent is reported once, its children are only compared with each other',
      options,
      code: outline(
        '## Project Structure',
        '### Documentation (this feature)',
        '### Source Code (repository root)',
        '## Summary',
        '## Technical Context',
        '## Constitution Check'
      ),
      errors: [
        {
          messageId: 'outOfOrder',
          data: {section: 'Project Structure', after: 'Constitution Check'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21
        }
      ]
    },
    {
      name: 'children out of order within their parent',
      options,
      code: outline(
        '## Summary',
        '## Technical Context',
        '## Constitution Check',
        '## Project Structure',
        '### Source Code (repository root)',
        '### Documentation (this feature)'
      ),
      errors: [
        {
          messageId: 'outOfOrder',
          data: {section: 'Source Code (repository root)', after: 'Documentation (this feature)'},
          line: 19,
          column: 1,
          endLine: 19,
          endColumn: 34
        }
      ]
    },
    {
      name: 'the first child placed last, under a setext parent',
      options: {template: runbookTemplate},
      code: md(
        '## Prepare',
        '',
        'Execute',
        '-------',
        '',
        '### Verify',
        '',
        '### Announce',
        '',
        '### Deploy',
        '',
        '## Wrap-up'
      ),
      errors: [
        {
          messageId: 'outOfOrderFirst',
          data: {section: 'Deploy', before: 'Verify'},
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 11
        }
      ]
    },
    {
      name: 'a setext heading out of order spans both of its lines',
      options,
      code: md(
        '# Implementation Plan: Offline Sync',
        '',
        '## Summary',
        '',
        'Project Structure',
        '-----------------',
        '',
        '## Technical Context',
        '',
        '## Constitution Check'
      ),
      errors: [
        {
          messageId: 'outOfOrder',
          data: {section: 'Project Structure', after: 'Constitution Check'},
          line: 5,
          column: 1,
          endLine: 6,
          endColumn: 18
        }
      ]
    },
    {
      name: 'a gap in the numbers: every heading after the deleted section carries its new number',
      options: {template: numberedTemplate},
      code: numbered('## 1. OBJECTIVE', '## 2. DESIGN', '## 4. ROLLOUT', '## 5. REFERENCES'),
      errors: [
        {
          messageId: 'numbering',
          data: {section: '4. ROLLOUT', actual: '4', expected: 3},
          message: 'Unexpected section number `4` in `4. ROLLOUT`, expected `3`',
          line: 11,
          column: 4,
          endLine: 11,
          endColumn: 5,
          expected: ['3']
        },
        {
          messageId: 'numbering',
          data: {section: '5. REFERENCES', actual: '5', expected: 4},
          line: 15,
          column: 4,
          endLine: 15,
          endColumn: 5,
          expected: ['4']
        }
      ]
    },
    {
      name: 'a duplicated number',
      options: {template: numberedTemplate},
      code: numbered('## 1. OBJECTIVE', '## 2. DESIGN', '## 2. TESTING', '## 3. ROLLOUT'),
      errors: [
        {
          messageId: 'numbering',
          data: {section: '2. TESTING', actual: '2', expected: 3},
          line: 11,
          column: 4,
          endLine: 11,
          endColumn: 5,
          expected: ['3']
        },
        {
          messageId: 'numbering',
          data: {section: '3. ROLLOUT', actual: '3', expected: 4},
          line: 15,
          column: 4,
          endLine: 15,
          endColumn: 5,
          expected: ['4']
        }
      ]
    },
    {
      name: 'a list that does not start at 1, and a number of two digits: the range is the number only',
      options: {template: numberedTemplate},
      code: numbered('## 0. PREFACE', '## 1. OBJECTIVE', '## 12. REFERENCES'),
      errors: [
        {
          messageId: 'numbering',
          data: {section: '0. PREFACE', actual: '0', expected: 1},
          line: 3,
          column: 4,
          endLine: 3,
          endColumn: 5,
          expected: ['1']
        },
        {
          messageId: 'numbering',
          data: {section: '1. OBJECTIVE', actual: '1', expected: 2},
          line: 7,
          column: 4,
          endLine: 7,
          endColumn: 5,
          expected: ['2']
        },
        {
          messageId: 'numbering',
          data: {section: '12. REFERENCES', actual: '12', expected: 3},
          line: 11,
          column: 4,
          endLine: 11,
          endColumn: 6,
          expected: ['3']
        }
      ]
    },
    {
      name: 'unnumbered add-ons between numbered sections are not counted, and a bold number is replaced inside its markup',
      options: {template: numberedTemplate},
      code: numbered('## 1. SUMMARY', '## L2: PHASE DEPENDENCIES', '## **3.** DESIGN', '## L3: CRITICAL PATH', '## 4. ROLLBACK PLAN'),
      errors: [
        {
          messageId: 'numbering',
          data: {section: '3. DESIGN', actual: '3', expected: 2},
          line: 11,
          column: 6,
          endLine: 11,
          endColumn: 7,
          expected: ['2']
        },
        {
          messageId: 'numbering',
          data: {section: '4. ROLLBACK PLAN', actual: '4', expected: 3},
          line: 19,
          column: 4,
          endLine: 19,
          endColumn: 5,
          expected: ['3']
        }
      ]
    },
    {
      name: 'a setext heading has no number to replace: the whole heading is the range',
      options: {template: numberedTemplate},
      code: md('# Plan: Audit Log Export', '', '## 1. OBJECTIVE', '', 'Text.', '', '3\\. DESIGN', '----------', '', 'Text.'),
      errors: [
        {
          messageId: 'numbering',
          data: {section: '3. DESIGN', actual: '3', expected: 2},
          line: 7,
          column: 1,
          endLine: 8,
          endColumn: 11,
          expected: null
        }
      ]
    },
    {
      name: 'spec-kit-gates summary layout with a deleted section',
      options: {template: specKitGatesSummaryTemplate},
      code: numbered('## 1. SUMMARY', '## 2. QUALITY GATES', '## 3. ARCHITECTURE', '## 5. TESTING STRATEGY', '## 6. DEPENDENCIES', '## 7. ROLLBACK PLAN'),
      errors: [
        {
          messageId: 'numbering',
          data: {section: '5. TESTING STRATEGY', actual: '5', expected: 4},
          line: 15,
          column: 4,
          endLine: 15,
          endColumn: 5,
          expected: ['4']
        },
        {
          messageId: 'numbering',
          data: {section: '6. DEPENDENCIES', actual: '6', expected: 5},
          line: 19,
          column: 4,
          endLine: 19,
          endColumn: 5,
          expected: ['5']
        },
        {
          messageId: 'numbering',
          data: {section: '7. ROLLBACK PLAN', actual: '7', expected: 6},
          line: 23,
          column: 4,
          endLine: 23,
          endColumn: 5,
          expected: ['6']
        }
      ]
    }
  ]
})
