/**
 * Each rule's docs examples run as tests: `valid.md` produces no message, and
 * `invalid.md` produces exactly the messages its expectation markers name.
 */
import {readFileSync} from 'node:fs'
import {parseMarkers} from '@plan-lint/core/markers'
import {lintWithRule} from '@plan-lint/core/testing'
import {rules} from '@plan-lint/rules'
import {specKitTemplate} from 'remark-preset-plan-spec-kit'
import {describe, expect, it} from 'vitest'

const options = {template: specKitTemplate}

function readExample(ruleId: string, name: 'valid.md' | 'invalid.md'): string {
  return readFileSync(new URL(`../src/${ruleId}/examples/${name}`, import.meta.url), 'utf8')
}

/** `ruleId:line` pairs, sorted, so two messages on one line need two markers. */
function pairs(list: Array<{ruleId: string | undefined; line: number | undefined}>): string[] {
  return list.map(({ruleId, line}) => `${ruleId}:${line}`).sort()
}

for (const rule of rules) {
  const {id} = rule.meta

  describe(`${id} examples`, () => {
    it('valid.md produces no message', async () => {
      const {text, expectations} = parseMarkers(readExample(id, 'valid.md'))
      expect(expectations, 'valid.md has no expectation markers').toEqual([])
      const {messages} = await lintWithRule(rule, {code: text, options})
      expect(messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([])
    })

    it('invalid.md produces exactly the marked messages', async () => {
      const {text, expectations} = parseMarkers(readExample(id, 'invalid.md'))
      expect(expectations.length, 'invalid.md marks at least one line').toBeGreaterThan(0)
      expect(
        expectations.filter((expectation) => expectation.ruleId !== id),
        'markers name only this rule'
      ).toEqual([])
      const {messages} = await lintWithRule(rule, {code: text, options})
      expect(pairs(messages)).toEqual(pairs(expectations))
    })
  })
}
