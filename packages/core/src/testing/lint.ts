/** Linting one document with one rule, outside any test framework. */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type PluggableList} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {PlanRulePlugin} from '../define-rule.js'

export interface ValidCase {
  name?: string
  code: string
  options?: unknown
  /** File path given to the vfile (for rules that look at the path). */
  path?: string
  /** Extra plugins to parse with, e.g. remark-gfm. */
  plugins?: PluggableList
}

/** Lint one document with one rule; the messages in document order. */
export async function lintWithRule(
  rule: PlanRulePlugin,
  testCase: ValidCase
): Promise<{messages: VFileMessage[]; tree: Root; before: Root}> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(testCase.plugins ?? [])
    .use(rule, testCase.options === undefined ? undefined : ['error', testCase.options])
  // Without a path, rules that read related documents (the spec) stay silent.
  const file = new VFile({value: testCase.code, path: testCase.path})
  const tree = processor.parse(file) as Root
  const before = structuredClone(tree)
  await processor.run(tree, file)
  return {messages: sortMessages(file.messages), tree, before}
}

function sortMessages(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.reason.localeCompare(b.reason)
  )
}

