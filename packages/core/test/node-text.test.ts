/**
 * `textOf` reads what mdast-util-to-string reads, without recursion: the
 * fuzz run (test/fuzz.test.ts) met headings and blockquotes nested thousands
 * deep, on which the recursive walk overflowed the stack and the rules
 * crashed.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {getPlanModel, sectionRange, textOf} from '@plan-lint/core'
import type {Nodes, PhrasingContent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => nodesOf(child as Nodes)) : [])]
}

/** A heading whose text sits under `depth` nested emphasis nodes, as a line of `*` parses. */
function deepHeading(depth: number): Root {
  let node: PhrasingContent = {type: 'text', value: 'Summary'}
  for (let level = 0; level < depth; level++) node = {type: 'emphasis', children: [node]}
  const end = {line: 1, column: 11, offset: 10}
  return {
    type: 'root',
    children: [{type: 'heading', depth: 2, children: [node], position: {start: {line: 1, column: 1, offset: 0}, end}}]
  }
}

describe('textOf', () => {
  it('reads every node of a plan as mdast-util-to-string does', () => {
    const value = readFileSync(path.join(root, 'fixtures/spec-kit/invalid/raw-template-debris.md'), 'utf8')
    const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(value) as Root
    tree.children.push({type: 'paragraph', children: [{type: 'image', url: 'x.png', alt: 'diagram'}, {type: 'html', value: '<br>'}]})
    for (const node of nodesOf(tree)) expect(textOf(node)).toBe(toString(node))
  })

  it('reads a heading nested 100,000 deep', () => {
    const tree = deepHeading(100_000)
    expect(textOf(tree)).toBe('Summary')
    const model = getPlanModel(tree, new VFile({value: '## *Summary*', path: 'plan.md'}))
    expect(model.sections[0]?.text).toBe('Summary')
    expect(sectionRange(model, model.sections[0]!)).toEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 1, column: 11, offset: 10}
    })
  })
})
