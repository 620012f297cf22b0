import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {defineTemplate} from '@plan-lint/core'
import {lintWithRule} from '@plan-lint/core/lint'
import {testRule} from '@plan-lint/core/testing'
import {planRqsResolved} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {specPlanTemplate} from 'remark-preset-plan-spec-plan'
import {afterAll, describe, expect, it} from 'vitest'

const kit = {template: specKitTemplate}
const plan = {template: specPlanTemplate}

/** A document from its lines; line N of the document is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

/** The title (line 1, 36 characters), a blank line, then `body` from line 3. */
const doc = (...body: string[]) => md('# Implementation Plan: Saved Filters', '', ...body)

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

/**
 * A project on disk: a git root holding `files` (paths relative to the root).
 * Returns the path of the plan `name` in the root; the plan itself is not
 * written, the rule reads the case's code.
 */
function project(files: Record<string, string>, name = 'plan.md'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'plan-lint-rqs-'))
  folders.push(root)
  mkdirSync(path.join(root, '.git'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), text)
  }
  return path.join(root, name)
}

/** A spec defining RQ1..RQ3 on lines 5-7 (identifier on columns 3-6), then mentioning two of them in prose. */
const spec = md(
  '# Feature Specification: Saved Filters',
  '',
  '## Research Questions',
  '',
  '- RQ1: How many filters can one board keep?',
  '- RQ2: Do filters follow the user across devices?',
  '- RQ3: Can guests see a board’s filters?',
  '',
  'The sync spike for RQ2 may settle RQ3 as well.'
)

/** `spec.md` beside `plan.md`. */
const withSpec = project({'spec.md': spec})

/** `FEAT-021-spec.md` and `FEAT-021-research.md` beside `FEAT-021-plan.md`; the notes answer RQ3 only. */
const withNotes = project(
  {
    'FEAT-021-spec.md': spec,
    'FEAT-021-research.md': md(
      '# Research Notes: Saved Filters',
      '',
      '## RQ3: Guest access',
      '',
      'Guests see no saved filters: filters belong to board members.',
      '',
      '<!-- RQ2: still to be written up -->'
    )
  },
  'FEAT-021-plan.md'
)

/** Spec and notes under other names, reached only through header fields. */
const linked = project({
  'docs/filters-spec.md': spec,
  'notes/filters.md': md('# Notes', '', '- RQ2: the filter list lives server side.', '- RQ3: members only.')
})

/** A spec that raises a question in prose only (RQ4 on line 3, columns 49-52). */
const proseOnly = project({
  'spec.md': md('# Feature Specification: Saved Filters', '', 'Before design starts, the data team must settle RQ4.')
})

/** A spec defining `RQ-1` and `RQ-2` and mentioning a dropped RQ5 in prose. */
const dashed = project({
  'spec.md': md(
    '# Feature Specification: Saved Filters',
    '',
    '- **RQ-1**: Which export formats do admins need?',
    '- **RQ-2**: How long are exports kept?',
    '',
    'An earlier draft also had RQ5, since dropped.'
  )
})

interface Point {
  line: number
  column: number
}

const researchHeading = {line: 3, column: 1, endLine: 3, endColumn: 20}

/** Spec-kit's Execution Flow block, as its older plan template has it. */
const executionFlow = [
  '## Execution Flow (/plan command scope)',
  '```',
  '1. Load feature spec from Input path',
  '   → If not found: ERROR "No feature spec at {path}"',
  '2. Fill Technical Context (scan for NEEDS CLARIFICATION)',
  '   → Detect Project Type from context (web=frontend+backend, mobile=app+api)',
  '   → Set Structure Decision based on project type',
  '3. Evaluate Constitution Check section below',
  '   → If violations exist: Document in Complexity Tracking',
  '   → If no justification possible: ERROR "Simplify approach first"',
  '   → Update Progress Tracking: Initial Constitution Check',
  '4. Execute Phase 0 → research.md',
  '   → If NEEDS CLARIFICATION remain: ERROR "Resolve unknowns"',
  '```'
]

/** Sentences about markers, each of which must not be read as a marker. */
const mentions = [
  '- [x] All NEEDS CLARIFICATION resolved',
  '- For each NEEDS CLARIFICATION → research task',
  '**Output**: research.md with all NEEDS CLARIFICATION resolved',
  '**Objective**: Resolve all NEEDS CLARIFICATION items',
  '→ If NEEDS CLARIFICATION remain: ERROR',
  'No outstanding NEEDS CLARIFICATION blocking implementation'
]

/** A template whose Open Questions are a parking lot, not a gate (`traceability.openQuestions: false`). */
const parkingLot = {
  template: defineTemplate({id: 'parking-lot', name: 'plan with a question parking lot', traceability: {openQuestions: false}})
}

/** A template whose Open Questions are a register: owned questions are tracked (speckitadv). */
const register = {
  template: defineTemplate({id: 'register', name: 'plan with a question register', traceability: {openQuestions: 'tracked'}})
}

testRule(planRqsResolved, {
  valid: [
    {
      name: 'a register: a question with a named owner is tracked',
      options: register,
      code: doc('## Open Questions', '', '1. **Q1**: Which region hosts the exports?', '    - **Owner**: Platform team', '    - **Deadline**: Before Phase 1')
    },
    ...mentions.map((line) => ({name: `a sentence about markers: ${line}`, options: kit, code: doc('## Summary', '', line)})),
    {
      name: 'markers in inline code, in prose and in a heading',
      options: kit,
      code: doc(
        '## Region marker `NEEDS CLARIFICATION: which region?`',
        '',
        'An unknown reads `[NEEDS CLARIFICATION: which region?]` until research closes it.'
      )
    },
    {
      name: 'markers in fenced and indented code',
      options: kit,
      code: doc(
        '## Summary',
        '',
        '```text',
        '**Storage**: NEEDS CLARIFICATION',
        '[NEEDS CLARIFICATION: which region?]',
        '```',
        '',
        '    Retention: NEEDS CLARIFICATION: how long?'
      )
    },
    {
      name: 'markers in HTML comments, on one line and over several',
      options: kit,
      code: doc(
        '## Summary',
        '',
        '<!-- [NEEDS CLARIFICATION: which region?] -->',
        '',
        '<!--',
        '**Storage**: NEEDS CLARIFICATION',
        '-->'
      )
    },
    {
      name: 'spec-kit’s Execution Flow block, verbatim',
      options: kit,
      code: doc(...executionFlow, '', '## Summary', '', 'Saved filters sync through the board service.')
    },
    {
      name: 'the Execution Flow as plain prose, subsections included, is boilerplate',
      options: kit,
      code: doc(
        '## Execution Flow (/plan command scope)',
        '',
        '1. Fill Technical Context: [NEEDS CLARIFICATION: how often does sync run?]',
        '2. Set each open field to NEEDS CLARIFICATION: the question it raises',
        '',
        '### Notes',
        '',
        '**Storage**: NEEDS CLARIFICATION',
        '',
        '## Summary',
        '',
        'Saved filters sync through the board service.'
      )
    },
    {
      name: 'the newer Execution Flow heading is boilerplate too',
      options: kit,
      code: doc('## Execution Flow (/speckit.plan command scope)', '', '**Storage**: NEEDS CLARIFICATION')
    },
    {
      name: 'a template example holding the marker is left to plan-no-placeholders',
      options: kit,
      code: doc('## Technical Context', '', '**Language/Version**: [e.g., Python 3.11 or NEEDS CLARIFICATION]')
    },
    {
      name: 'the same example under the spec-plan template',
      options: plan,
      code: doc('## Architecture Overview', '', '**Runtime**: [e.g., Node 20 or NEEDS CLARIFICATION]')
    },
    {
      name: 'lower-case “needs clarification” in prose',
      options: kit,
      code: doc('## Summary', '', 'The retention window needs clarification: legal has not answered yet.')
    },
    {
      name: 'research questions answered by headings in the research section',
      options: plan,
      path: withSpec,
      code: doc(
        '## Research Summary',
        '',
        '### RQ1: Filter limit',
        '',
        'Fifty per board covers the largest customer.',
        '',
        '### RQ2: Devices',
        '',
        'Filters live on the server, so every device sees them.',
        '',
        '### RQ3: Guests',
        '',
        'Guests see no filters.'
      )
    },
    {
      name: 'research questions answered by list items in the research section',
      options: plan,
      path: withSpec,
      code: doc(
        '## Research Summary',
        '',
        '- RQ1: fifty per board is enough.',
        '- RQ2: filters are stored server side.',
        '- RQ3: guests see none.'
      )
    },
    {
      name: 'a range in the research section answers every question in it',
      options: plan,
      path: withSpec,
      code: doc('## Research Findings', '', '- RQ1–RQ3: the storage spike settled all three, see below.')
    },
    {
      name: 'a question answered in the research notes found by convention',
      options: plan,
      path: withNotes,
      code: doc('## Research Summary', '', '- RQ1: fifty per board.', '- RQ2: stored server side.')
    },
    {
      name: 'spec and research notes named by header fields',
      options: plan,
      path: linked,
      code: doc(
        '**Specification**: [spec](docs/filters-spec.md) | **Research**: [notes](./notes/filters.md)',
        '',
        '## Research Summary',
        '',
        '- RQ1: fifty per board.'
      )
    },
    {
      name: '`RQ-1` in the spec is `RQ1` in the plan; a question the spec only mentions is not raised',
      options: plan,
      path: dashed,
      code: doc('## Research Summary', '', '### RQ1: Formats', '', 'CSV and JSON.', '', '### RQ2: Retention', '', 'Seven days.')
    },
    {
      name: 'an RQ heading whose findings sit in a subsection',
      options: plan,
      path: withSpec,
      code: doc(
        '## Research Summary',
        '',
        '### RQ1: Filter limit',
        '',
        '#### Measurements',
        '',
        'Fifty per board covers the largest customer.',
        '',
        '- RQ2: server side.',
        '- RQ3: members only.'
      )
    },
    {
      name: 'without a path no spec is read: unanswered questions go unnoticed',
      options: plan,
      code: doc('## Research Summary', '', 'Nothing was investigated yet.')
    },
    {
      name: 'spec-kit traces no research questions',
      options: kit,
      path: withSpec,
      code: doc('## Summary', '', 'Saved filters sync through the board service.')
    },
    {
      name: 'an empty RQ heading whose question is answered elsewhere in the research section',
      options: plan,
      path: withSpec,
      code: doc('## Research Summary', '', '- RQ1: fifty.', '- RQ2: server side.', '- RQ3: none.', '', '### RQ2: Sync details')
    },
    {
      name: 'an empty RQ heading whose question the research notes answer',
      options: plan,
      path: withNotes,
      code: doc('## Research Summary', '', '- RQ1: fifty.', '- RQ2: server side.', '', '### RQ3: Guests')
    },
    {
      name: 'without a spec, an empty RQ heading is left to plan-no-empty-sections',
      options: plan,
      code: doc('## Research Summary', '', '### RQ1: Limit', '', '## Architecture Overview', '', 'Filters are stored per board.')
    },
    {
      name: 'open questions that are checked, struck, answered, resolved or decided',
      options: plan,
      code: doc(
        '## Open Questions',
        '',
        '- [x] Which queue backs the sync? A managed one.',
        '- [X] How many retries?',
        '- ~~Do we shard by tenant?~~',
        '- Batch size? **Answer**: 500 per request.',
        '- Which region? Resolved: eu-west-1.',
        '- Cache lifetime → ten minutes',
        '- Do we log bodies? Decision: never.',
        '- Is a rollback script needed? ✅ written'
      )
    },
    {
      name: 'an open question answered in a nested list',
      options: plan,
      code: doc('## Open Questions', '', '1. Which storage tier holds old filters?', '   - Answer: the cold tier, after 90 days.')
    },
    {
      name: 'questions under other headings, in a table, or a section without a list',
      options: plan,
      code: doc(
        '## Questions',
        '',
        '- Who owns the cleanup job?',
        '',
        '## Open Questions',
        '',
        'None so far.',
        '',
        '| Question | Owner |',
        '| --- | --- |',
        '| Who owns the cleanup job? | |'
      )
    },
    {
      name: 'open questions are not read when the template says they are not gates',
      options: parkingLot,
      code: doc(
        '## Open Questions',
        '',
        '- [ ] Who owns the cleanup job?',
        '- Do we log request bodies?',
        '1. [ ] Question 1?'
      )
    }
  ],
  invalid: [
    {
      name: 'a register: a question whose owner is still the template slot, or none, is open',
      options: register,
      code: doc(
        '## Open Questions',
        '',
        '1. **Q1**: Which region hosts the exports?',
        '    - **Owner**: [Who should answer]',
        '2. **Q2**: Who signs off the retention period?',
        '    - **Deadline**: Before Phase 2'
      ),
      errors: [
        {messageId: 'openQuestion', line: 5, column: 1, endLine: 5, endColumn: 43},
        {messageId: 'openQuestion', line: 7, column: 1, endLine: 7, endColumn: 47}
      ]
    },
    {
      name: 'a question after the colon is a marker whatever word precedes it',
      options: plan,
      code: doc('**Auth**: OAuth with NEEDS CLARIFICATION: which provider?'),
      errors: [{messageId: 'marker', data: {question: 'which provider?'}, line: 3, column: 22, endLine: 3, endColumn: 58}]
    },
    {
      name: 'a bracket marker followed by an arrow, and a field value that goes on',
      options: plan,
      code: doc('**Target**: iOS 17 [NEEDS CLARIFICATION] → ask design', '', '**Testing**: NEEDS CLARIFICATION is pending on QA'),
      errors: [
        {messageId: 'marker', data: {question: ''}, line: 3, column: 20, endLine: 3, endColumn: 41},
        {messageId: 'marker', data: {question: ''}, line: 5, column: 14, endLine: 5, endColumn: 33}
      ]
    },
    {
      name: 'open questions whose wording only sounds answered',
      options: plan,
      code: doc(
        '## Open Questions',
        '',
        '- How will edit conflicts be resolved?',
        '- Pending decision: which region hosts the data?',
        '-',
        '- NEEDS CLARIFICATIONS are tracked elsewhere.'
      ),
      errors: [
        {
          messageId: 'openQuestion',
          data: {question: 'How will edit conflicts be resolved?'},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 39
        },
        {
          messageId: 'openQuestion',
          data: {question: 'Pending decision: which region hosts the data?'},
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 49
        },
        {
          messageId: 'openQuestion',
          data: {question: 'NEEDS CLARIFICATIONS are tracked elsewhere.'},
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 46
        }
      ]
    },
    {
      name: 'a bare bracketed marker: the whole bracket',
      options: kit,
      code: doc('## Technical Context', '', '**Storage**: [NEEDS CLARIFICATION]'),
      errors: [{messageId: 'marker', data: {question: ''}, line: 5, column: 14, endLine: 5, endColumn: 35}]
    },
    {
      name: 'a bracketed marker with its question, mid-sentence',
      options: kit,
      code: doc('## Summary', '', 'Drafts expire after [NEEDS CLARIFICATION: 30 or 90 days?] of inactivity.'),
      errors: [{messageId: 'marker', data: {question: '30 or 90 days?'}, line: 5, column: 21, endLine: 5, endColumn: 58}]
    },
    {
      name: 'an unbracketed marker with a question runs to the line end, trailing spaces excluded',
      options: kit,
      code: doc('## Summary', '', 'Partition key NEEDS CLARIFICATION: tenant or region?  ', 'Everything else is settled.'),
      errors: [{messageId: 'marker', data: {question: 'tenant or region?'}, line: 5, column: 15, endLine: 5, endColumn: 53}]
    },
    {
      name: 'a field whose value is the marker',
      options: kit,
      code: doc(
        '## Technical Context',
        '',
        '**Language/Version**: TypeScript 5.6',
        '**Performance Goals**: NEEDS CLARIFICATION',
        '**Constraints**: none beyond the browser'
      ),
      errors: [{messageId: 'marker', data: {question: ''}, line: 6, column: 24, endLine: 6, endColumn: 43}]
    },
    {
      name: 'a bold marker label with its question',
      options: kit,
      code: doc('## Summary', '', '**NEEDS CLARIFICATION:** What happens when two devices edit one filter?'),
      errors: [
        {
          messageId: 'marker',
          data: {question: 'What happens when two devices edit one filter?'},
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 72
        }
      ]
    },
    {
      name: 'a long question is shortened in the message',
      options: kit,
      code: doc(
        '## Summary',
        '',
        '[NEEDS CLARIFICATION: should archived filters count toward the per-board limit of fifty, or only active ones?]'
      ),
      errors: [
        {
          messageId: 'marker',
          data: {question: 'should archived filters count toward the per-board limit of…'},
          message:
            'Unexpected unresolved `NEEDS CLARIFICATION` (should archived filters count toward the per-board limit of…), expected the question answered and the marker removed',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 111
        }
      ]
    },
    {
      name: 'markers in a heading, a list item, a blockquote and a table row',
      options: kit,
      code: doc(
        '## Storage [NEEDS CLARIFICATION: engine?]',
        '',
        '- Cache: NEEDS CLARIFICATION',
        '',
        '> [NEEDS CLARIFICATION: who reviews?]',
        '',
        '| Tier | NEEDS CLARIFICATION |'
      ),
      errors: [
        {messageId: 'marker', data: {question: 'engine?'}, line: 3, column: 12, endLine: 3, endColumn: 42},
        {messageId: 'marker', data: {question: ''}, line: 5, column: 10, endLine: 5, endColumn: 29},
        {messageId: 'marker', data: {question: 'who reviews?'}, line: 7, column: 3, endLine: 7, endColumn: 38},
        {messageId: 'marker', data: {question: ''}, line: 9, column: 10, endLine: 9, endColumn: 29}
      ]
    },
    {
      name: 'two markers on one line',
      options: kit,
      code: doc('**Storage**: NEEDS CLARIFICATION | **Cache**: [NEEDS CLARIFICATION]'),
      errors: [
        {messageId: 'marker', data: {question: ''}, line: 3, column: 14, endLine: 3, endColumn: 33},
        {messageId: 'marker', data: {question: ''}, line: 3, column: 47, endLine: 3, endColumn: 68}
      ]
    },
    {
      name: 'a template example is skipped, the marker beside it is not',
      options: kit,
      code: doc('## Technical Context', '', '**Testing**: [e.g., Vitest or NEEDS CLARIFICATION]', '**Storage**: NEEDS CLARIFICATION'),
      errors: [{messageId: 'marker', data: {question: ''}, line: 6, column: 14, endLine: 6, endColumn: 33}]
    },
    {
      name: 'a sentence about markers does not hide a marker on the next line',
      options: kit,
      code: doc('## Summary', '', 'All NEEDS CLARIFICATION resolved except this one:', '', '[NEEDS CLARIFICATION: who owns the nightly job?]'),
      errors: [{messageId: 'marker', data: {question: 'who owns the nightly job?'}, line: 7, column: 1, endLine: 7, endColumn: 49}]
    },
    {
      name: 'the Execution Flow boilerplate ends at the next section',
      options: kit,
      code: doc(
        '## Execution Flow (/plan command scope)',
        '',
        '1. Fill Technical Context: [NEEDS CLARIFICATION: how often does sync run?]',
        '',
        '## Summary',
        '',
        '**Sync interval**: [NEEDS CLARIFICATION: how often does sync run?]'
      ),
      errors: [
        {messageId: 'marker', data: {question: 'how often does sync run?'}, line: 9, column: 20, endLine: 9, endColumn: 67}
      ]
    },
    {
      name: 'the spec-plan template has no boilerplate section',
      options: plan,
      code: doc('## Execution Flow', '', 'Record each gap as NEEDS CLARIFICATION: what is unknown'),
      errors: [{messageId: 'marker', data: {question: 'what is unknown'}, line: 5, column: 20, endLine: 5, endColumn: 56}]
    },
    {
      name: 'questions mentioned only outside the research section are unanswered',
      options: plan,
      path: withSpec,
      code: doc(
        '## Research Summary',
        '',
        '### RQ1: Filter limit per board',
        '',
        'Fifty per board covers the largest customer.',
        '',
        '## Architecture Overview',
        '',
        'RQ2 and RQ3 are settled by the sync service design.'
      ),
      errors: [
        {messageId: 'unansweredQuestion', data: {id: 'RQ2', spec: 'spec.md'}, ...researchHeading},
        {messageId: 'unansweredQuestion', data: {id: 'RQ3', spec: 'spec.md'}, ...researchHeading}
      ]
    },
    {
      name: 'without a research section, the questions are reported at the title',
      options: plan,
      path: withSpec,
      code: doc('## Architecture Overview', '', 'Filters are stored per board.'),
      errors: ['RQ1', 'RQ2', 'RQ3'].map((id) => ({
        messageId: 'unansweredQuestion',
        data: {id, spec: 'spec.md'},
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 37
      }))
    },
    {
      name: 'research notes answer what they name; a comment there answers nothing',
      options: plan,
      path: withNotes,
      code: doc('## Research Summary', '', '- RQ1: fifty per board is enough.'),
      errors: [{messageId: 'unansweredQuestion', data: {id: 'RQ2', spec: 'FEAT-021-spec.md'}, ...researchHeading}]
    },
    {
      name: 'the spec named in a header list item',
      options: plan,
      path: linked,
      code: doc(
        '- Feature ID: FEAT-021',
        '- Specification: `docs/filters-spec.md`',
        '',
        '## Research Summary',
        '',
        '- RQ1: fifty per board.',
        '- RQ3: members only.'
      ),
      errors: [
        {
          messageId: 'unansweredQuestion',
          data: {id: 'RQ2', spec: 'docs/filters-spec.md'},
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 20
        }
      ]
    },
    {
      name: 'the spec named in a bold header field',
      options: plan,
      path: linked,
      code: doc(
        '**Specification**: [spec](docs/filters-spec.md)',
        '',
        '## Research Summary',
        '',
        '- RQ1: fifty per board.',
        '- RQ3: members only.'
      ),
      errors: [
        {
          messageId: 'unansweredQuestion',
          data: {id: 'RQ2', spec: 'docs/filters-spec.md'},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 20
        }
      ]
    },
    {
      name: 'a spec that defines no question raises those it mentions',
      options: plan,
      path: proseOnly,
      code: doc('## Research Summary', '', 'Nothing was investigated yet.'),
      errors: [{messageId: 'unansweredQuestion', data: {id: 'RQ4', spec: 'spec.md'}, ...researchHeading}]
    },
    {
      name: 'an RQ heading with nothing under it does not answer: the message sits on that heading',
      options: plan,
      path: withSpec,
      code: doc(
        '## Research Summary',
        '',
        '### RQ1: Limit',
        '',
        'Fifty per board.',
        '',
        '### RQ2: Sync across devices',
        '',
        '### RQ3: Guest access',
        '',
        'Guests see no saved filters.'
      ),
      errors: [
        {messageId: 'unansweredQuestion', data: {id: 'RQ2', spec: 'spec.md'}, line: 9, column: 1, endLine: 9, endColumn: 29}
      ]
    },
    {
      name: 'an RQ heading holding only a comment and a rule does not answer either',
      options: plan,
      path: withSpec,
      code: doc(
        '## Research Summary',
        '',
        '### RQ-1: Limit',
        '',
        '<!-- findings to come -->',
        '',
        '---',
        '',
        '### RQ2 and RQ3',
        '',
        'Stored server side; guests see nothing.'
      ),
      errors: [
        {messageId: 'unansweredQuestion', data: {id: 'RQ1', spec: 'spec.md'}, line: 5, column: 1, endLine: 5, endColumn: 16}
      ]
    },
    {
      name: 'an empty `RQ-3` heading before the next section; RQ headings outside the research section neither answer nor anchor',
      options: plan,
      path: withSpec,
      code: doc(
        '## Research Summary',
        '',
        '### RQ-3: Guests',
        '',
        '## Architecture Overview',
        '',
        'Filters are stored per board.',
        '',
        '## Notes',
        '',
        'RQ1 and RQ2 are answered in the architecture section.',
        '',
        '### RQ2'
      ),
      errors: [
        {messageId: 'unansweredQuestion', data: {id: 'RQ1', spec: 'spec.md'}, ...researchHeading},
        {messageId: 'unansweredQuestion', data: {id: 'RQ2', spec: 'spec.md'}, ...researchHeading},
        {messageId: 'unansweredQuestion', data: {id: 'RQ3', spec: 'spec.md'}, line: 5, column: 1, endLine: 5, endColumn: 17}
      ]
    },
    {
      name: 'open questions: unchecked items and items without an answer',
      options: plan,
      code: doc(
        '## Open Questions',
        '',
        '- [ ] Who owns the **cleanup** job?',
        '- [x] Which queue backs the sync?',
        '- ~~Do we shard by tenant?~~',
        '- Batch size? **Answer**: 500 per request.',
        '- [ ] Retry count? Decision: three, pending review',
        '- Do we log request bodies?'
      ),
      errors: [
        {messageId: 'openQuestion', data: {question: 'Who owns the cleanup job?'}, line: 5, column: 1, endLine: 5, endColumn: 36},
        {
          messageId: 'openQuestion',
          data: {question: 'Retry count? Decision: three, pending review'},
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 51
        },
        {messageId: 'openQuestion', data: {question: 'Do we log request bodies?'}, line: 10, column: 1, endLine: 10, endColumn: 28}
      ]
    },
    {
      name: 'open questions in a numbered list',
      options: plan,
      code: doc(
        '## Open Questions',
        '',
        '1. Is a CSV export needed?',
        '2. Which date format? Decision: ISO 8601.',
        '3. [ ] Who signs off on the rollout?'
      ),
      errors: [
        {messageId: 'openQuestion', data: {question: 'Is a CSV export needed?'}, line: 5, column: 1, endLine: 5, endColumn: 27},
        {messageId: 'openQuestion', data: {question: 'Who signs off on the rollout?'}, line: 7, column: 1, endLine: 7, endColumn: 37}
      ]
    },
    {
      name: 'a nested list answers only when it carries an answer mark; the range is the first line',
      options: plan,
      code: doc(
        '## Open Questions',
        '',
        '- Which storage tier holds old filters?',
        '  - Answer: the cold tier, after 90 days.',
        '- Who pays for the extra egress?',
        '  - Finance will say next week.'
      ),
      errors: [
        {messageId: 'openQuestion', data: {question: 'Who pays for the extra egress?'}, line: 7, column: 1, endLine: 7, endColumn: 33}
      ]
    },
    {
      name: 'unresolved, outstanding and numbered open research question headings',
      options: plan,
      code: doc(
        '## Unresolved Questions',
        '',
        '- Keep filters of deleted boards?',
        '',
        '### Outstanding Questions',
        '',
        '* Share filters across workspaces?',
        '',
        '## 7. Open Research Questions',
        '',
        '+ Index on owner or on board?'
      ),
      errors: [
        {messageId: 'openQuestion', data: {question: 'Keep filters of deleted boards?'}, line: 5, column: 1, endLine: 5, endColumn: 34},
        {messageId: 'openQuestion', data: {question: 'Share filters across workspaces?'}, line: 9, column: 1, endLine: 9, endColumn: 35},
        {messageId: 'openQuestion', data: {question: 'Index on owner or on board?'}, line: 13, column: 1, endLine: 13, endColumn: 30}
      ]
    },
    {
      name: 'a long open question is shortened in the message',
      options: plan,
      code: doc('## Open Questions', '', '- Does a filter shared with a guest stay visible after the guest leaves the board?'),
      errors: [
        {
          messageId: 'openQuestion',
          data: {question: 'Does a filter shared with a guest stay visible after the gu…'},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 83
        }
      ]
    },
    {
      name: 'markers are still reported when open questions are not read',
      options: parkingLot,
      code: doc(
        '## Open Questions',
        '',
        '- [ ] Who owns the cleanup job?',
        '- Retention period: [NEEDS CLARIFICATION: 30 or 90 days?]',
        '',
        '## Storage',
        '',
        '**Backups**: NEEDS CLARIFICATION'
      ),
      errors: [
        {
          messageId: 'marker',
          data: {question: '30 or 90 days?'},
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 58
        },
        {messageId: 'marker', data: {question: ''}, line: 10, column: 14, endLine: 10, endColumn: 33}
      ]
    }
  ]
})

describe('plan-rqs-resolved details', () => {
  it('points an unanswered question at its definition in the spec', async () => {
    const {messages} = await lintWithRule(planRqsResolved, {
      options: plan,
      path: withSpec,
      code: doc('## Research Summary', '', '- RQ1: fifty per board.', '- RQ2: server side.')
    })
    expect(messages).toHaveLength(1)
    const cause = messages[0]?.cause as {reason: string; place: {start: Point; end: Point}} | undefined
    expect(cause?.reason).toBe('`RQ3` is raised here in `spec.md`')
    // The definition on line 7, not the prose mention on line 9.
    const {start, end} = cause?.place ?? {}
    expect([start?.line, start?.column, end?.line, end?.column]).toEqual([7, 3, 7, 6])
  })

  it('points a question raised in prose at that mention', async () => {
    const {messages} = await lintWithRule(planRqsResolved, {
      options: plan,
      path: proseOnly,
      code: doc('## Research Summary', '', 'Nothing yet.')
    })
    const cause = messages[0]?.cause as {reason: string; line: number; column: number} | undefined
    expect(cause?.reason).toBe('`RQ4` is raised here in `spec.md`')
    expect([cause?.line, cause?.column]).toEqual([3, 49])
  })

  it('points a question whose heading is empty at the spec as well', async () => {
    const {messages} = await lintWithRule(planRqsResolved, {
      options: plan,
      path: withSpec,
      code: doc('## Research Summary', '', '- RQ1: fifty.', '- RQ3: none.', '', '### RQ2: Sync')
    })
    expect(messages.map((message) => [message.line, message.column])).toEqual([[8, 1]])
    const cause = messages[0]?.cause as {reason: string; place: {start: Point; end: Point}} | undefined
    expect(cause?.reason).toBe('`RQ2` is raised here in `spec.md`')
    expect([cause?.place.start.line, cause?.place.start.column]).toEqual([6, 3])
  })

  it('gives markers and open questions no cause', async () => {
    const {messages} = await lintWithRule(planRqsResolved, {
      options: plan,
      code: doc('## Open Questions', '', '- Who owns it? NEEDS CLARIFICATION')
    })
    expect(messages.map((message) => [message.line, message.column, message.cause])).toEqual([
      [5, 1, undefined],
      [5, 16, undefined]
    ])
  })

  it('rejects options without a template', async () => {
    await expect(lintWithRule(planRqsResolved, {options: {}, code: doc('## Summary')})).rejects.toThrow(
      /Invalid options for `plan-rqs-resolved`/
    )
  })
})
