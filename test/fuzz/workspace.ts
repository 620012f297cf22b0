/**
 * Where fuzz cases are linted: one temporary project per process, rewritten
 * for each case with the case's related documents (and, for `--fix`, the
 * plan itself), and the in-process lint of one configuration: a preset run
 * the way test/fixtures.test.ts runs it, or `remarkPlanLint` with `auto`.
 */
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {clearRelatedDocuments} from '@plan-lint/core'
import type {Root} from 'mdast'
import {presetIds, presets, remarkPlanLint} from 'plan-lint'
import remarkParse from 'remark-parse'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import type {FuzzCase} from './case.js'

/** What a case is linted with: `auto`, then every preset. */
export const configs: string[] = presetIds

const planLint = remarkPlanLint as unknown as Plugin<[{preset: string}]>

/** A fresh processor for one configuration: nothing carries over from an earlier lint. */
function processorFor(config: string) {
  if (config === 'auto') return unified().use(remarkParse).use(planLint, {preset: 'auto'})
  const preset = presets.get(config)
  if (!preset) throw new Error(`Unknown configuration \`${config}\``)
  return unified().use(remarkParse).use(preset)
}

/**
 * Lint a file in a fresh processor (its given tree, or its text parsed); what
 * the run threw is returned, not raised.
 */
export async function lintFile(config: string, file: VFile, tree?: Root): Promise<{thrown: unknown} | undefined> {
  try {
    const processor = processorFor(config)
    await processor.run(tree ?? processor.parse(file), file)
    return undefined
  } catch (thrown) {
    return {thrown}
  }
}

export class Workspace {
  readonly root: string

  constructor() {
    this.root = realpathSync(mkdtempSync(path.join(tmpdir(), 'plan-lint-fuzz-')))
  }

  /** Absolute path of a project-relative `/`-separated path. */
  path(relative: string): string {
    return path.join(this.root, ...relative.split('/'))
  }

  /** A file of the project holding `text`, not written to disk. */
  file(relative: string, text: string): VFile {
    return new VFile({path: this.path(relative), cwd: this.root, value: text})
  }

  /** Files the last case wrote, by absolute path, with their content (`undefined`: may have changed since). */
  private written = new Map<string, string | undefined>()

  /**
   * Lay out the project for a case: its related documents, and `plan` as
   * the plan when given; files of the previous case that this one does not
   * have are removed. Read documents are forgotten: a spec rewritten within
   * the file system's timestamp granularity keeps its size and time.
   */
  prepare(fuzzCase: FuzzCase, plan?: string): void {
    const files = new Map(Object.entries(fuzzCase.related).map(([name, content]) => [this.path(name), content]))
    if (plan !== undefined) files.set(this.path(fuzzCase.path), plan)
    for (const file of this.written.keys()) if (!files.has(file)) rmSync(file, {force: true})
    for (const [file, content] of files) {
      if (this.written.get(file) === content) continue
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(file, content)
    }
    // The plan is `--fix`'s to rewrite.
    this.written = new Map([...files].map(([file, content]) => [file, plan !== undefined && file === this.path(fuzzCase.path) ? undefined : content]))
    clearRelatedDocuments()
  }

  dispose(): void {
    rmSync(this.root, {recursive: true, force: true})
  }
}
