/**
 * The fixtures as fuzz seeds: every Markdown file under `fixtures/`, its
 * expectation markers stripped, with the specs and research notes of its
 * folder as related documents (as test/fixtures.test.ts lints them).
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseMarkers} from '@plan-lint/core/markers'
import {relatedDocument, type FuzzCase} from './case.js'

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return markdownFiles(full)
      return entry.name.endsWith('.md') ? [full] : []
    })
}

/** Every fixture (plans, and specs and research notes too: they are Markdown the parser meets), by repository path. */
export function loadFixtures(root: string): FuzzCase[] {
  const files = markdownFiles(path.join(root, 'fixtures'))
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/')
  const text = new Map(files.map((file) => [file, parseMarkers(readFileSync(file, 'utf8')).text]))
  return files.map((file) => {
    const related: Record<string, string> = {}
    for (const sibling of files) {
      if (sibling !== file && path.dirname(sibling) === path.dirname(file) && relatedDocument.test(sibling)) {
        related[relative(sibling)] = text.get(sibling) as string
      }
    }
    return {path: relative(file), text: text.get(file) as string, related}
  })
}

/** Every distinct non-blank line of the fixtures: real plan lines to splice into generated documents. */
export function fixtureLines(fixtures: FuzzCase[]): string[] {
  const lines = new Set<string>()
  for (const fixture of fixtures) {
    for (const line of fixture.text.split(/\r\n|\r|\n/)) if (line.trim() !== '') lines.add(line)
  }
  return [...lines].sort()
}
