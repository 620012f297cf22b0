import {defineTemplate} from '@plan-lint/core'
import {testRule} from '@plan-lint/core/testing'
import {planNoOptionLabels} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {technicalPlanTemplate} from 'remark-preset-plan-technical-plan'

const options = {template: specKitTemplate}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

/** The technical plan: Option A/B/C under Architecture Decision, one marked `✅ **(Chosen)**`. */
const technical = {template: technicalPlanTemplate}

/** Alternatives anywhere in the plan (no `section`), chosen with `(picked)`, no rationale asked. */
const spikeTemplate = defineTemplate({
  id: 'spike',
  name: 'spike report',
  options: {heading: '^Approach\\s+\\d+\\b', chosen: '\\(picked\\)'}
})

/** An option: its heading, then a one-line description. */
const option = (heading: string, text = 'How it would work.') => [heading, '', text, '']

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
    },
    {
      name: 'exactly one option chosen, with its rationale under it',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Poll the export table every minute'),
        ...option('### Option B: Stream exports through the job queue ✅ **(Chosen)**'),
        '**Decision Rationale:** the queue already retries and scales with the workers.',
        '',
        ...option('### Option C: Nightly batch export'),
        '## Detailed Design',
        '',
        'Workers pick `export.requested` jobs.'
      )
    },
    {
      name: 'the chosen mark on the line under the heading, the rationale after the options',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Signed URLs to the bucket', '✅ **(Chosen)** Downloads go straight to storage.'),
        ...option('### Option B: Proxy downloads through the API'),
        '### Decision Rationale',
        '',
        'Proxying doubles egress for files of up to 2 GB.'
      )
    },
    {
      name: 'a single kept option has made its choice',
      options: technical,
      code: md('## Architecture Decision', '', ...option('### Option A: Reuse the audit log table'), '## Detailed Design', '', 'One new index.')
    },
    {
      name: 'a check mark from a file whose encoding broke counts as the mark',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Cron entry per tenant'),
        ...option('### Option B: One scheduler loop âœ… **(Chosen)**'),
        '**Decision Rationale:** one loop is one thing to monitor.'
      )
    },
    {
      name: 'check marks in a Timeline table elsewhere are not choices',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Webhooks ✅ **(Chosen)**', 'Why we chose it: partners asked for push delivery.'),
        ...option('### Option B: Polling endpoint'),
        '## Timeline',
        '',
        '| Milestone | Date | Status |',
        '|-----------|------|--------|',
        '| Design complete | 2026-05-04 | ✅ |',
        '| Beta | 2026-05-18 | ✅ |'
      )
    },
    {
      name: '`Option 1:` headings outside the options section are not options',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Server-side rendering ✅ **(Chosen)**', 'Decision rationale: no client bundle to ship.'),
        '## Detailed Design',
        '',
        ...option('### Option 1: Cache rendered pages for a minute'),
        ...option('### Option 2: Render on every request'),
        '## Open Questions',
        '',
        '### Option 3 for the CDN: ask the platform team'
      )
    },
    {
      name: 'an option\u2019s own sub-options are its content, not more options',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Postgres full-text search ✅ **(Chosen)**', 'Rationale: no new service.'),
        ...option('#### Option A.1: GIN index on a generated column'),
        ...option('#### Option A.2: Trigram index'),
        ...option('### Option B: Hosted search service')
      )
    },
    {
      name: 'options anywhere in the plan, one picked, when the template names no section',
      options: {template: spikeTemplate},
      code: md(...option('## Approach 1: Replay the WAL'), ...option('## Approach 2: Logical decoding (picked)'))
    },
    {
      name: 'a template without options checks no choice',
      options,
      code: md('## Architecture Decision', '', ...option('### Option A: Webhooks'), ...option('### Option B: Polling'))
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
          expected: null
        },
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 2: Web application'},
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 47,
          expected: null
        },
        {
          messageId: 'label',
          data: {text: '# [REMOVE IF UNUSED] Option 3: Mobile + API'},
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 44,
          expected: null
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
          expected: null
        },
        {
          messageId: 'label',
          data: {text: '# Option 2: Web application (when "frontend" + "backend" de…'},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 67,
          expected: null
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
    },
    {
      name: 'options with none marked chosen',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Poll the export table every minute'),
        ...option('### Option B: Stream exports through the job queue'),
        ...option('### Option C: Nightly batch export'),
        '## Timeline',
        '',
        '| Milestone | Date | Status |',
        '|-----------|------|--------|',
        '| Design complete | 2026-05-04 | ✅ |'
      ),
      errors: [
        {
          messageId: 'noneChosen',
          data: {count: 3},
          message: 'Unexpected 3 options with none marked chosen, expected exactly one marked (`✅ **(Chosen)**`)',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 49,
          expected: null
        }
      ]
    },
    {
      name: 'two options marked chosen: the second is reported, and no rationale is asked for',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Signed URLs ✅ **(Chosen)**'),
        ...option('### Option B: Proxy through the API'),
        ...option('### Option C: Email attachments âœ… **(Chosen)**')
      ),
      errors: [
        {
          messageId: 'severalChosen',
          data: {option: 'Option C: Email attachments âœ… (Chosen)', first: 'Option A: Signed URLs ✅ (Chosen)'},
          message:
            'Unexpected second chosen option `Option C: Email attachments âœ… (Chosen)`, expected exactly one (`Option A: Signed URLs ✅ (Chosen)` is marked chosen)',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 49
        }
      ]
    },
    {
      name: 'three options marked chosen: each after the first is reported',
      options: {template: spikeTemplate},
      code: md(
        ...option('## Approach 1: Replay the WAL (picked)'),
        ...option('## Approach 2: Logical decoding (picked)'),
        ...option('## Approach 3: Dual writes (picked)')
      ),
      errors: [
        {
          messageId: 'severalChosen',
          data: {option: 'Approach 2: Logical decoding (picked)', first: 'Approach 1: Replay the WAL (picked)'},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 41
        },
        {
          messageId: 'severalChosen',
          data: {option: 'Approach 3: Dual writes (picked)', first: 'Approach 1: Replay the WAL (picked)'},
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 36
        }
      ]
    },
    {
      name: 'a chosen option without its rationale; a rationale under another option does not count',
      options: technical,
      code: md(
        '## Architecture Decision',
        '',
        ...option('### Option A: Webhooks ✅ **(Chosen)**', 'Partners get events within seconds.'),
        ...option('### Option B: Polling endpoint', 'Rationale for rejecting: partners poll every second.'),
        '## Detailed Design',
        '',
        'Decision rationale: written up later.'
      ),
      errors: [
        {
          messageId: 'noRationale',
          data: {option: 'Option A: Webhooks ✅ (Chosen)', rationale: 'Decision Rationale'},
          message: 'Missing `Decision Rationale` for chosen option `Option A: Webhooks ✅ (Chosen)`, expected why it was chosen',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 38
        }
      ]
    }
  ]
})
