/**
 * Each rule's docs examples run as tests: `valid.md` produces no message, and
 * `invalid.md` produces exactly the messages its expectation markers name.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseMarkers} from '@plan-lint/core/markers'
import {lintWithRule} from '@plan-lint/core/testing'
import {rules} from '@plan-lint/rules'
import {presets} from 'plan-lint'
import {describe, expect, it} from 'vitest'

function examplePath(ruleId: string, name: string): string {
  return fileURLToPath(new URL(`../src/${ruleId}/examples/${name}`, import.meta.url))
}

function readExample(ruleId: string, name: 'valid.md' | 'invalid.md'): string {
  return readFileSync(examplePath(ruleId, name), 'utf8')
}

/**
 * The template an example is linted with: the preset named in the folder's
 * `config.json`, else spec-kit. The file keeps its real path, so a `spec.md`
 * beside the examples is the spec of both.
 */
function optionsFor(ruleId: string) {
  const config = examplePath(ruleId, 'config.json')
  const id = existsSync(config) ? (JSON.parse(readFileSync(config, 'utf8')) as {preset: string}).preset : 'spec-kit'
  const preset = presets.get(id)
  if (!preset) throw new Error(`unknown preset \`${id}\` in ${config}`)
  return {template: preset.template}
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
      const {messages} = await lintWithRule(rule, {code: text, options: optionsFor(id), path: examplePath(id, 'valid.md')})
      expect(messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([])
    })

    it('invalid.md produces exactly the marked messages', async () => {
      const {text, expectations} = parseMarkers(readExample(id, 'invalid.md'))
      expect(expectations.length, 'invalid.md marks at least one line').toBeGreaterThan(0)
      expect(
        expectations.filter((expectation) => expectation.ruleId !== id),
        'markers name only this rule'
      ).toEqual([])
      const {messages} = await lintWithRule(rule, {code: text, options: optionsFor(id), path: examplePath(id, 'invalid.md')})
      expect(pairs(messages)).toEqual(pairs(expectations))
    })
  })
}
