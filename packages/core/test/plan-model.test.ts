import {getPlanModel, matchTemplate, defineTemplate, normalizeHeading, headingForms, bracketSpans} from '@plan-lint/core'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

function model(value: string) {
  const file = new VFile({value, path: 'plan.md'})
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(file) as Root
  return getPlanModel(tree, file)
}

describe('plan model', () => {
  it('reads a file that starts with a byte order mark at the parser\'s offsets', () => {
    const plan = model('\uFEFF# Implementation Plan: [FEATURE]\n\nText\n')
    const title = plan.title!
    const start = title.heading.position!.start.offset!
    const end = title.heading.position!.end.offset!
    expect(plan.source.slice(start, end)).toBe('# Implementation Plan: [FEATURE]')
    expect(plan.sourceOf(title.heading)).toBe('# Implementation Plan: [FEATURE]')
  })

  it('builds the section tree from ATX and setext headings', () => {
    const plan = model('# Title\n\nIntro\n\nSummary\n-------\n\nText\n\n### Detail\n\nMore\n\n## Next\n')
    expect(plan.title?.text).toBe('Title')
    expect(plan.sections.map((section) => [section.text, section.depth])).toEqual([
      ['Title', 1],
      ['Summary', 2],
      ['Detail', 3],
      ['Next', 2]
    ])
    const summary = plan.sections[1]!
    expect(summary.parent).toBe(plan.title)
    expect(summary.children.map((child) => child.text)).toEqual(['Detail'])
    expect(plan.tree.children.slice(summary.index + 1, summary.contentEnd).map((node) => node.type)).toEqual([
      'paragraph'
    ])
    expect(plan.tree.children[summary.end]).toBe(plan.sections[3]!.heading)
  })

  it('reads header fields with their value ranges', () => {
    const plan = model('# Plan\n\n**Branch**: `001-x` | **Date**: 2025-01-31 | **Spec:** [spec](./spec.md)\n**Input**:\n')
    expect(plan.metadata.map((field) => [field.name, field.value])).toEqual([
      ['Branch', '`001-x`'],
      ['Date', '2025-01-31'],
      ['Spec', '[spec](./spec.md)'],
      ['Input', '']
    ])
    const date = plan.metadata[1]!
    expect([date.valueRange.start.line, date.valueRange.start.column, date.valueRange.end.column]).toEqual([3, 33, 43])
  })

  it('takes a soft-wrapped value on the next line of a field that ends its line', () => {
    const plan = model('# Plan\n\n**Branch**: `007-x` | **Spec**:\n[spec.md](./spec.md)\n**Date**: 2025-02-01\n\n## Summary\n')
    expect(plan.metadata.map((field) => [field.name, field.value])).toEqual([
      ['Branch', '`007-x`'],
      ['Spec', '[spec.md](./spec.md)'],
      ['Date', '2025-02-01']
    ])
    // A label on the next line is a field of its own, not the value.
    const bare = model('# Plan\n\n**Spec**:\n**Date**: 2025-02-01\n\n## Summary\n')
    expect(bare.metadata.map((field) => [field.name, field.value])).toEqual([
      ['Spec', ''],
      ['Date', '2025-02-01']
    ])
  })

  it('reads front matter as metadata and keeps code blocks as code', () => {
    const plan = model('---\nfeature: FEAT-1\n---\n\n# Plan\n\n```\n# not a heading\n```\n')
    expect(plan.frontMatter?.data).toEqual({feature: 'FEAT-1'})
    expect(plan.metadata[0]).toMatchObject({name: 'feature', value: 'FEAT-1', source: 'frontmatter'})
    expect(plan.sections.map((section) => section.text)).toEqual(['Plan'])
    expect(plan.codeBlocks).toHaveLength(1)
  })

  it('tolerates broken front matter', () => {
    const plan = model('---\n: : [\n---\n# Plan\n')
    expect(plan.frontMatter?.data).toBeUndefined()
    expect(plan.metadata).toEqual([])
  })

  it('collects blocks from deeply nested containers without recursion', () => {
    const plan = model('> '.repeat(2000) + 'x\n')
    expect(plan.sections).toEqual([])
  })
})

describe('heading matching', () => {
  it('normalises case, numbering, decoration and trailing marks', () => {
    expect(normalizeHeading('2. **Technical Context**:')).toBe('technical context')
    expect(normalizeHeading('✅ Phase 0: Research ✅')).toBe('phase 0: research')
  })

  it('offers the parenthetical and the name before a qualifier', () => {
    expect(headingForms('요약 (Summary)')).toEqual(['요약 (summary)', '요약', 'summary'])
    expect(headingForms('Project Structure — New Files')).toContain('project structure')
  })

  it('matches template sections by text and alias, preferring the template level', () => {
    const template = defineTemplate({
      id: 'demo',
      name: 'demo',
      sections: [
        {id: 'summary', text: 'Summary', aliases: ['Overview'], level: 2},
        {id: 'context', text: 'Technical Context', level: 2}
      ]
    })
    const plan = model('# T\n\n### Technical Context\n\n### Summary\n\n## Overview\n\nx\n')
    const match = matchTemplate(plan, template)
    expect(match.byId.get('summary')?.found?.text).toBe('Overview')
    expect(match.byId.get('context')?.found?.depth).toBe(3)
  })
})

describe('bracket spans', () => {
  it('skips links, images, footnotes, task boxes, escapes and indexing', () => {
    const text = '[a](b) ![i](j) [r][ref] [^1] \\[esc] list[0] - [x] [keep me]'
    expect(bracketSpans(text, false).map((span) => span.inner)).toEqual(['x', 'keep me'])
  })

  it('keeps spans on one line inside code and innermost when nested', () => {
    expect(bracketSpans('[a\nb] [c [d] e]', true).map((span) => span.inner)).toEqual(['d'])
    expect(bracketSpans('[a\nb]', false).map((span) => span.inner)).toEqual(['a\nb'])
  })
})

describe('templates', () => {
  it('reject invalid shapes with a readable path', () => {
    expect(() =>
      defineTemplate({id: 'x', name: 'x', sections: [{id: 'a', text: 'A', level: 9}]})
    ).toThrow(/at `sections\[0\]\.level`/)
    expect(() =>
      defineTemplate({id: 'x', name: 'x', placeholders: [{scope: 'text', pattern: '(', kind: 'k'}]})
    ).toThrow(/invalid regular expression/)
    expect(() =>
      defineTemplate({
        id: 'x',
        name: 'x',
        sections: [{id: 'a', text: 'A', level: 2, requirement: 'conditional', when: {present: 'nope'}}]
      })
    ).toThrow(/unknown section `nope`/)
  })
})
