import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planNoPlaceholders} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'

const options = {template: specKitTemplate}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

/** A template whose only placeholder is `[TODO]`, and only outside code. */
const todoTemplate = defineTemplate({
  id: 'todo',
  name: 'todo plan',
  placeholders: [{scope: 'bracket', pattern: '^TODO$', kind: 'to-do marker', inCode: false}]
})

testRule(planNoPlaceholders, {
  valid: [
    {
      name: 'a filled-in header, tree and prose',
      options,
      code: md(
        '# Implementation Plan: Offline Sync',
        '',
        '**Branch**: `004-offline-sync` | **Date**: 2025-09-27 | **Spec**: [spec.md](./spec.md)',
        '',
        '## Project Structure',
        '',
        '```text',
        'specs/004-offline-sync/',
        '├── plan.md',
        '└── research.md',
        '```'
      )
    },
    {
      name: 'task list boxes, [P] and [US1] markers and a bracketed acronym',
      options,
      code: md(
        '## Tasks',
        '',
        '- [ ] T001 Create the sync queue',
        '- [x] T002 [P] Add the retry policy',
        '- [ ] T003 [P] [US1] Wire the [API] client to the queue'
      )
    },
    {
      name: 'inline links, reference links, definitions, footnotes and images',
      options,
      code: md(
        'See the [feature spec](./spec.md), the [research notes][research] and [research][].',
        'The queue drains in under a second[^1]. ![Sync flow](./docs/sync-flow.png)',
        'A shortcut reference also works: [research].',
        '',
        '[research]: ./research.md',
        '[^1]: Measured on the staging cluster.'
      )
    },
    {
      name: 'escaped brackets',
      options,
      code: md('Replace \\[FEATURE\\] and \\[DATE\\] before copying the template.')
    },
    {
      name: 'array literals, indexing and types in code',
      options,
      code: md(
        'Call `rows[DATE]` or `flags[FEATURE]` to read a column.',
        '',
        '```ts',
        'const ids: string[] = ["a", "b"]',
        'const grid = [[1, 2], [3, 4]]',
        'const first = ids[0]',
        'const key = config[FEATURE]',
        '```'
      )
    },
    {
      name: 'NEEDS CLARIFICATION markers are left to reviewers',
      options,
      code: md(
        '**Storage**: [NEEDS CLARIFICATION]',
        '**Retention**: [NEEDS CLARIFICATION: how long are drafts kept?]'
      )
    },
    {
      name: 'examples in parentheses, dunder names, route parameters and ordinary comments',
      options,
      code: md(
        'Use a durable queue (e.g., SQLite) and keep `__init__.py` files.',
        'The route `GET /drafts/{id}` takes `$ARGUMENTS` from the command.',
        '',
        '<!-- Reviewed with the platform team. -->'
      )
    },
    {
      name: 'an array of a constant in code and compiler tokens in prose',
      options,
      code: md(
        'Builds define `__DEV__` and log `__FILE__`.',
        '',
        '```ts',
        'const intervals = [POLL_INTERVAL_MS]',
        '```'
      )
    },
    {
      name: 'a placeholder shape limited to prose does not apply in code',
      options: {template: todoTemplate},
      code: md('```text', 'notes/[TODO].md', '```')
    }
  ],
  invalid: [
    {
      name: 'tokens in the title and the header fields',
      options,
      code: md(
        '# Implementation Plan: [FEATURE]',
        '',
        '**Branch**: `[###-feature-name]` | **Date**: [DATE] | **Spec**: [link]'
      ),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[FEATURE]', kind: 'template token'},
          message: "Unexpected template token `[FEATURE]`, expected the plan's own content",
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 33
        },
        {
          messageId: 'placeholder',
          data: {text: '[###-feature-name]', kind: 'feature number placeholder'},
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 32
        },
        {
          messageId: 'placeholder',
          data: {text: '[DATE]', kind: 'template token'},
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 52
        },
        {
          messageId: 'placeholder',
          data: {text: '[link]', kind: 'template token'},
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 71
        }
      ]
    },
    {
      name: 'an instruction that wraps onto a second line',
      options,
      code: md(
        '## Summary',
        '',
        '[Extract from feature spec: primary requirement + technical',
        'approach from research]'
      ),
      errors: [
        {
          messageId: 'placeholder',
          data: {
            text: '[Extract from feature spec: primary requirement + technical…',
            kind: 'template instruction'
          },
          line: 3,
          column: 1,
          endLine: 4,
          endColumn: 24
        }
      ]
    },
    {
      name: 'examples left in technical context fields, any case',
      options,
      code: md(
        '## Technical Context',
        '',
        '**Language/Version**: [e.g., Python 3.11]',
        '**Storage**: [if applicable, e.g., PostgreSQL]',
        '**Testing**: [E.G. cargo test]'
      ),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[e.g., Python 3.11]', kind: 'template example'},
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 42
        },
        {
          messageId: 'placeholder',
          data: {text: '[if applicable, e.g., PostgreSQL]', kind: 'template example'},
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 47
        },
        {
          messageId: 'placeholder',
          data: {text: '[E.G. cargo test]', kind: 'template example'},
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 31
        }
      ]
    },
    {
      name: 'an upper-snake token in a section heading',
      options,
      code: md('# Implementation Plan: Offline Sync', '', '## Design of [MODULE_NAME]'),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[MODULE_NAME]', kind: 'template token'},
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 27
        }
      ]
    },
    {
      name: 'the feature number in the project structure tree',
      options,
      code: md('## Project Structure', '', '```text', 'specs/[###-feature]/', '├── plan.md', '└── research.md', '```'),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[###-feature]', kind: 'feature number placeholder'},
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 20
        }
      ]
    },
    {
      name: 'script and agent tokens in list items and in a code block',
      options,
      code: md(
        '## Phase 1: Design & Contracts',
        '',
        '1. Run `{SCRIPT}` from the repository root.',
        '2. Run `update-agent-context.sh __AGENT__` to refresh the agent file.',
        '',
        '```bash',
        '{SCRIPT} --json',
        '```'
      ),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '{SCRIPT}', kind: 'template token'},
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 17
        },
        {
          messageId: 'placeholder',
          data: {text: '__AGENT__', kind: 'template token'},
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 42
        },
        {
          messageId: 'placeholder',
          data: {text: '{SCRIPT}', kind: 'template token'},
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 9
        }
      ]
    },
    {
      name: 'a token inside a bracket placeholder is one finding, not two',
      options,
      code: md('Agent file: [e.g., __AGENT__]'),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[e.g., __AGENT__]', kind: 'template example'},
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 30
        }
      ]
    },
    {
      name: 'an ACTION REQUIRED comment on one line, removable',
      options,
      code: md(
        '## Technical Context',
        '',
        '<!-- ACTION REQUIRED: fill in the runtime details -->',
        '',
        '**Language/Version**: TypeScript 5.9'
      ),
      errors: [
        {
          messageId: 'comment',
          data: {text: 'ACTION REQUIRED: fill in the runtime details'},
          message:
            'Unexpected template instruction comment `ACTION REQUIRED: fill in the runtime details`, expected it removed',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 54,
          expected: ['']
        }
      ]
    },
    {
      name: 'a multi-line ACTION REQUIRED comment, shortened in the message',
      options,
      code: md(
        '## Phase 1: Design & Contracts',
        '',
        '<!--',
        '  ACTION REQUIRED: replace this block with the data model decisions',
        '  agreed in the design review.',
        '-->',
        '',
        'The data model is in data-model.md.'
      ),
      errors: [
        {
          messageId: 'comment',
          data: {text: 'ACTION REQUIRED: replace this block with the data model dec…'},
          line: 3,
          column: 1,
          endLine: 6,
          endColumn: 4,
          expected: ['']
        }
      ]
    },
    {
      name: 'a complexity tracking row left as the template wrote it (table without GFM)',
      options,
      code: md(
        '## Complexity Tracking',
        '',
        '| Violation | Why Needed | Simpler Alternative Rejected Because |',
        '|-----------|------------|-------------------------------------|',
        '| [e.g., 4th project] | [current need] | [why 3 projects insufficient] |'
      ),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[e.g., 4th project]', kind: 'template example'},
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 22
        },
        {
          messageId: 'placeholder',
          data: {text: '[current need]', kind: 'template instruction'},
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 39
        },
        {
          messageId: 'placeholder',
          data: {text: '[why 3 projects insufficient]', kind: 'template instruction'},
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 71
        }
      ]
    },
    {
      name: 'the project count of the older constitution check',
      options,
      code: md('**Projects**: [#] (max 3 [e.g., api, cli, tests])'),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[#]', kind: 'template token'},
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 18
        },
        {
          messageId: 'placeholder',
          data: {text: '[e.g., api, cli, tests]', kind: 'template example'},
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 49
        }
      ]
    },
    {
      name: 'an instruction in a task item, next to its task box',
      options,
      code: md('- [ ] T001 Document [Gates determined based on constitution file]'),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[Gates determined based on constitution file]', kind: 'template instruction'},
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 66
        }
      ]
    },
    {
      name: 'placeholders in front matter',
      options,
      code: md(
        '---',
        'feature: "[FEATURE]"',
        'branch: "[###-feature-name]"',
        '---',
        '',
        '# Implementation Plan: Offline Sync'
      ),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[FEATURE]', kind: 'template token'},
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 20
        },
        {
          messageId: 'placeholder',
          data: {text: '[###-feature-name]', kind: 'feature number placeholder'},
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 28
        }
      ]
    },
    {
      name: 'a placeholder shape of a custom template, in prose',
      options: {template: todoTemplate},
      code: md('Rollback steps: [TODO]'),
      errors: [
        {
          messageId: 'placeholder',
          data: {text: '[TODO]', kind: 'to-do marker'},
          message: "Unexpected to-do marker `[TODO]`, expected the plan's own content",
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 23
        }
      ]
    }
  ]
})
