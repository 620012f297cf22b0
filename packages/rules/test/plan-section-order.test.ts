import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planSectionOrder} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'

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
    }
  ]
})
