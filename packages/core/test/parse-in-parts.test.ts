/**
 * Large documents are parsed in parts cut at headings (documents.ts), to
 * bound micromark's memory: the tree must be the one a parse of the whole
 * document gives, positions included, and a document a cut could change (a
 * definition, a fence or HTML block running across a heading, lone carriage
 * returns) must still come out right.
 */
import {readFileSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {generateCorpus, realCorpusFiles} from '../../../test/helpers/bench-corpus.js'
import {parseStats, remarkPlanSyntax} from '../src/index.js'

const planSyntax = unified().use(remarkParse).use(remarkPlanSyntax)
const whole = unified().use(remarkParse).use(remarkFrontmatter)

/** Parse `text` both ways (no file path: nothing is shared) and say whether it was cut. */
function parseBoth(text: string) {
  const before = parseStats.inParts
  const parts = planSyntax.parse(text)
  return {parts, whole: whole.parse(text), cut: parseStats.inParts > before}
}

/** Sections of ordinary plan prose, enough to pass the part size many times. */
function filler(sections: number): string {
  const out: string[] = []
  for (let index = 0; index < sections; index++) {
    out.push(
      `## Section ${index}\n\nThe service keeps *state* in **Postgres** and [links](https://example.test/${index}).\n\n` +
        `- item one\n- item two with \`code\`\n  continued\n\n> quoted ${index}\n\n` +
        '```ts\nconst x = 1\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n' +
        'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt. '.repeat(6) +
        '\n'
    )
  }
  return out.join('\n')
}

describe('parsing a large document in parts', () => {
  it('gives the whole parse for generated plans of every style, up to 200 KB', () => {
    let cut = 0
    for (const document of generateCorpus({files: 14, min: 64 * 1024, median: 120 * 1024, max: 200 * 1024})) {
      const result = parseBoth(document.text)
      expect(result.parts, document.path).toEqual(result.whole)
      if (result.cut) cut++
    }
    expect(cut).toBeGreaterThan(5)
  }, 90_000)

  const real = realCorpusFiles()
  it.skipIf(real.length === 0)('gives the whole parse for the real plans and specs of ../shared/corpus, joined into large documents', () => {
    const files = real.map((file) => readFileSync(file, 'utf8'))
    let cut = 0
    // Runs of about 20 documents: each joined document holds many kinds of block at many cuts.
    for (let start = 0; start < files.length; start += 20) {
      const text = files.slice(start, start + 20).join('\n\n')
      const result = parseBoth(text)
      expect(result.parts, `documents ${start}-${start + 19}`).toEqual(result.whole)
      if (result.cut) cut++
    }
    expect(cut).toBeGreaterThan(0)
  }, 90_000)

  const base = filler(120)
  const middle = base.indexOf('\n## Section 60\n')
  const early = base.indexOf('\n## Section 5\n')
  // Whether each is cut (`true`) or parsed in one piece (`false`).
  const cases: Array<[string, string, boolean]> = [
    ['a diagram with `]:::` classes', base.slice(0, middle) + '\n```mermaid\nflowchart LR\n  A[Admin]:::p1 --> B[Gateway]:::existing\n```\n' + base.slice(middle), true],
    ['a definition used before it', '[ref] and [^n]\n\n' + base + '\n[ref]: https://example.test\n', false],
    ['a definition in a list item', '[ref]\n\n' + base + '\n- [ref]: https://example.test\n', false],
    ['a definition in a block quote', '[ref]\n\n' + base + '\n> [ref]: https://example.test\n', false],
    ['a definition whose label runs over two lines', '[a b]\n\n' + base + '\n[a\nb]: https://example.test\n', false],
    ['a definition whose label holds an escaped bracket', '[a\\[b]\n\n' + base + '\n[a\\[b]: https://example.test\n', false],
    ['a footnote definition', base + '\n[^n]: a note\n', false],
    ['a fence left open to the end', base.slice(0, early) + '\n~~~~\n\n# not a heading\n' + base.slice(early), false],
    ['an HTML comment across many headings', base.slice(0, middle) + '\n<!--\n\n' + filler(40) + '\n-->\n' + base.slice(middle), false],
    ['indented code with a `#` line', base.slice(0, middle) + '\n    # code, not a heading\n' + base.slice(middle), true],
    ['front matter', '---\ntitle: x\n---\n\n' + base, true],
    ['CRLF line endings', base.replaceAll('\n', '\r\n'), true],
    ['lone carriage returns', base.replace('Section 10', 'Section\r10'), false]
  ]
  for (const [name, text, cut] of cases) {
    it(`gives the whole parse with ${name} (${cut ? 'in parts' : 'in one piece'})`, () => {
      const result = parseBoth(text)
      expect(result.parts).toEqual(result.whole)
      expect(result.cut).toBe(cut)
    })
  }

  it('cuts a plain large document, and leaves a small one whole', () => {
    expect(parseBoth(base).cut).toBe(true)
    expect(parseBoth(filler(5)).cut).toBe(false)
  })
})
