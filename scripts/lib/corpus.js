/**
 * Reading the evaluation corpus (../shared/corpus, absent on users'
 * machines): its SOURCES.tsv rows, and each repository's folder layout
 * rebuilt in a temporary folder so plans sit beside their specs at their
 * real paths (with a `.git` marker making each repository a project root).
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const corpus = path.join(repoRoot, '../shared/corpus')

/** SOURCES.tsv as `{file, style, repo, path, kind}` rows; exits with a message when the corpus is absent. */
export function readSources() {
  if (!existsSync(path.join(corpus, 'SOURCES.tsv'))) {
    console.error(`eval: no corpus at ${corpus}`)
    process.exit(2)
  }
  return readSourcesFrom(corpus)
}

/** The rows of a labelled folder's SOURCES.tsv. */
export function readSourcesFrom(folder) {
  return readFileSync(path.join(folder, 'SOURCES.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [file, style, repo, filePath, , kind] = line.split('\t')
      return {file, style, repo, path: filePath, kind}
    })
}

/** The preset each corpus style label stands for (`other`: none). */
export const presetOfLabel = {
  'spec-kit': 'spec-kit',
  numbered: 'spec-kit-gates',
  speckitadv: 'speckitadv',
  'feature-plan': 'spec-plan',
  'technical-plan': 'technical-plan',
  other: null
}

/** Plans, and templates of plans (not spec templates or guides). */
export function isPlanDocument(row) {
  if (row.kind === 'plan') return true
  return row.kind === 'template' && /plan/i.test(path.basename(row.path)) && !/spec-template/i.test(row.path)
}

/** Where a row is placed in its rebuilt repository: templates (several versions share a path) under their own names. */
export function placementOf(row) {
  const relative = row.kind === 'template' ? `templates-eval/${row.file.replace(/[^\w.@-]/g, '_')}` : row.path
  return relative.endsWith('.md') ? relative : `${relative}.md`
}

/** The folder a row's repository is rebuilt in, under `work`. */
export function repositoryRoot(work, row) {
  return path.join(work, row.repo.replace('/', '__'))
}

/** Copy a row's file (from `from`, the corpus by default) to `relative` inside its rebuilt repository; returns the absolute target. */
export function place(work, row, relative = row.path, from = corpus) {
  const root = repositoryRoot(work, row)
  const target = path.join(root, relative)
  mkdirSync(path.dirname(target), {recursive: true})
  mkdirSync(path.join(root, '.git'), {recursive: true})
  copyFileSync(path.join(from, row.file), target)
  return target
}
