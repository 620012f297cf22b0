import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planNoOptionLabels} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'

const options = {template: specKitTemplate}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

testRule(planNoOptionLabels, {
  valid: [
    {
      name: 'a chosen source tree without labels',
      options,
      code: md(
        '## Project Structure',
        '',
        '### Source Code (repository root)',
        '',
        '```text',
        'src/',
        '├── sync/',
        '│   ├── queue.ts',
        '│   └── retry.ts',
        '└── cli/',
        'tests/',
        '└── sync/',
        '```'
      )
    },
    {
      name: 'research headings that weigh options of their own',
      options,
      code: md(
        '## Phase 0: Outline & Research',
        '',
        '### Option 1: Use Redis for the queue',
        '',
        'Fast, but one more service to run.',
        '',
        '### Option 2: Keep the queue in SQLite',
        '',
        'Chosen: no new service.'
      )
    },
    {
      name: 'a shell comment that numbers options',
      options,
      code: md('```bash', '# Option 1: run the migration in place', './migrate.sh --in-place', '```')
    },
    {
      name: 'prose that mentions the labels in inline code',
      options,
      code: md('The `# [REMOVE IF UNUSED] Option 1` labels were removed once the layout was chosen.')
    },
    {
      name: 'a template without option labels checks nothing',
      options: {template: defineTemplate({id: 'bare', name: 'bare plan'})},
      code: md('```text', '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)', 'src/', '```')
    }
  ],
  invalid: [
    {
      name: 'a label written as a setext heading is quoted without its underline',
      options: {template: specKitTemplate},
      code: '# Plan\n\nOption 2: Web application\n-------------------------\n\nText.\n',
      errors: [
        {
          messageId: 'label',
          data: {text: 'Option 2: Web application'},
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 26,
          expected: ['']
        }
      ]
    },
    {
      name: 'all three options of the template left in one block',
      options,
      code: md(
        '## Project Structure',
        '',
        '```text',
        '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)',
        'src/',
        'tests/',
        '',
        '# [REMOVE IF UNUSED] Option 2: Web application',
        'backend/',
        'frontend/',
        '',
        '# [REMOVE IF UNUSED] Option 3: Mobile + API',
        'api/',
        'ios/',
        '```'
      ),
      errors: [
        {
          messageId: 'several',
          data: {count: 3},
          message: 'Unexpected 3 template options left in one block, expected exactly one chosen',
          line: 3,
          column: 1,
          endLine: 15,
          endColumn: 4
        },
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)'},
          message:
            'Unexpected template option label `# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)`, expected it removed',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 56,
          expected: ['']
        },
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 2: Web application'},
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 47,
          expected: ['']
        },
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 3: Mobile + API'},
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 44,
          expected: ['']
        }
      ]
    },
    {
      name: 'one label kept above the chosen tree',
      options,
      code: md('```text', '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)', 'src/', '└── sync/', '```'),
      errors: [
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)'},
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 56,
          expected: ['']
        }
      ]
    },
    {
      name: 'the older template labels, two options kept',
      options,
      code: md(
        '```text',
        '# Option 1: Single project (DEFAULT)',
        'src/',
        '',
        '# Option 2: Web application (when "frontend" + "backend" detected)',
        'backend/',
        '```'
      ),
      errors: [
        {
          messageId: 'several',
          data: {count: 2},
          line: 1,
          column: 1,
          endLine: 7,
          endColumn: 4
        },
        {
          messageId: 'label',
          data: {text: '# Option 1: Single project (DEFAULT)'},
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 37,
          expected: ['']
        },
        {
          messageId: 'label',
          data: {text: '# Option 2: Web application (when "frontend" + "backend" de…'},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 67,
          expected: ['']
        }
      ]
    },
    {
      name: 'labels that escaped their fence and became headings',
      options,
      code: md(
        '# Implementation Plan: Offline Sync',
        '',
        '## Project Structure',
        '',
        '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)',
        '',
        '```text',
        'src/',
        '```',
        '',
        '### Option 2: Web application'
      ),
      errors: [
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)'},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 56,
          expected: ['']
        },
        {
          messageId: 'label',
          data: {text: '### Option 2: Web application'},
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 30,
          expected: ['']
        }
      ]
    },
    {
      name: 'a label that escaped its fence into a paragraph',
      options,
      code: md(
        '## Project Structure',
        '',
        '[REMOVE IF UNUSED] Option 1: Single project (DEFAULT)',
        'Everything lives under `src/`.'
      ),
      errors: [
        {
          messageId: 'label',
          data: {text: '[REMOVE IF UNUSED] Option 1: Single project (DEFAULT)'},
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 54,
          expected: ['']
        }
      ]
    },
    {
      name: 'a label in a code block indented inside a list item',
      options,
      code: md(
        '1. Pick one layout:',
        '',
        '   ```text',
        '   # [REMOVE IF UNUSED] Option 1: Single project',
        '   src/',
        '   ```'
      ),
      errors: [
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 1: Single project'},
          line: 4,
          column: 4,
          endLine: 4,
          endColumn: 49,
          expected: ['']
        }
      ]
    },
    {
      name: 'labels in another letter case',
      options,
      code: md('```text', '# [Remove if unused] option 2: web application', 'backend/', '```'),
      errors: [
        {
          messageId: 'label',
          data: {text: '# [Remove if unused] option 2: web application'},
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 47,
          expected: ['']
        }
      ]
    },
    {
      name: 'one label in each of two blocks is not several options in one block',
      options,
      code: md(
        '```text',
        '# [REMOVE IF UNUSED] Option 1: Single project',
        'src/',
        '```',
        '',
        '```text',
        '# [REMOVE IF UNUSED] Option 3: Mobile + API',
        'api/',
        '```'
      ),
      errors: [
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 1: Single project'},
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 46,
          expected: ['']
        },
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 3: Mobile + API'},
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 44,
          expected: ['']
        }
      ]
    }
  ]
})
