/**
 * Cross-document access: the spec and research notes a plan answers to.
 *
 * A plan names its spec in a header field (`**Spec**: [spec.md](./spec.md)`)
 * or finds it by convention (`spec.md` beside `plan.md`, `FEAT-001-spec.md`
 * beside `FEAT-001-plan.md`). Targets are confined to the project root (the
 * git root above the working folder, else the working folder): a target
 * outside it, directly or through a symlink, is a problem to report and is
 * never opened. Documents are read with to-vfile and parsed once per run:
 * a spec shared by several plans, or linted in the same run, is parsed once
 * (see documents.ts), and re-read only when its modification time or size
 * changes.
 *
 * Reads are synchronous on purpose: unified-engine flushes a run when every
 * file has reached its queue, and a file that gains fatal messages while a
 * rule awaits I/O is skipped by that check, which can stall the whole run.
 * Specs are small and cached; a synchronous read costs less than that risk.
 */
import {existsSync, lstatSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readSync} from 'to-vfile'
import type {VFile} from 'vfile'
import {clearParsedDocuments, parseAhead, parsedDocument} from './documents.js'
import {getPlanModel, type MetadataField, type PlanModel, type Range} from './plan-model.js'
import type {RelatedDocumentSpec, Template} from './template.js'

export type RelatedKind = 'spec' | 'research'

export interface RelatedDocument {
  kind: RelatedKind
  /** Real absolute path. */
  path: string
  /** Path relative to the plan's folder, with `/` separators (for messages). */
  relative: string
  /** Found through a link in the plan, or by file-name convention. */
  via: 'link' | 'convention'
  model: PlanModel
}

export type RelatedProblemReason = 'outside-root' | 'not-found' | 'not-a-file' | 'unreadable'

export interface RelatedProblem {
  kind: RelatedKind
  reason: RelatedProblemReason
  /** The link target as written. */
  target: string
  /** The field holding the link. */
  field: MetadataField
  /** Where the link is written in the plan. */
  place: Range
}

export interface RelatedDocuments {
  /** The project root targets are confined to; `undefined` for a plan without a path. */
  root: string | undefined
  spec: RelatedDocument | undefined
  research: RelatedDocument | undefined
  problems: RelatedProblem[]
  /** The field that names each kind of document, when the plan has one. */
  fields: Partial<Record<RelatedKind, MetadataField>>
}

/** Documents read (the last few hundred real paths) and parsed in this process, for tests and the benchmark. */
export const relatedDocumentStats = {parses: 0, reads: [] as string[]}

interface Loaded {
  file: VFile
  model: PlanModel
}

interface Stored {
  stamp: string
  document: Loaded | undefined
}

const store = new Map<string, Stored>()
const storeLimit = 512

/** Forget every read document (the language server calls this when files change). */
export function clearRelatedDocuments(): void {
  store.clear()
  realFolders.clear()
  clearParsedDocuments()
}

function load(realPath: string): Loaded | undefined {
  const stats = statSync(realPath)
  const stamp = `${stats.mtimeMs}:${stats.size}`
  const stored = store.get(realPath)
  if (stored && stored.stamp === stamp) {
    // Keep recently used documents at the end (least recently used goes first).
    store.delete(realPath)
    store.set(realPath, stored)
    return stored.document
  }
  relatedDocumentStats.reads.push(realPath)
  // A long-lived language server must not grow this list without end.
  if (relatedDocumentStats.reads.length > 1000) relatedDocumentStats.reads.splice(0, 500)
  const file = readSync(realPath)
  const bytes = file.value as Uint8Array | string
  let document: Loaded | undefined
  // A binary file is not a document.
  if (typeof bytes === 'string' || !bytes.includes(0)) {
    const text = String(bytes)
    // Linted in this run too: the tree its linting parsed (one parse per document).
    const known = parsedDocument(realPath, text)
    if (known) document = {file: known.file, model: getPlanModel(known.tree, known.file)}
    else {
      file.value = text
      const tree = parseAhead(file)
      relatedDocumentStats.parses++
      document = {file, model: getPlanModel(tree, file)}
    }
  }
  store.set(realPath, {stamp, document})
  if (store.size > storeLimit) store.delete(store.keys().next().value as string)
  return document
}

const gitRoots = new Map<string, string | undefined>()

/** The nearest folder at or above `folder` holding `.git`. */
function gitRootOf(folder: string): string | undefined {
  if (gitRoots.has(folder)) return gitRoots.get(folder)
  let current = folder
  let found: string | undefined
  for (;;) {
    try {
      lstatSync(path.join(current, '.git'))
      found = current
      break
    } catch {
      const parent = path.dirname(current)
      if (parent === current) break
      current = parent
    }
  }
  gitRoots.set(folder, found)
  return found
}

/** Real paths of folders (the working folder, plan folders): every plan in a folder asks for the same one. */
const realFolders = new Map<string, string>()

function realFolderOf(folder: string): string {
  let real = realFolders.get(folder)
  if (real === undefined) {
    real = realOrSelf(folder)
    // A process that never clears (a long-lived library user) keeps a bounded list.
    if (realFolders.size >= 4096) realFolders.clear()
    realFolders.set(folder, real)
  }
  return real
}

function realOrSelf(target: string): string {
  try {
    return realpathSync.native(target)
  } catch {
    return path.resolve(target)
  }
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * The project root of a plan: the git root above the working folder, else the
 * working folder; for a plan outside it, the git root above the plan, else
 * the plan's folder.
 */
export function projectRootOf(planPath: string, cwd: string): string {
  const realCwd = realFolderOf(cwd)
  const base = gitRootOf(realCwd) ?? realCwd
  const planFolder = realFolderOf(path.dirname(planPath))
  if (isInside(planFolder, base)) return base
  return gitRootOf(planFolder) ?? planFolder
}

type Target = {kind: 'path'; value: string} | {kind: 'none'}

// No `[` inside the text, the target or the title: each `[` then starts one
// scan, not one to the end of the value (quadratic on `[](` repeated).
const markdownLink = /\[[^[\]]*\]\(\s*<?([^)\s>[]+)>?(?:\s+["'(][^)[]*|\s*)\)/
const scheme = /^[a-z][a-z0-9+.-]*:/i

/** The path a field value links to, if it links to a local file at all. */
export function linkTargetOf(value: string): Target {
  const trimmed = value.trim()
  // A field value is a line; a link in it is short. Longer text is no link
  // (and is not worth a regular expression's time).
  if (trimmed.length > 2048) return {kind: 'none'}
  let raw: string | undefined
  const link = markdownLink.exec(trimmed)
  if (link) raw = link[1]
  else {
    const code = /^`([^`]+)`/.exec(trimmed)
    raw = code ? code[1] : trimmed.split(/\s+/)[0]
  }
  if (!raw) return {kind: 'none'}
  raw = raw.replace(/[#?][\s\S]*$/, '')
  if (raw === '') return {kind: 'none'}
  // A template placeholder (`docs/features/[FEAT-XXX]-spec.md`) is not a path yet.
  if (/[[\]<>{}]/.test(raw)) return {kind: 'none'}
  if (/^file:/i.test(raw)) {
    try {
      return {kind: 'path', value: fileURLToPath(raw)}
    } catch {
      return {kind: 'none'}
    }
  }
  if (scheme.test(raw) && !/^[a-z]:[\\/]/i.test(raw)) return {kind: 'none'}
  try {
    raw = decodeURIComponent(raw)
  } catch {
    // Keep the text as written.
  }
  // An id such as `SPEC-118` is not a path.
  if (!/[\\/]/.test(raw) && !/\.(?:md|markdown|mdx|txt)$/i.test(raw)) return {kind: 'none'}
  return {kind: 'path', value: raw}
}

type Resolution =
  | {status: 'found'; path: string}
  | {status: 'missing'}
  | {status: 'problem'; reason: RelatedProblemReason}

/**
 * Resolve candidates in order, never touching one that lies outside the root
 * (lexically, or once symlinks are resolved).
 */
function resolveCandidates(candidates: string[], root: string, self: string): Resolution {
  let problem: RelatedProblemReason | undefined
  for (const candidate of candidates) {
    if (!isInside(candidate, root)) {
      problem ??= 'outside-root'
      continue
    }
    // Most candidates (a spec by convention, a research file) do not exist:
    // asking first spares the thrown error of a failed realpath.
    if (!existsSync(candidate)) continue
    let real: string
    try {
      real = realpathSync.native(candidate)
    } catch {
      continue
    }
    if (!isInside(real, root)) {
      problem ??= 'outside-root'
      continue
    }
    if (real === self) continue
    try {
      const stats = statSync(real)
      if (!stats.isFile()) {
        problem ??= 'not-a-file'
        continue
      }
    } catch {
      continue
    }
    return {status: 'found', path: real}
  }
  return problem ? {status: 'problem', reason: problem} : {status: 'missing'}
}

function candidatesFor(target: string, planFolder: string, root: string): string[] {
  if (path.isAbsolute(target) || /^[a-z]:[\\/]/i.test(target)) {
    // `/specs/001/spec.md` is how a repository-absolute link is written.
    return [path.join(root, target), path.resolve(target)]
  }
  const candidates = [path.resolve(planFolder, target)]
  if (!/^\.\.?[\\/]/.test(target)) candidates.push(path.resolve(root, target))
  return candidates
}

/** `{name}` of a convention: the plan's file name without `-plan.md` / `.md` (`''` for `plan.md`). */
export function conventionStem(planPath: string): string {
  return path.basename(planPath).replace(/(?:[-_.]?plan)?\.(?:md|markdown|mdx)$/i, '')
}

function conventionNames(spec: RelatedDocumentSpec, planPath: string): string[] {
  const name = conventionStem(planPath)
  return spec.conventions.flatMap((pattern) => {
    if (pattern.includes('{name}')) return name === '' ? [] : [pattern.replaceAll('{name}', name)]
    return [pattern]
  })
}

function findField(model: PlanModel, names: string[]): MetadataField | undefined {
  const wanted = new Set(names.map((name) => name.toLowerCase()))
  return model.metadata.find((field) => wanted.has(field.key))
}

function relatedOf(
  kind: RelatedKind,
  spec: RelatedDocumentSpec | undefined,
  model: PlanModel,
  planPath: string,
  realPlan: string,
  root: string,
  result: RelatedDocuments
): void {
  if (!spec) return
  const planFolder = path.dirname(realPlan)
  const field = findField(model, spec.fields)
  if (field) result.fields[kind] = field
  const place = field?.valueRange

  const accept = (found: string, via: 'link' | 'convention', target = '') => {
    let loaded: Loaded | undefined
    try {
      loaded = load(found)
    } catch {
      loaded = undefined
    }
    if (!loaded) {
      if (field && place && via === 'link') {
        result.problems.push({kind, reason: 'unreadable', target, field, place})
      }
      return false
    }
    result[kind] = {
      kind,
      path: found,
      relative: path.relative(planFolder, found).split(path.sep).join('/'),
      via,
      model: loaded.model
    }
    return true
  }

  if (field && place) {
    const target = linkTargetOf(field.value)
    if (target.kind === 'path') {
      const resolution = resolveCandidates(candidatesFor(target.value, planFolder, root), root, realPlan)
      if (resolution.status === 'found') {
        if (accept(resolution.path, 'link', target.value)) return
      } else {
        result.problems.push({
          kind,
          reason: resolution.status === 'problem' ? resolution.reason : 'not-found',
          target: target.value,
          field,
          place
        })
      }
    }
  }

  // By convention, also when the link is broken: traceability still has a
  // spec to read while the broken link is reported.
  const names = conventionNames(spec, planPath)
  const resolution = resolveCandidates(
    names.map((name) => path.resolve(planFolder, name)),
    root,
    realPlan
  )
  if (resolution.status === 'found') accept(resolution.path, 'convention')
}

const memo = new WeakMap<PlanModel, WeakMap<Template, RelatedDocuments>>()

/**
 * The spec and research notes of a plan, as the template says to find them.
 * Memoised per plan model and template: every rule of a run shares one lookup.
 */
export function getRelatedDocuments(model: PlanModel, template: Template): RelatedDocuments {
  let byTemplate = memo.get(model)
  if (!byTemplate) {
    byTemplate = new WeakMap()
    memo.set(model, byTemplate)
  }
  let pending = byTemplate.get(template)
  if (!pending) {
    pending = findRelated(model, template)
    byTemplate.set(template, pending)
  }
  return pending
}

function findRelated(model: PlanModel, template: Template): RelatedDocuments {
  const result: RelatedDocuments = {root: undefined, spec: undefined, research: undefined, problems: [], fields: {}}
  const {spec, research} = template.traceability
  const planPath = model.file.path
  if ((!spec && !research) || !planPath) return result
  const absolute = path.resolve(model.file.cwd, planPath)
  const root = projectRootOf(absolute, model.file.cwd)
  result.root = root
  const realPlan = realOrSelf(absolute)
  relatedOf('spec', spec, model, absolute, realPlan, root, result)
  relatedOf('research', research, model, absolute, realPlan, root, result)
  return result
}
