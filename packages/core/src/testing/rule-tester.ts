/**
 * A rule tester in the spirit of ESLint's RuleTester. For every case it
 * checks, without being asked: the message id exists and its text is exactly
 * what the message function renders; the message has a full range, the rule's
 * id, source and docs URL; no message is reported twice; the tree is not
 * mutated; and the rule survives a tree without positions. A final case
 * checks that every message id of the rule is exercised.
 */
import remarkFrontmatter from 'remark-frontmatter'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {emittedMessageOf, recordEmittedMessages, type PlanRulePlugin} from '../define-rule.js'
import {lintWithRule, type ValidCase} from './lint.js'

// The tester checks each message's id and data.
recordEmittedMessages()

export {lintWithRule, type ValidCase}


export interface ExpectedMessage {
  messageId: string
  /** Data the message was rendered with (checked when given). */
  data?: unknown
  /** Full message text (checked when given). */
  message?: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** `expected` (fix text) of the message; `undefined` asserts there is none. */
  expected?: string[] | null
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedMessage[]
}

export interface RuleCases {
  valid: ValidCase[]
  invalid: InvalidCase[]
}

function stripPositions(node: unknown): void {
  const stack = [node]
  while (stack.length > 0) {
    const current = stack.pop() as {position?: unknown; children?: unknown[]}
    delete current.position
    if (current.children) stack.push(...current.children)
  }
}

function caseName(testCase: ValidCase, index: number): string {
  return testCase.name ?? `#${index + 1}: ${testCase.code.split('\n').find((line) => line.trim())?.slice(0, 50) ?? ''}`
}

export function testRule(rule: PlanRulePlugin, cases: RuleCases): void {
  const {meta} = rule
  const used = new Set<string>()

  describe(meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((testCase, index) => {
        it(caseName(testCase, index), async () => {
          const {messages, tree, before} = await lintWithRule(rule, testCase)
          expect(
            messages.map((message) => `${message.line}:${message.column} ${message.reason}`),
            'valid case must produce no message'
          ).toEqual([])
          expect(tree, 'rule must not mutate the tree').toEqual(before)
        })
      })
    })

    describe('invalid', () => {
      cases.invalid.forEach((testCase, index) => {
        for (const error of testCase.errors) used.add(error.messageId)
        it(caseName(testCase, index), async () => {
          expect(testCase.errors.length, 'an invalid case lists its messages').toBeGreaterThan(0)
          const {messages, tree, before} = await lintWithRule(rule, testCase)
          expect(tree, 'rule must not mutate the tree').toEqual(before)

          const seen = new Set<string>()
          for (const message of messages) {
            const key = `${message.line}:${message.column}-${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''} ${message.reason}`
            expect(seen.has(key), `duplicate message ${key}`).toBe(false)
            seen.add(key)
            expect(message.ruleId).toBe(meta.id)
            expect(message.source).toBe('remark-lint')
            expect(message.url).toBe(meta.url)
            const emitted = emittedMessageOf(message)
            expect(emitted, 'message must be reported through context.report').toBeDefined()
            const render = meta.messages[emitted?.messageId ?? '']
            expect(render, `unknown message id \`${emitted?.messageId}\``).toBeDefined()
            expect(message.reason).toBe(render?.(emitted?.data))
            expect(message.reason, 'messages end without a period').not.toMatch(/\.$/)
            expect(message.place && 'start' in message.place, 'message needs a full range').toBe(true)
          }

          expect(
            messages.map((message) => ({
              messageId: emittedMessageOf(message)?.messageId,
              line: message.line,
              column: message.column,
              endLine: message.place && 'end' in message.place ? message.place.end.line : undefined,
              endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined
            }))
          ).toEqual(
            testCase.errors.map((error) => ({
              messageId: error.messageId,
              line: error.line,
              column: error.column,
              endLine: error.endLine,
              endColumn: error.endColumn
            }))
          )

          testCase.errors.forEach((error, position) => {
            const message = messages[position] as VFileMessage
            if (error.data !== undefined) expect(emittedMessageOf(message)?.data).toEqual(error.data)
            if (error.message !== undefined) expect(message.reason).toBe(error.message)
            if (error.expected !== undefined) {
              expect(message.expected ?? null).toEqual(error.expected)
            }
          })

          // The same document without positions: the rule must not throw.
          const bare = structuredClone(before)
          stripPositions(bare)
          const processor = unified()
            .use(remarkFrontmatter)
            .use(testCase.plugins ?? [])
            .use(rule, testCase.options === undefined ? undefined : ['error', testCase.options])
          await processor.run(bare, new VFile({value: testCase.code, path: testCase.path}))
        })
      })
    })

    it('exercises every message id', () => {
      expect([...used].sort()).toEqual(Object.keys(meta.messages).sort())
    })
  })
}
