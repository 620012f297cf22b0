import {
  type PlanRulePlugin,
  defineRule,
  describeValue,
  conventionStem,
  findPlaceholders,
  getRelatedDocuments,
  templateRuleOptions,
  type MetadataField,
  linkTargetOf,
  type MetadataFieldSpec,
  type Place,
  type PlaceholderFinding,
  type PlanModel,
  type Template
} from '@plan-lint/core'

export const planMetadata: PlanRulePlugin = defineRule({
  id: 'plan-metadata',
  description: 'Header fields the template requires (branch, date, spec link, feature id) are present and valid',
  options: templateRuleOptions,
  notes: [
    'Dates may be ISO (`2025-09-27`), written out (`January 29, 2026`, `5 December 2025`), numeric with slashes, or CJK (`2026年2月17日`, `2025년 5월 5일`).',
    'A header branch is its first token, so `` `master` (dev branch) `` is valid; a placeholder value is left to `plan-no-placeholders`.',
    'The spec link (and a research-notes link) must resolve to a file inside the project root: the git root above the working folder, else the working folder. A link may be relative to the plan (`./spec.md`), to the project root (`specs/001-x/spec.md`, `/specs/001-x/spec.md`), or a `file://` URL; a target outside the root, also through a symlink, is reported and never opened.',
    'A value that is an id rather than a path (`**Spec:** SPEC-118`) is not resolved; the spec is then looked for by convention (`spec.md` beside `plan.md`, `FEAT-001-spec.md` beside `FEAT-001-plan.md`), and only when none is found is the spec reported missing, once.',
    'When a link is broken but a spec exists by convention, the traceability rules read that spec while this rule reports the link.'
  ],
  messages: {
    missing: ({field}: {field: string}) =>
      `Missing metadata field \`${field}\`, expected it in the plan header`,
    empty: ({field}: {field: string}) => `Unexpected empty metadata field \`${field}\`, expected a value`,
    invalidDate: ({field, value}: {field: string; value: string}) =>
      `Unexpected date \`${value}\` in \`${field}\`, expected a calendar date such as \`2025-01-31\``,
    invalidBranch: ({field, value}: {field: string; value: string}) =>
      `Unexpected branch \`${value}\` in \`${field}\`, expected a branch name such as \`001-feature-name\``,
    invalidLink: ({field, value}: {field: string; value: string}) =>
      `Unexpected value \`${value}\` in \`${field}\`, expected a link or path to the document, or its id`,
    linkOutsideRoot: ({field, target}: {field: string; target: string}) =>
      `Unexpected link \`${target}\` in \`${field}\` to a file outside the project root, expected a path inside the project (the file was not read)`,
    linkNotFound: ({field, target}: {field: string; target: string}) =>
      `Unexpected link \`${target}\` in \`${field}\` to a file that does not exist, expected a path relative to the plan or the project root`,
    linkNotAFile: ({field, target}: {field: string; target: string}) =>
      `Unexpected link \`${target}\` in \`${field}\` to something that is not a file, expected a Markdown file`,
    linkUnreadable: ({field, target}: {field: string; target: string}) =>
      `Unexpected link \`${target}\` in \`${field}\` to a file that cannot be read as text, expected a Markdown file`,
    specMissing: ({looked}: {looked: string}) =>
      `Missing spec for this plan, expected a spec link in the header or ${looked} beside the plan`
  },
  check({model, options, report}) {
    const {template} = options
    if (template.metadata.length === 0) return
    const placeholders = findPlaceholders(model, template)
    const anchor = headerAnchor(model)

    for (const spec of template.metadata) {
      const field = findField(model.metadata, spec)
      if (!field) {
        if (spec.required) report('missing', {field: spec.name}, anchor)
        continue
      }
      const value = unwrap(field.value)
      if (value === '') {
        report('empty', {field: field.name}, field.label)
        continue
      }
      // A placeholder value is plan-no-placeholders' finding; one is enough.
      const start = field.valueRange.start.offset
      const end = field.valueRange.end.offset
      if (placeholders.some((finding) => finding.start < end && finding.end > start)) continue
      if (spec.format === 'date' && !isDate(value)) {
        report('invalidDate', {field: field.name, value: describeValue(value)}, field.valueRange)
      } else if (spec.format === 'branch' && !isBranch(field.value, field.source === 'frontmatter')) {
        report('invalidBranch', {field: field.name, value: describeValue(value)}, field.valueRange)
      } else if (spec.format === 'link' && !isLink(field.value)) {
        report('invalidLink', {field: field.name, value: describeValue(value)}, field.valueRange)
      }
    }
    checkRelated(model, template, placeholders, anchor, report)
  }
})

const problemMessages = {
  'outside-root': 'linkOutsideRoot',
  'not-found': 'linkNotFound',
  'not-a-file': 'linkNotAFile',
  unreadable: 'linkUnreadable'
} as const

type Report = (
  id: 'linkOutsideRoot' | 'linkNotFound' | 'linkNotAFile' | 'linkUnreadable' | 'specMissing',
  data: {field: string; target: string} | {looked: string},
  place: Place
) => unknown

/** Links to the spec and research notes resolve inside the project; a plan has a spec. */
function checkRelated(
  model: PlanModel,
  template: Template,
  placeholders: PlaceholderFinding[],
  anchor: Place,
  report: Report
): void {
  const {spec} = template.traceability
  const related = getRelatedDocuments(model, template)
  const isPlaceholder = (field: MetadataField) => {
    const start = field.valueRange.start.offset
    const end = field.valueRange.end.offset
    return placeholders.some((finding) => finding.start < end && finding.end > start)
  }
  for (const problem of related.problems) {
    if (isPlaceholder(problem.field)) continue
    report(
      problemMessages[problem.reason],
      {field: problem.field.name, target: describeValue(problem.target)},
      problem.place
    )
  }
  if (!spec || related.root === undefined || related.spec) return
  if (related.problems.some((problem) => problem.kind === 'spec')) return
  const field = related.fields.spec
  if (field) {
    // An empty or placeholder value is reported as such; a path that does not
    // resolve is a link problem (above).
    // A web link names a spec that lives elsewhere (an issue tracker, a wiki).
    if (unwrap(field.value) === '' || isPlaceholder(field) || webLink.test(field.value)) return
    if (linkTargetOf(field.value).kind === 'path') return
  } else {
    // A required spec field that is missing is already reported.
    const names = new Set(spec.fields.map((name) => name.toLowerCase()))
    const required = template.metadata.some(
      (entry) => entry.required && [entry.name, ...(entry.aliases ?? [])].some((name) => names.has(name.toLowerCase()))
    )
    if (required) return
  }
  const stem = conventionStem(model.file.path ?? '')
  const looked = spec.conventions
    .filter((name) => stem !== '' || !name.includes('{name}'))
    .map((name) => `\`${name.replaceAll('{name}', stem)}\``)
    .join(' or ')
  report('specMissing', {looked: looked || 'a spec'}, field ? field.valueRange : anchor)
}


function findField(fields: MetadataField[], spec: MetadataFieldSpec): MetadataField | undefined {
  const names = new Set([spec.name, ...(spec.aliases ?? [])].map((name) => name.toLowerCase()))
  return fields.find((field) => names.has(field.key))
}

/** Where a missing field is reported: the header paragraph, else the title. */
function headerAnchor(model: PlanModel) {
  const first = model.metadata.find((field) => field.source === 'header')
  if (first) return first.label
  return model.title?.heading ?? model.tree.children.find((node) => node.type !== 'yaml') ?? model.tree
}

// `scheme://` anywhere: the scheme is read from the start of its run of
// scheme characters only, not again from every character of a long run.
const webLink = /(?<![a-z0-9+.-])[0-9+.-]*[a-z][a-z0-9+.-]*:\/\//i

/** The value without wrapping code, emphasis or link markup. */
function unwrap(value: string): string {
  return value
    .replace(/^\[([^\]]*)\]\([^)]*\)$/, '$1')
    .replace(/^[`*_]+|(?<![`*_])[`*_]+$/g, '')
    .trim()
}

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/
const cjkDate = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/
// `05/05/2025`: month and day order unknown, so either must be a date.
const slashDate = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/
const monthFirst = new RegExp(`^(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i')
const dayFirst = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${months})\\.?,?\\s+\\d{4}\\b`, 'i')

export function isDate(value: string): boolean {
  const iso = isoDate.exec(value) ?? cjkDate.exec(value)
  if (iso) return isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const slash = slashDate.exec(value)
  if (slash) {
    const [first, second, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])]
    return isCalendarDate(year, first, second) || isCalendarDate(year, second, first)
  }
  return monthFirst.test(value) || dayFirst.test(value)
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

const branchName = /^[\p{L}\p{N}._/-]+$/u

/**
 * In a header, `` `001-x` (a note) `` and `001-x note` name the branch by
 * their first token; a front-matter value is the name as a whole.
 */
export function isBranch(value: string, whole = false): boolean {
  const trimmed = value.trim()
  const code = /^`([^`]+)`/.exec(trimmed)
  const name = code ? (code[1] as string) : whole ? trimmed : (trimmed.split(/\s+/)[0] as string)
  return branchName.test(name) && !name.startsWith('-')
}

// A Markdown link, something path-like, a URL, or an id such as `SPEC-118`.
const linkLike = /\]\(|[/\\]|\.md\b|^[a-z][a-z0-9+.-]*:\/\/|^#|\b[A-Z][A-Z0-9]*-\d+\b/iu

export function isLink(value: string): boolean {
  return linkLike.test(value)
}
