import {readFileSync} from 'node:fs'
import {defineTemplate} from '@plan-lint/core'
import {parseMarkers} from '@plan-lint/core/markers'
import {lintWithRule, testRule} from '@plan-lint/core/testing'
import {describe, expect, it} from 'vitest'
import {planTd1First} from '../src/plan-td1-first/index.js'

const template = defineTemplate({
  id: 'decisions',
  name: 'plan with decisions',
  sections: [{id: 'technical-decisions', text: 'Technical Decisions', level: 2}],
  identifiers: [{id: 'TD', pattern: '\\b§?TD-?(\\d+)\\b'}],
  traceability: {
    decisions: {
      section: 'technical-decisions',
      family: 'TD',
      first: {text: 'File Organization', pattern: 'file\\s+(?:organi[sz]ation|layout|structure)'}
    }
  }
})

/** The same section, without the decisions contract. */
const plainTemplate = defineTemplate({
  id: 'plain',
  name: 'plan without decisions',
  sections: [{id: 'technical-decisions', text: 'Technical Decisions', level: 2}]
})

const options = {template}

/** A document from its lines; line N of the case is argument N. */
const md = (...lines: string[]) => `${lines.join('\n')}\n`

/**
 * A plan whose `## Technical Decisions` is on line 3, then each heading
 * followed by a short paragraph: heading `k` (counting from 0) is on line
 * `5 + 4k`.
 */
const decisions = (...headings: string[]) =>
  md(
    '# Implementation Plan: Bulk Tag Editing',
    '',
    '## Technical Decisions',
    '',
    ...headings.flatMap((heading) => [heading, '', 'Some text.', ''])
  )

/** Line of heading `k` in a `decisions(...)` plan. */
const line = (k: number) => 5 + 4 * k

testRule(planTd1First, {
  valid: [
    {
      name: 'the spec-plan workflow form, with the identifier in a suffix',
      options,
      code: decisions(
        '### Decision 1: File Organization (§TD1)',
        '### Decision 2: Single mutation vs batch (§TD2)',
        '### Decision 3: Caching (§TD3)'
      )
    },
    {
      name: 'the template form without identifiers',
      options,
      code: decisions('### Decision 1: File Organization', '### Decision 2: Retry policy')
    },
    {
      name: 'identifier headings: `TD1:`, `TD-2:` and `TD3 —`',
      options,
      code: decisions('### TD1: File Organization', '### TD-2: Batch size', '### TD3 — Caching')
    },
    {
      name: 'dashes after `Decision N`, and a qualified file-organization title',
      options,
      code: decisions('### Decision 1 — File organization and module layout', '### Decision 2 — Caching')
    },
    {
      name: 'a numbered list of headings with the identifier in parentheses',
      options,
      code: decisions('### 1. File Organization (TD1)', '### 2. Caching (TD2)')
    },
    {
      name: 'the number only in the `(§TDn)` suffix',
      options,
      code: decisions('### File Organisation (§TD1)', '### Caching (§TD2)')
    },
    {
      name: 'other file-organization titles the template pattern accepts',
      options,
      code: decisions('### TD1: Project file structure', '### TD2: Caching')
    },
    {
      name: 'headings without a number are ignored, so are `2.1` subsection numbers',
      options,
      code: decisions(
        '### Context',
        '### Decision 1: File Organization',
        '#### Rationale',
        '### Decision 2: Caching',
        '### 2.1 Details',
        '### Notes'
      )
    },
    {
      name: 'headings nested under a decision count only with the identifier',
      options,
      code: decisions(
        '### Decision 1: File Organization',
        '#### Options',
        '#### 1. One folder per layer',
        '#### 2. One folder per feature',
        '#### Decision 4: not a decision here',
        '### Decision 2: Single mutation vs batch',
        '#### TD3: Batch size'
      )
    },
    {
      name: 'decisions grouped under headings of their own',
      options,
      code: decisions(
        '### Backend',
        '#### Decision 1: File Organization',
        '#### Decision 2: Queue storage',
        '### Frontend',
        '#### Decision 3: Optimistic updates'
      )
    },
    {
      name: 'the identifier wins over a leading number',
      options,
      code: decisions('### Decision 1: File Organization (§TD1)', '### Decision 3: Caching (§TD2)')
    },
    {
      name: 'inline markup in the heading',
      options,
      code: decisions('### **TD1**: `File` Organization', '### **TD2**: Caching')
    },
    {
      name: 'an empty decisions section is left to plan-no-empty-sections',
      options,
      code: md('# Plan', '', '## Technical Decisions', '', '<!-- one decision per subsection -->', '', '## Next')
    },
    {
      name: 'a plan without a decisions section is left to plan-required-sections',
      options,
      code: md('# Plan', '', '## Summary', '', '### Decision 2: Caching')
    },
    {
      name: 'a template without a decisions contract',
      options: {template: plainTemplate},
      code: decisions('### Decision 2: Caching', '### Decision 2: Logging')
    },
    {
      name: 'decisions end with the section',
      options,
      code: md(
        '# Plan',
        '',
        '## Technical Decisions',
        '',
        '### TD1: File Organization',
        '',
        '## Implementation Phases',
        '',
        '### Phase 1: per Plan §TD4'
      )
    }
  ],
  invalid: [
    {
      name: 'a section without numbered decisions; `D1` is not a decision form',
      options,
      code: decisions('### Context', '### D1: File organization'),
      errors: [
        {
          messageId: 'noDecisions',
          data: {section: 'Technical Decisions', decision: 'TD1', first: 'File Organization'},
          message:
            'Unexpected section `Technical Decisions` without numbered decisions, expected `TD1` to be the `File Organization` decision',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 23,
          expected: null
        }
      ]
    },
    {
      name: 'a section with prose only',
      options,
      code: md('# Plan', '', '## Technical Decisions', '', 'We follow the existing patterns.'),
      errors: [{messageId: 'noDecisions', line: 3, column: 1, endLine: 3, endColumn: 23}]
    },
    {
      name: 'the file-organization decision numbered 2 while first: only `notFirst`',
      options,
      code: decisions('### Decision 2: File Organization', '### Decision 3: Caching'),
      errors: [
        {
          messageId: 'notFirst',
          data: {decision: 'TD2', expected: 'TD1'},
          message: 'Unexpected first decision `TD2`, expected the decisions to start at `TD1`',
          line: line(0),
          column: 1,
          endLine: line(0),
          endColumn: 34,
          expected: null
        }
      ]
    },
    {
      name: 'no TD1 and no file-organization decision: both are reported at the first decision',
      options,
      code: decisions('### TD2: Caching', '### TD3: Logging'),
      errors: [
        // Same line: the tester orders messages by their text.
        {
          messageId: 'firstNotFileOrganization',
          data: {heading: 'TD2: Caching', decision: 'TD1', first: 'File Organization'},
          line: line(0),
          column: 1,
          endLine: line(0),
          endColumn: 17
        },
        {
          messageId: 'notFirst',
          data: {decision: 'TD2', expected: 'TD1'},
          line: line(0),
          column: 1,
          endLine: line(0),
          endColumn: 17
        }
      ]
    },
    {
      name: 'TD1 is about something else and no decision is about file organization',
      options,
      code: decisions('### Decision 1: Caching (§TD1)', '### Decision 2: Logging (§TD2)'),
      errors: [
        {
          messageId: 'firstNotFileOrganization',
          data: {heading: 'Decision 1: Caching (§TD1)', decision: 'TD1', first: 'File Organization'},
          message:
            'Unexpected first decision `Decision 1: Caching (§TD1)`, expected TD1 to be the `File Organization` decision',
          line: line(0),
          column: 1,
          endLine: line(0),
          endColumn: 31,
          expected: null
        }
      ]
    },
    {
      name: 'a file heading that is not about organization',
      options,
      code: decisions('### TD1: File uploads', '### TD2: Organization of the team'),
      errors: [{messageId: 'firstNotFileOrganization', line: line(0), column: 1, endLine: line(0), endColumn: 22}]
    },
    {
      name: 'the file-organization decision later: reported there only, not at TD1',
      options,
      code: decisions('### TD1: Caching', '### TD2: Logging', '### TD3: File Organization'),
      errors: [
        {
          messageId: 'fileOrganizationLater',
          data: {first: 'File Organization', decision: 'TD3', expected: 'TD1'},
          message: 'Unexpected `File Organization` decision numbered `TD3`, expected it to be `TD1`',
          line: line(2),
          column: 1,
          endLine: line(2),
          endColumn: 27,
          expected: null
        }
      ]
    },
    {
      name: 'the file-organization decision later, with no TD1 at all',
      options,
      code: decisions('### TD2: Caching', '### TD3: File layout'),
      errors: [
        {messageId: 'notFirst', line: line(0), column: 1, endLine: line(0), endColumn: 17},
        {messageId: 'fileOrganizationLater', line: line(1), column: 1, endLine: line(1), endColumn: 21}
      ]
    },
    {
      name: 'a number used twice, and the run continuing after it',
      options,
      code: decisions(
        '### Decision 1: File Organization',
        '### Decision 2: Caching',
        '### Decision 2: Logging',
        '### Decision 3: Metrics'
      ),
      errors: [
        {
          messageId: 'duplicate',
          data: {decision: 'TD2'},
          message: 'Unexpected repeated decision number `TD2`, expected each decision number to be used once',
          line: line(2),
          column: 1,
          endLine: line(2),
          endColumn: 24,
          expected: null
        }
      ]
    },
    {
      name: 'TD1 twice, one of them about file organization: only the duplicate',
      options,
      code: decisions('### TD1: Caching', '### TD1: File Organization', '### TD2: Logging'),
      errors: [{messageId: 'duplicate', data: {decision: 'TD1'}, line: line(1), column: 1, endLine: line(1), endColumn: 27}]
    },
    {
      name: 'a skipped number is reported once, at the heading after the gap',
      options,
      code: decisions('### TD1: File Organization', '### TD2: Caching', '### TD4: Logging', '### TD5: Metrics'),
      errors: [
        {
          messageId: 'gap',
          data: {decision: 'TD4', previous: 'TD2', expected: 'TD3'},
          message: 'Unexpected `TD4` after `TD2`, expected `TD3`',
          line: line(2),
          column: 1,
          endLine: line(2),
          endColumn: 17,
          expected: null
        }
      ]
    },
    {
      name: 'numbers out of document order',
      options,
      code: decisions('### TD1: File Organization', '### TD3: Caching', '### TD2: Logging', '### TD4: Metrics'),
      errors: [
        {
          messageId: 'gap',
          data: {decision: 'TD3', previous: 'TD1', expected: 'TD2'},
          line: line(1),
          column: 1,
          endLine: line(1),
          endColumn: 17
        },
        {
          messageId: 'gap',
          data: {decision: 'TD2', previous: 'TD3', expected: 'TD4'},
          message: 'Unexpected `TD2` after `TD3`, expected `TD4`',
          line: line(2),
          column: 1,
          endLine: line(2),
          endColumn: 17
        }
      ]
    },
    {
      name: 'the identifier wins over `Decision N`, so its number is checked',
      options,
      code: decisions('### Decision 1: File Organization (§TD1)', '### Decision 2: Caching (§TD3)'),
      errors: [
        {
          messageId: 'gap',
          data: {decision: 'TD3', previous: 'TD1', expected: 'TD2'},
          line: line(1),
          column: 1,
          endLine: line(1),
          endColumn: 31
        }
      ]
    },
    {
      name: 'an identifier nested under a decision is a decision',
      options,
      code: decisions('### Decision 1: File Organization', '#### TD1: Folder names', '### Decision 2: Caching'),
      errors: [{messageId: 'duplicate', data: {decision: 'TD1'}, line: line(1), column: 1, endLine: line(1), endColumn: 23}]
    }
  ]
})

describe('plan-td1-first details', () => {
  it('points a duplicate at the first use of its number', async () => {
    const {messages} = await lintWithRule(planTd1First, {
      options,
      code: decisions('### TD1: File Organization', '### TD2: Caching', '### TD2: Logging')
    })
    expect(messages).toHaveLength(1)
    const cause = messages[0]?.cause as {reason: string; line: number} | undefined
    expect(cause?.reason).toBe('first used here')
    expect(cause?.line).toBe(line(1))
  })

  it('points a late file-organization decision at TD1, when there is one', async () => {
    const withOne = await lintWithRule(planTd1First, {
      options,
      code: decisions('### TD1: Caching', '### TD2: File Organization')
    })
    const cause = withOne.messages[0]?.cause as {reason: string; line: number} | undefined
    expect(cause?.reason).toBe('`TD1` is here')
    expect(cause?.line).toBe(line(0))

    const withoutOne = await lintWithRule(planTd1First, {
      options,
      code: decisions('### TD2: Caching', '### TD3: File Organization')
    })
    expect(withoutOne.messages.map((message) => message.cause)).toEqual([undefined, undefined])
  })

  it('offers no fix', () => {
    expect(planTd1First.meta.fixable).toBe(false)
  })

  it('rejects options without a template', async () => {
    await expect(lintWithRule(planTd1First, {options: {}, code: decisions('### TD1: File Organization')})).rejects.toThrow(
      /Invalid options for `plan-td1-first`/
    )
  })

  for (const name of ['valid.md', 'invalid.md'] as const) {
    it(`examples/${name} produces exactly its marked messages`, async () => {
      const source = readFileSync(new URL(`../src/plan-td1-first/examples/${name}`, import.meta.url), 'utf8')
      const {text, expectations} = parseMarkers(source)
      if (name === 'invalid.md') expect(expectations.length).toBeGreaterThan(0)
      else expect(expectations).toEqual([])
      const {messages} = await lintWithRule(planTd1First, {code: text, options})
      expect(messages.map((message) => `${message.ruleId}:${message.line}`).sort()).toEqual(
        expectations.map((expectation) => `${expectation.ruleId}:${expectation.line}`).sort()
      )
    })
  }
})
