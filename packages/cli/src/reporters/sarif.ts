/**
 * The SARIF 2.1.0 report (`--format sarif`), shaped for GitHub code scanning:
 * one run, every rule described once in `tool.driver.rules`, results with
 * repository-relative locations and fingerprints that survive line shifts.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {rules as planRules} from '@plan-lint/rules'
import type {ArtifactLocation, Fix, Log, Region, ReportingConfiguration, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {presets} from '../presets.js'
import {planStyleUrl} from '../plugin.js'
import {relativePath, severityOf, type Severity} from '../report.js'

const sarifSchema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

const informationUri = 'https://github.com/plan-lint/plan-lint'
const srcRoot = '%SRCROOT%'
/** Key of our entry in `partialFingerprints`; bump the version when the hashed input changes. */
const fingerprintKey = 'planLint/v1'

/**
 * The info `remarkPlanLint` gives when no template style is recognised
 * (packages/cli/src/plugin.ts): not a rule, but a result all the same.
 */
const styleDescriptor: ReportingDescriptor = {
  id: 'plan-style',
  name: 'PlanStyle',
  shortDescription: {text: 'The plan follows a known template style, so every rule of its preset can run'},
  helpUri: planStyleUrl,
  defaultConfiguration: {level: 'note'}
}

type Level = NonNullable<ReportingConfiguration['level']>

const levels: Record<Severity, Level> = {error: 'error', warning: 'warning', info: 'note'}

/**
 * A rule's level in the built-in presets; where they disagree, the stricter.
 * A rule no preset turns on gets SARIF's own default.
 */
function defaultLevelOf(ruleId: string): Level {
  const settings = [...presets.values()].flatMap((preset) =>
    (preset.layouts ?? [preset]).map((layout) => layout.severities[ruleId])
  )
  if (settings.includes('error')) return 'error'
  return 'warning'
}

/** `plan-required-sections` → `PlanRequiredSections`: SARIF's readable rule name. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('')
}

function planRuleDescriptors(): ReportingDescriptor[] {
  const described = planRules.map(({meta}): ReportingDescriptor => ({
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: {text: meta.description},
    fullDescription: {text: meta.description},
    help: {text: `${meta.description}. See ${meta.url}`, markdown: `${meta.description}. See [${meta.id}](${meta.url}).`},
    helpUri: meta.url,
    defaultConfiguration: {level: defaultLevelOf(meta.id)}
  }))
  return [...described, styleDescriptor]
}

function ruleIdOf(message: VFileMessage): string {
  // GitHub needs a rule id on every result; a message from elsewhere is filed under its source.
  return message.ruleId ?? message.source ?? 'unknown'
}

/**
 * A path as a URI reference: `/` separators, each segment percent-encoded
 * (spaces, `#`, `%`, `:`, non-ASCII), so `a b#1.md` cannot be read as a
 * fragment or a scheme.
 */
function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/')
}

function artifactLocationOf(file: VFile, cwd: string): ArtifactLocation {
  const relative = relativePath(file, cwd)
  if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) {
    // Outside the folder plan-lint ran in: no `%SRCROOT%`-relative form exists.
    return {uri: pathToFileURL(path.resolve(cwd, file.path)).href}
  }
  return {uri: encodePath(relative), uriBaseId: srcRoot}
}

/**
 * unist points are 1-based and a range's end is the place just past its last
 * character; SARIF's `startColumn` is 1-based and `endColumn` is exclusive
 * too, so the numbers carry over unchanged. Columns count UTF-16 code units,
 * as JavaScript strings do (declared in `run.columnKind`).
 */
function regionOf(message: VFileMessage): Region {
  const place = message.place
  if (!place) return {startLine: 1}
  if ('start' in place) {
    return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  return {startLine: place.line, startColumn: place.column}
}

function hasRange(message: VFileMessage): boolean {
  return Boolean(message.place && 'start' in message.place)
}

function fixesOf(message: VFileMessage, location: ArtifactLocation, region: Region): Fix[] | undefined {
  if (!message.expected?.length || !hasRange(message)) return undefined
  return message.expected.map((replacement) => ({
    description: {text: replacement === '' ? 'Remove the reported text' : 'Replace the reported text with the expected text'},
    artifactChanges: [{artifactLocation: location, replacements: [{deletedRegion: region, insertedContent: {text: replacement}}]}]
  }))
}

function compareNumbers(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0)
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function byRegion(a: {region: Region; ruleId: string; text: string}, b: {region: Region; ruleId: string; text: string}): number {
  return (
    compareNumbers(a.region.startLine, b.region.startLine) ||
    compareNumbers(a.region.startColumn, b.region.startColumn) ||
    compareNumbers(a.region.endLine, b.region.endLine) ||
    compareNumbers(a.region.endColumn, b.region.endColumn) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.text, b.text)
  )
}

function fingerprint(ruleId: string, uri: string, text: string, occurrence: number): string {
  const hash = createHash('sha256').update([ruleId, uri, text].join('\0')).digest('hex')
  return `${hash}:${occurrence}`
}

function srcRootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href
  return href.endsWith('/') ? href : `${href}/`
}

export function sarifReport(files: VFile[], options: {cwd: string; version: string}): Log {
  const descriptors = planRuleDescriptors()
  const indexById = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]))
  const results: Result[] = []

  const located = files
    .map((file) => ({file, location: artifactLocationOf(file, options.cwd)}))
    .sort((a, b) => compareStrings(a.location.uri ?? '', b.location.uri ?? ''))

  for (const {file, location} of located) {
    const entries = file.messages
      .map((message) => ({message, region: regionOf(message), ruleId: ruleIdOf(message), text: message.reason}))
      .sort(byRegion)
    // Fingerprints leave line numbers out so an alert keeps its identity when
    // lines move; identical messages in one file are told apart by their rank.
    const seen = new Map<string, number>()
    for (const {message, region, ruleId, text} of entries) {
      let ruleIndex = indexById.get(ruleId)
      if (ruleIndex === undefined) {
        ruleIndex = descriptors.length
        descriptors.push({id: ruleId, ...(message.url ? {helpUri: message.url} : {})})
        indexById.set(ruleId, ruleIndex)
      }
      const key = [ruleId, text].join('\0')
      const occurrence = (seen.get(key) ?? 0) + 1
      seen.set(key, occurrence)
      const fixes = fixesOf(message, location, region)
      results.push({
        ruleId,
        ruleIndex,
        level: levels[severityOf(message)],
        message: {text},
        locations: [{physicalLocation: {artifactLocation: location, region}}],
        partialFingerprints: {[fingerprintKey]: fingerprint(ruleId, location.uri ?? '', text, occurrence)},
        ...(fixes ? {fixes} : {})
      })
    }
  }

  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan-lint',
            version: options.version,
            semanticVersion: options.version,
            informationUri,
            rules: descriptors
          }
        },
        originalUriBaseIds: {[srcRoot]: {uri: srcRootUri(options.cwd)}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}
