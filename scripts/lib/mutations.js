/**
 * Defect classes for the recall run: each injects one defect the rules exist
 * for into a real plan, at a known line, and names the rule that must report
 * it there. `apply(text, preset)` returns the mutated text and the 1-based
 * line(s) where the finding belongs, or `undefined` when the plan offers no
 * place for the defect (no header field, no second section, ...).
 */
import {getPlanModel, matchTemplate, sectionOffsets} from '@plan-lint/core'
import {pickLayout} from '@plan-lint/rules'
import {presets} from 'plan-lint'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'

const parser = unified().use(remarkParse).use(remarkFrontmatter)

/** The plan's model and the template of its preset (the layout it follows, for spec-kit-gates). */
function analyse(text, preset) {
  const file = new VFile({value: text, path: 'plan.md'})
  const tree = parser.parse(file)
  const model = getPlanModel(tree, file)
  const chosen = presets.get(preset)
  const template = chosen.layouts ? pickLayout(chosen.layouts, tree, file).template : chosen.template
  return {model, template, match: matchTemplate(model, template)}
}

/** The byte order mark the plan model leaves out of its source, if the text has one. */
function bom(text) {
  return text.startsWith('\uFEFF') ? '\uFEFF' : ''
}

function splitLines(text) {
  return text.split('\n')
}

/** Lines inside fenced code, front matter and HTML comments (never a place for prose). */
function codeLines(lines) {
  const inside = new Set()
  let fence
  let comment = false
  let frontMatter = lines[0]?.trim() === '---'
  lines.forEach((line, index) => {
    if (frontMatter) {
      inside.add(index)
      if (index > 0 && line.trim() === '---') frontMatter = false
      return
    }
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (fence) {
      inside.add(index)
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = undefined
      return
    }
    if (marker) {
      fence = marker[1]
      inside.add(index)
      return
    }
    if (comment || line.includes('<!--')) {
      inside.add(index)
      comment = !line.includes('-->') || line.lastIndexOf('<!--') > line.lastIndexOf('-->')
    }
  })
  return inside
}

/** The first top-level template section (not boilerplate) found in the plan, after which prose can go. */
function firstContentSection(analysis) {
  return analysis.match.sections.find(
    (entry) => entry.found && !entry.parent && !entry.section.boilerplate && !entry.section.allowEmpty
  )?.found
}

/** Insert `block` (lines) after a section heading; returns the text and the first inserted line. */
function insertAfterHeading(text, section, block) {
  const lines = splitLines(text)
  const headingEnd = section.heading.position.end.line // 1-based, last line of the heading
  const inserted = ['', ...block, '']
  lines.splice(headingEnd, 0, ...inserted)
  return {text: lines.join('\n'), line: headingEnd + 2}
}

const datePlaceholder = {'spec-kit': '[DATE]', speckitadv: '[DATE]', 'spec-kit-gates': '[DATE]', 'spec-plan': '[YYYY-MM-DD]', 'technical-plan': 'YYYY-MM-DD'}
const citation = {'spec-kit': 'FR-987', speckitadv: 'FR-987', 'spec-plan': 'AC987'}

export const mutations = [
  {
    id: 'placeholder in a header field',
    rule: 'plan-no-placeholders',
    apply(text) {
      const lines = splitLines(text)
      const code = codeLines(lines)
      const index = lines.findIndex((line, at) => !code.has(at) && /^\s*(?:[-*]\s+)?\*\*[^*\n]{2,40}?(?::\*\*|\*\*\s*:)\s*\S/.test(line))
      if (index === -1) return undefined
      // Keep a CRLF file's `\r`.
      lines[index] = lines[index].replace(/((?::\*\*|\*\*\s*:)\s*)[^\r]*/, '$1[e.g., to be decided]')
      return {text: lines.join('\n'), lines: [index + 1]}
    }
  },
  {
    id: 'option label in the structure tree',
    rule: 'plan-no-option-labels',
    presets: ['spec-kit', 'speckitadv', 'spec-kit-gates'],
    apply(text) {
      const lines = splitLines(text)
      // The first fenced block under a structure heading, else the first fenced block.
      const structure = lines.findIndex((line) => /^#{2,4}\s.*(?:structure|source code)/i.test(line))
      const fenceAfter = (from) => lines.findIndex((line, at) => at >= from && /^\s{0,3}(`{3,}|~{3,})/.test(line))
      let fence = structure === -1 ? -1 : fenceAfter(structure)
      if (fence === -1) fence = fenceAfter(0)
      if (fence === -1) return undefined
      lines.splice(fence + 1, 0, '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)')
      return {text: lines.join('\n'), lines: [fence + 2]}
    }
  },
  {
    id: 'NEEDS CLARIFICATION in a section',
    rule: 'plan-rqs-resolved',
    apply(text, preset) {
      const section = firstContentSection(analyse(text, preset))
      if (!section) return undefined
      const {text: mutated, line} = insertAfterHeading(text, section, ['Retention of the exported files: [NEEDS CLARIFICATION: how long are they kept?]'])
      return {text: mutated, lines: [line]}
    }
  },
  {
    id: 'placeholder date',
    rule: 'plan-no-placeholders',
    apply(text, preset) {
      const lines = splitLines(text)
      const code = codeLines(lines)
      const index = lines.findIndex((line, at) => !code.has(at) && /\b20\d\d-\d\d-\d\d\b/.test(line) && /\*\*|\|/.test(line))
      if (index === -1) return undefined
      lines[index] = lines[index].replace(/\b20\d\d-\d\d-\d\d\b/, datePlaceholder[preset] ?? '[DATE]')
      return {text: lines.join('\n'), lines: [index + 1]}
    }
  },
  {
    id: 'required section dropped',
    rule: 'plan-required-sections',
    apply(text, preset) {
      const {match, model} = analyse(text, preset)
      const top = match.sections.filter((entry) => !entry.parent && entry.found)
      // A required section after another found one: the rule reports the
      // missing section at the heading it should follow.
      const index = top.findIndex((entry, at) => at > 0 && entry.requirement === 'required' && entry.found.depth === entry.section.level)
      if (index === -1) return undefined
      const dropped = top[index].found
      // The section with its subsections, as the plan model bounds it.
      const [from, to] = sectionOffsets(model, dropped)
      const mutated = bom(text) + model.source.slice(0, from) + model.source.slice(to)
      // Where the rule reports: the heading of the section before it (lines above are unchanged).
      const before = top[index - 1].found.heading.position.start.line
      return {text: mutated, lines: [before]}
    }
  },
  {
    id: 'two sections swapped',
    rule: 'plan-section-order',
    apply(text, preset) {
      const {match, model} = analyse(text, preset)
      const ordered = match.sections.filter((entry) => !entry.parent && entry.found && entry.section.ordered !== false)
      ordered.sort((a, b) => a.found.index - b.found.index)
      // Two neighbouring template sections, each a whole top-level block.
      for (let at = 0; at + 1 < ordered.length; at++) {
        const first = ordered[at].found
        const second = ordered[at + 1].found
        if (first.depth !== second.depth) continue
        const siblings = model.sections.filter((section) => section.depth <= first.depth && section.index > first.index && section.index < second.index)
        if (siblings.length > 0) continue
        // Each section with its subsections, as the plan model bounds them.
        const [aStart, bStart] = [sectionOffsets(model, first)[0], sectionOffsets(model, second)[0]]
        const bEnd = sectionOffsets(model, second)[1]
        const source = model.source
        const eol = source.includes('\r\n') ? '\r\n' : '\n'
        // The moved block ends with one blank line before what follows it.
        const blockB = source.slice(bStart, bEnd).replace(/(?:\r?\n)*$/, eol + eol)
        const mutated = bom(text) + source.slice(0, aStart) + blockB + source.slice(aStart, bStart) + source.slice(bEnd)
        // The moved section is reported on its heading: either of the two.
        const a = first.heading.position.start.line
        return {text: mutated, lines: [a, a + (blockB.match(/\n/g) ?? []).length]}
      }
      return undefined
    }
  },
  {
    id: 'dangling spec id',
    rule: 'plan-success-criteria-traced',
    presets: ['spec-kit', 'speckitadv', 'spec-plan'],
    apply(text, preset) {
      const section = firstContentSection(analyse(text, preset))
      if (!section) return undefined
      const {text: mutated, line} = insertAfterHeading(text, section, [`This also settles ${citation[preset]} of the spec.`])
      return {text: mutated, lines: [line]}
    }
  }
]
