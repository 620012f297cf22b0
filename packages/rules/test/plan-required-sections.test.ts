import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planRequiredSections} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'

const options = {template: specKitTemplate}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

const title = '# Implementation Plan: Offline Sync'

/**
 * The title on line 1, then each heading followed by a short paragraph:
 * heading `k` (counting from 0) is on line `3 + 4k`.
 */
const outline = (...headings: string[]) =>
  md(title, '', ...headings.flatMap((heading) => [heading, '', 'Some text.', '']))

/**
 * A rollout template: a conditional section, and an optional parent with a
 * required child.
 */
const rolloutTemplate = defineTemplate({
  id: 'rollout',
  name: 'rollout plan',
  sections: [
    {id: 'overview', text: 'Overview', level: 2},
    {id: 'migration', text: 'Data Migration', level: 2, requirement: 'optional'},
    {id: 'backfill', text: 'Backfill', level: 2, requirement: 'conditional', when: {present: 'migration'}},
    {
      id: 'deployment',
      text: 'Deployment',
      level: 2,
      requirement: 'optional',
      children: [{id: 'rollback', text: 'Rollback', level: 3}]
    },
    {id: 'risks', text: 'Risks', level: 2}
  ]
})

testRule(planRequiredSections, {
  valid: [
    {
      name: 'every required section of the newer template',
      options,
      code: outline('## Summary', '## Technical Context', '## Constitution Check', '## Project Structure')
    },
    {
      name: 'the older template with its execution flow, phases and progress tracking',
      options,
      code: outline(
        '## Execution Flow (/plan command scope)',
        '## Summary',
        '## Technical Context',
        '## Constitution Check',
        '## Project Structure',
        '## Phase 0: Outline & Research',
        '## Phase 1: Design & Contracts',
        '## Phase 2: Task Planning Approach',
        '## Complexity Tracking',
        '## Progress Tracking'
      )
    },
    {
      name: 'aliases, letter case, numbering, emoji, qualifiers and extra sections',
      options,
      code: outline(
        '## 1. Executive Summary',
        '## 2) TECHNICAL CONTEXT',
        '## ✅ Constitution Check ✅',
        '## Risks and Open Questions',
        '## Project Structure — New Files'
      )
    },
    {
      name: 'headings that name the section, then qualify it',
      options,
      code: outline(
        '## Summary',
        '## Technical Context & Constraints',
        '## Constitution Check: PASS',
        '## Project Structure and Layout'
      )
    },
    {
      name: 'translated headings, with and without the English name in parentheses',
      options,
      code: md(
        '# 実装計画: オフライン同期',
        '',
        '## 요약 (Summary)',
        '',
        '오프라인 편집을 큐에 저장합니다.',
        '',
        '## 技術コンテキスト',
        '',
        'TypeScript 5.9',
        '',
        '## 憲章チェック',
        '',
        '問題なし。',
        '',
        '## プロジェクト構造',
        '',
        '`src/sync` のみ。'
      )
    },
    {
      name: 'setext headings at the right level, after front matter',
      options,
      code: md(
        '---',
        'branch: 004-offline-sync',
        '---',
        '',
        'Implementation Plan: Offline Sync',
        '=================================',
        '',
        'Summary',
        '-------',
        '',
        'Some text.',
        '',
        'Technical Context',
        '-----------------',
        '',
        'Some text.',
        '',
        'Constitution Check',
        '------------------',
        '',
        'Some text.',
        '',
        'Project Structure',
        '-----------------',
        '',
        'Some text.'
      )
    },
    {
      name: 'a conditional section and the child of an optional parent are not required when the parent is absent',
      options: {template: rolloutTemplate},
      code: md('## Overview', '', 'Some text.', '', '## Risks', '', 'Some text.')
    },
    {
      name: 'both present when their condition and parent are',
      options: {template: rolloutTemplate},
      code: md(
        '## Overview',
        '',
        '## Data Migration',
        '',
        '## Backfill',
        '',
        '## Deployment',
        '',
        '### Rollback',
        '',
        '## Risks'
      )
    }
  ],
  invalid: [
    {
      name: 'a missing section is reported on the section it should follow',
      options,
      code: outline('## Summary', '## Constitution Check', '## Project Structure'),
      errors: [
        {
          messageId: 'missing',
          data: {section: 'Technical Context', after: 'Summary'},
          message: 'Missing required section `Technical Context`, expected after `Summary`',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11
        }
      ]
    },
    {
      name: 'two sections missing from the same place',
      options,
      code: outline('## Summary', '## Project Structure'),
      errors: [
        {
          messageId: 'missing',
          data: {section: 'Constitution Check', after: 'Summary'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11
        },
        {
          messageId: 'missing',
          data: {section: 'Technical Context', after: 'Summary'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11
        }
      ]
    },
    {
      name: 'a missing first section is reported on the title',
      options,
      code: outline('## Technical Context', '## Constitution Check', '## Project Structure'),
      errors: [
        {
          messageId: 'missing',
          data: {section: 'Summary', after: 'Implementation Plan: Offline Sync'},
          message: 'Missing required section `Summary`, expected after `Implementation Plan: Offline Sync`',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36
        }
      ]
    },
    {
      name: 'a missing first section without a title is reported at the start',
      options,
      code: md(
        '**Branch**: `004-offline-sync`',
        '',
        '## Technical Context',
        '',
        '## Constitution Check',
        '',
        '## Project Structure'
      ),
      errors: [
        {
          messageId: 'missing',
          data: {section: 'Summary', after: undefined},
          message: 'Missing required section `Summary`, expected at the start of the plan',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 31
        },
        {
          messageId: 'missingTitle',
          message: 'Missing title, expected a level-1 heading at the start of the plan',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 31
        }
      ]
    },
    {
      name: 'a missing title is reported on the first node after front matter',
      options,
      code: md(
        '---',
        'branch: 004-offline-sync',
        '---',
        '',
        '## Summary',
        '',
        '## Technical Context',
        '',
        '## Constitution Check',
        '',
        '## Project Structure'
      ),
      errors: [{messageId: 'missingTitle', line: 5, column: 1, endLine: 5, endColumn: 11}]
    },
    {
      name: 'sections at the wrong level, with the heading to write instead',
      options,
      code: outline('### Summary', '# Technical Context', '## Constitution Check', '## Project Structure'),
      errors: [
        {
          messageId: 'wrongLevel',
          data: {section: 'Summary', actual: 3, expected: 2},
          message: 'Unexpected level 3 for section `Summary`, expected level 2',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          expected: ['## Summary']
        },
        {
          messageId: 'wrongLevel',
          data: {section: 'Technical Context', actual: 1, expected: 2},
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 20,
          expected: ['## Technical Context']
        }
      ]
    },
    {
      name: 'a section nested one level too deep under the previous section',
      options,
      code: outline('## Summary', '### Technical Context', '## Constitution Check', '## Project Structure'),
      errors: [
        {
          messageId: 'wrongLevel',
          data: {section: 'Technical Context', actual: 3, expected: 2},
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 22,
          expected: ['## Technical Context']
        }
      ]
    },
    {
      name: 'a setext heading at the wrong level has no fix',
      options,
      code: md(
        title,
        '',
        'Summary',
        '=======',
        '',
        'Some text.',
        '',
        '## Technical Context',
        '',
        '## Constitution Check',
        '',
        '## Project Structure'
      ),
      errors: [
        {
          messageId: 'wrongLevel',
          data: {section: 'Summary', actual: 1, expected: 2},
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 8,
          expected: null
        }
      ]
    },
    {
      name: 'a child section at the wrong level inside its parent',
      options,
      code: outline(
        '## Summary',
        '## Technical Context',
        '## Constitution Check',
        '## Project Structure',
        '#### Source Code (repository root)'
      ),
      errors: [
        {
          messageId: 'wrongLevel',
          data: {section: 'Source Code (repository root)', actual: 4, expected: 3},
          line: 19,
          column: 1,
          endLine: 19,
          endColumn: 35,
          expected: ['### Source Code (repository root)']
        }
      ]
    },
    {
      name: 'the older template: a phase required because the execution flow is present',
      options,
      code: outline(
        '## Execution Flow (/plan command scope)',
        '## Summary',
        '## Technical Context',
        '## Constitution Check',
        '## Project Structure',
        '## Phase 0: Outline & Research',
        '## Phase 1: Design & Contracts',
        '## Progress Tracking'
      ),
      errors: [
        {
          messageId: 'missingConditional',
          data: {
            section: 'Phase 2: Task Planning Approach',
            after: 'Phase 1: Design & Contracts',
            condition: 'Execution Flow (/plan command scope)'
          },
          message:
            'Missing section `Phase 2: Task Planning Approach` (required because `Execution Flow (/plan command scope)` is present), expected after `Phase 1: Design & Contracts`',
          line: 27,
          column: 1,
          endLine: 27,
          endColumn: 31
        }
      ]
    },
    {
      name: 'a conditional section of a custom template, named after the heading that triggered it',
      options: {template: rolloutTemplate},
      code: md('## Overview', '', '## Data migration', '', '## Risks'),
      errors: [
        {
          messageId: 'missingConditional',
          data: {section: 'Backfill', after: 'Data migration', condition: 'Data migration'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18
        }
      ]
    },
    {
      name: 'a required child is missing once its optional parent is present',
      options: {template: rolloutTemplate},
      code: md('## Overview', '', '## Deployment', '', 'Blue-green.', '', '## Risks'),
      errors: [
        {
          messageId: 'missing',
          data: {section: 'Rollback', after: 'Deployment'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 14
        }
      ]
    },
    {
      name: 'a document that shares no required section gets one finding on its title',
      options,
      code: md('# Meeting Notes', '', '## Attendees', '', 'Ana, Ben.', '', '## Decisions', '', 'Ship it.'),
      errors: [
        {
          messageId: 'noTemplateSections',
          data: {
            template: 'spec-kit implementation plan',
            sections: '`Summary`, `Technical Context`, `Constitution Check`, `Project Structure`'
          },
          message:
            'Missing every required section of the spec-kit implementation plan template, expected `Summary`, `Technical Context`, `Constitution Check`, `Project Structure`',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 16
        }
      ]
    },
    {
      name: 'a document without a title that shares no required section',
      options,
      code: md('Notes from the sync meeting.', '', '## Decisions', '', 'Ship it.'),
      errors: [
        {
          messageId: 'noTemplateSections',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 29
        },
        {
          messageId: 'missingTitle',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 29
        }
      ]
    }
  ]
})
