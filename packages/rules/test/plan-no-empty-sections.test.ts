import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planNoEmptySections} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {speckitadvTemplate} from 'remark-preset-plan-speckitadv'

const options = {template: specKitTemplate}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

const title = '# Implementation Plan: Offline Sync'

/** A release template with an instruction line and a section allowed to stay empty. */
const releaseTemplate = defineTemplate({
  id: 'release',
  name: 'release plan',
  sections: [
    {id: 'rollback', text: 'Rollback', level: 2, instructions: ['Describe how to undo the release']},
    {id: 'known-issues', text: 'Known Issues', level: 2, requirement: 'optional', allowEmpty: true}
  ]
})

/**
 * A template with sections kept by choice: Data Architecture, and inside it
 * Data Migration, are filled or deleted whole. Its placeholders are bracketed
 * examples and `<<TOKEN>>`s; its section instructions are HTML comments.
 */
const conditionalTemplate = defineTemplate({
  id: 'conditional',
  name: 'plan with conditional sections',
  sections: [
    {id: 'summary', text: 'Summary', level: 2},
    {
      id: 'data-architecture',
      text: 'Data Architecture',
      level: 2,
      requirement: 'optional',
      allOrNothing: true,
      children: [
        {id: 'data-model', text: 'Data Model', level: 3},
        {id: 'data-migration', text: 'Data Migration', level: 3, requirement: 'optional', allOrNothing: true}
      ]
    },
    {id: 'rollout', text: 'Rollout', level: 2, requirement: 'optional'}
  ],
  placeholders: [
    {scope: 'bracket', pattern: '\\be\\.g\\.', ignoreCase: true, kind: 'template example'},
    {scope: 'bracket', pattern: '^(?:Entity Name|description)$', kind: 'template token'},
    {scope: 'text', pattern: '<<[A-Z_]+>>', kind: 'template token'},
    {scope: 'comment', pattern: 'CONDITIONAL SECTION', kind: 'template instruction comment'}
  ]
})

testRule(planNoEmptySections, {
  valid: [
    {
      name: 'sections holding a paragraph, a list, a table and a code block',
      options,
      code: md(
        title,
        '',
        '## Summary',
        '',
        'Queue edits made offline and replay them on reconnect.',
        '',
        '## Technical Context',
        '',
        '- **Language/Version**: TypeScript 5.9',
        '- **Storage**: SQLite',
        '',
        '## Constitution Check',
        '',
        '| Gate | Status |',
        '| --- | --- |',
        '| Simplicity | Pass |',
        '',
        '## Project Structure',
        '',
        '```text',
        'src/sync/',
        '```'
      )
    },
    {
      name: 'a section whose only content is its subsections, and a title without text of its own',
      options,
      code: md(
        title,
        '## Project Structure',
        '',
        '### Documentation (this feature)',
        '',
        'plan.md, research.md',
        '',
        '### Source Code (repository root)',
        '',
        '`src/sync/`'
      )
    },
    {
      name: 'an empty complexity tracking section means no violations',
      options,
      code: md('## Constitution Check', '', 'All gates pass.', '', '## Complexity Tracking')
    },
    {
      name: 'the gate line counts as text outside the section it belongs to',
      options,
      code: md('## Summary', '', '*GATE: Must pass before Phase 0 research.*')
    },
    {
      name: 'a placeholder next to the plan’s own words',
      options,
      code: md('## Technical Context', '', '**Language/Version**: [e.g., Python 3.11]')
    },
    {
      name: 'a blockquote and raw HTML count as content',
      options,
      code: md('## Summary', '', '> Decided in the sync review.', '', '## Risks', '', '<details>Retry storms</details>')
    },
    {
      name: 'a section of a custom template allowed to stay empty',
      options: {template: releaseTemplate},
      code: md('## Rollback', '', 'Redeploy the previous image.', '', '## Known Issues', '', '<!-- none yet -->')
    },
    {
      name: 'a kept conditional section filled, with only its instruction comment left',
      options: {template: conditionalTemplate},
      code: md(
        '## Summary',
        '',
        'Archive closed tickets after a year.',
        '',
        '## Data Architecture',
        '',
        '<!-- CONDITIONAL SECTION: include if the feature stores data; delete otherwise -->',
        '',
        '### Data Model',
        '',
        '- **ArchivedTicket**: a closed ticket moved to cold storage, keyed by its original id',
        '',
        '### Data Migration',
        '',
        '<!-- CONDITIONAL SECTION: include if existing rows move -->',
        '',
        'Tickets closed before 2025 move in nightly batches of 20k rows.'
      )
    },
    {
      name: 'a conditional section deleted whole',
      options: {template: conditionalTemplate},
      code: md('## Summary', '', 'Archive closed tickets after a year.', '', '## Rollout', '', 'Behind the `ticket-archive` flag.')
    },
    {
      name: 'a placeholder next to text in a section not marked all-or-nothing is not incomplete',
      options: {template: conditionalTemplate},
      code: md('## Summary', '', 'Archive closed tickets after [e.g., one year].')
    },
    {
      name: 'speckitadv: a kept Data Architecture written out in full',
      options: {template: speckitadvTemplate},
      code: md(
        '## Data Architecture',
        '',
        '### Data Model',
        '',
        '- **Reminder** (P1): one scheduled nudge for an unpaid invoice',
        '',
        '### Database Schema',
        '',
        '**Database Type**: Relational (PostgreSQL 16).',
        '',
        '### Data Flow Diagram',
        '',
        'The scheduler reads due reminders and hands them to the mailer.',
        '',
        '### Data Validation',
        '',
        '**Validation Rules**: at most three reminders per invoice, never on weekends.'
      )
    }
  ],
  invalid: [
    {
      name: 'a list made only of template examples',
      options: {template: specKitTemplate},
      code: '# Implementation Plan: X\n\n## Technical Context\n\n- [e.g., Python 3.11]\n- [e.g., PostgreSQL]\n\n## Other\n\nText.\n',
      errors: [{messageId: 'onlyInstructions', line: 3, column: 1, endLine: 3, endColumn: 21}]
    },
    {
      name: 'a heading followed directly by another heading',
      options,
      code: md(title, '', '## Summary', '## Technical Context', '', 'TypeScript 5.9.'),
      errors: [
        {
          messageId: 'empty',
          data: {section: 'Summary'},
          message: 'Unexpected empty section `Summary`, expected content under its heading',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
          expected: null
        }
      ]
    },
    {
      name: 'a section holding only an HTML comment',
      options,
      code: md(
        title,
        '',
        '## Technical Context',
        '',
        '<!-- Fill in after the storage spike. -->',
        '',
        '## Constitution Check',
        '',
        'All gates pass.'
      ),
      errors: [
        {
          messageId: 'empty',
          data: {section: 'Technical Context'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21
        }
      ]
    },
    {
      name: 'the constitution gate line alone is template instructions',
      options,
      code: md(
        '## Constitution Check',
        '',
        '*GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.*',
        '',
        '## Project Structure',
        '',
        '`src/sync/`'
      ),
      errors: [
        {
          messageId: 'onlyInstructions',
          data: {section: 'Constitution Check'},
          message:
            "Unexpected section `Constitution Check` with only template instructions, expected the plan's own content",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 22
        }
      ]
    },
    {
      name: 'the gate line, a comment and a placeholder paragraph together',
      options,
      code: md(
        '## 憲章チェック',
        '',
        '*GATE: Must pass before Phase 0 research.*',
        '',
        '<!-- list the gates here -->',
        '',
        '[Gates determined based on constitution file]'
      ),
      errors: [
        {
          messageId: 'onlyInstructions',
          data: {section: '憲章チェック'},
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10
        }
      ]
    },
    {
      name: 'a summary holding only the template placeholder',
      options,
      code: md(
        '## Summary',
        '',
        '[Extract from feature spec: primary requirement + technical approach from research]',
        '',
        '## Technical Context',
        '',
        'TypeScript 5.9.'
      ),
      errors: [{messageId: 'onlyInstructions', data: {section: 'Summary'}, line: 1, column: 1, endLine: 1, endColumn: 11}]
    },
    {
      name: 'an empty subsection is reported, its parent is not',
      options,
      code: md(
        '## Project Structure',
        '',
        '### Documentation (this feature)',
        '',
        '```text',
        'specs/004-offline-sync/',
        '```',
        '',
        '### Source Code (repository root)'
      ),
      errors: [
        {
          messageId: 'empty',
          data: {section: 'Source Code (repository root)'},
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 34,
          expected: ['']
        }
      ]
    },
    {
      name: 'an empty optional section is reported whole, with its removal as the fix',
      options,
      code: md(
        '## Project Structure',
        '',
        '### Documentation (this feature)',
        '',
        '<!-- Filled in after the storage spike. -->',
        '',
        '### Source Code (repository root)',
        '',
        '`src/sync/`'
      ),
      errors: [
        {
          messageId: 'empty',
          data: {section: 'Documentation (this feature)'},
          line: 3,
          column: 1,
          endLine: 5,
          endColumn: 44,
          expected: ['']
        }
      ]
    },
    {
      name: 'the prerequisites line of an older phase section',
      options,
      code: md(
        '## Phase 1: Design & Contracts',
        '',
        '*Prerequisites: research.md complete*',
        '',
        '## Phase 2: Task Planning Approach',
        '',
        'Tasks come from the contracts, one per endpoint.'
      ),
      errors: [
        {
          messageId: 'onlyInstructions',
          data: {section: 'Phase 1: Design & Contracts'},
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 31,
          expected: null
        }
      ]
    },
    {
      name: 'the last section, at the end of the file without a final newline',
      options,
      code: '## Summary\n\nQueue offline edits.\n\n## Project Structure',
      errors: [{messageId: 'empty', line: 5, column: 1, endLine: 5, endColumn: 21}]
    },
    {
      name: 'a section outside the template, holding only a thematic break and a definition',
      options,
      code: md('## Open Questions', '', '---', '', '[spec]: ./spec.md', '', '## Summary', '', 'Queue offline edits.'),
      errors: [
        {messageId: 'empty', data: {section: 'Open Questions'}, line: 1, column: 1, endLine: 1, endColumn: 18}
      ]
    },
    {
      name: 'an empty setext section',
      options,
      code: md('Summary', '-------', '', '## Technical Context', '', 'TypeScript 5.9.'),
      errors: [{messageId: 'empty', data: {section: 'Summary'}, line: 1, column: 1, endLine: 2, endColumn: 8}]
    },
    {
      name: 'instruction lines of a custom template; another section may not be empty',
      options: {template: releaseTemplate},
      code: md('## Rollback', '', 'Describe how to undo the release.', '', '## Known Issues', '', '## Owners'),
      errors: [
        {messageId: 'onlyInstructions', data: {section: 'Rollback'}, line: 1, column: 1, endLine: 1, endColumn: 12},
        {messageId: 'empty', data: {section: 'Owners'}, line: 7, column: 1, endLine: 7, endColumn: 10}
      ]
    },
    {
      name: 'a kept conditional section still holding template placeholders',
      options: {template: conditionalTemplate},
      code: md(
        '## Summary',
        '',
        'Archive closed tickets after a year.',
        '',
        '## Data Architecture',
        '',
        '### Data Model',
        '',
        '- **[Entity Name]**: [description]',
        '- **ArchivedTicket**: a closed ticket in cold storage, for <<FEATURE_NAME>>'
      ),
      errors: [
        {
          messageId: 'incomplete',
          data: {section: 'Data Architecture', count: 3},
          message:
            'Unexpected template text in `Data Architecture` (3 placeholders), expected the section filled or deleted entirely',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 21,
          expected: null
        }
      ]
    },
    {
      name: 'a nested all-or-nothing subsection owns its placeholders; its parent reports its own',
      options: {template: conditionalTemplate},
      code: md(
        '## Data Architecture',
        '',
        '### Data Model',
        '',
        '- **ArchivedTicket**: a closed ticket in cold storage ([e.g., S3 Glacier])',
        '',
        '### Data Migration',
        '',
        'Move [description] in nightly batches of 20k rows, then verify <<ROW_COUNT>>.'
      ),
      errors: [
        {
          messageId: 'incomplete',
          data: {section: 'Data Architecture', count: 1},
          message:
            'Unexpected template text in `Data Architecture` (1 placeholder), expected the section filled or deleted entirely',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 21
        },
        {
          messageId: 'incomplete',
          data: {section: 'Data Migration', count: 2},
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 19
        }
      ]
    },
    {
      name: 'only the nested subsection is incomplete when its parent is filled',
      options: {template: conditionalTemplate},
      code: md(
        '## Data Architecture',
        '',
        '### Data Model',
        '',
        '- **ArchivedTicket**: a closed ticket in cold storage',
        '',
        '### Data Migration',
        '',
        'Tickets move in nightly batches of [e.g., 10k rows].'
      ),
      errors: [
        {messageId: 'incomplete', data: {section: 'Data Migration', count: 1}, line: 7, column: 1, endLine: 7, endColumn: 19}
      ]
    },
    {
      name: 'speckitadv: a kept Data Architecture with the template rows left under a filled model',
      options: {template: speckitadvTemplate},
      code: md(
        '## Data Architecture',
        '',
        '### Data Model',
        '',
        '- **Reminder** (P1): one scheduled nudge for an unpaid invoice',
        '- **[Entity Name]** (P2): [What it represents]',
        '',
        '### Database Schema',
        '',
        '**Database Type**: Relational (PostgreSQL 16).',
        '',
        '### Data Flow Diagram',
        '',
        'The scheduler reads due reminders and hands them to the mailer.',
        '',
        '### Data Validation',
        '',
        '**Validation Rules**: at most three reminders per invoice, never on weekends.'
      ),
      errors: [
        {messageId: 'incomplete', data: {section: 'Data Architecture', count: 2}, line: 1, column: 1, endLine: 1, endColumn: 21}
      ]
    }
  ]
})
