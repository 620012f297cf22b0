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

function detect(value: string): string | undefined {
  const file = new VFile({value, path: 'plan.md'})
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
    expect(detect('# Implementation Plan: Search\n\n## 1. SUMMARY\n\nx\n\n## 2. QUALITY GATES\n\nx\n')).toBeUndefined()
  })

  it('leaves ordinary documents unrecognised', () => {
    expect(detect('# Tidewater\n\nA tide table library.\n\n## Install\n\n`npm i tidewater`\n\n## Summary\n\nx\n')).toBeUndefined()
    expect(detect('')).toBeUndefined()
  })
})
