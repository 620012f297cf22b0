/**
 * `auto` assumes a template style only with enough evidence, so a document
 * of another family never gets a wall of "missing section" findings.
 */
import type {Root} from 'mdast'
import {detectPreset} from 'plan-lint'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

function detect(value: string, path = 'plan.md'): string | undefined {
  const file = new VFile({value, path})
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(file) as Root
  return detectPreset(tree, file)?.id
}

describe('auto preset detection', () => {
  it('recognises a spec-kit plan by title, sections and header fields', () => {
    expect(
      detect(
        '# Implementation Plan: Search\n\n**Branch**: `001-search` | **Date**: 2026-01-02 | **Spec**: [spec](./spec.md)\n\n## Summary\n\nx\n\n## Technical Context\n\nx\n\n## Constitution Check\n\nx\n'
      )
    ).toBe('spec-kit')
  })

  it('recognises a translated spec-kit plan by its sections and fields', () => {
    expect(
      detect('# 実装計画: 検索\n\n**ブランチ**: `001-x` | **日付**: 2026-01-02 | **仕様**: spec.md\n\n## 概要\n\nx\n\n## 技術コンテキスト\n\nx\n')
    ).toBe('spec-kit')
  })

  it('does not take a shared title word and one section name for a style', () => {
    expect(detect('# Implementation Plan: Search\n\n## 1. SUMMARY\n\nx\n\n## Notes\n\nx\n')).toBeUndefined()
  })

  it('takes two distinctive sections of the numbered family for spec-kit-gates', () => {
    expect(detect('# Implementation Plan: Search\n\n## 1. SUMMARY\n\nx\n\n## 2. QUALITY GATES\n\nx\n')).toBe('spec-kit-gates')
  })

  it('recognises a spec-plan feature plan by its distinctive sections', () => {
    const plan =
      '# Implementation Plan: Saved Searches\n\n**Feature ID**: FEAT-014\n\n## Research Summary\n\nx\n\n## Architecture Overview\n\nx\n\n## API Contracts\n\nx\n\n## Technical Decisions\n\nx\n'
    expect(detect(plan)).toBe('spec-plan')
    expect(detect(plan, 'docs/features/FEAT-014-plan.md')).toBe('spec-plan')
  })

  it('does not take the generic sections every plan family has for spec-plan', () => {
    // Testing, security, dependencies and risks are in every family's template.
    const generic =
      '# Implementation Plan: Search\n\n**Feature ID**: 002\n\n## Architecture Overview\n\nx\n\n## Testing Strategy\n\nx\n\n## Security Considerations\n\nx\n\n## Dependencies\n\nx\n\n## Risks & Mitigation\n\nx\n\n## Success Criteria\n\nx\n'
    expect(detect(generic)).toBeUndefined()
  })

  it('leaves ordinary documents unrecognised', () => {
    expect(detect('# Tidewater\n\nA tide table library.\n\n## Install\n\n`npm i tidewater`\n\n## Summary\n\nx\n')).toBeUndefined()
    expect(detect('')).toBeUndefined()
  })
})
