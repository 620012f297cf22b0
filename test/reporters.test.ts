/**
 * End-to-end tests of `--format sarif` and `--format github`: the real
 * binary in throw-away projects. SARIF is checked against what the 2.1.0
 * schema requires and what GitHub code scanning reads; the GitHub format
 * against the way the Actions runner parses workflow commands
 * (actions/runner `ActionCommand.cs`), so that no plan text can issue a
 * command of its own.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Log, Result} from 'sarif'
import {afterAll, beforeAll, describe, it, type ExpectStatic} from 'vitest'
import {escapeData, escapeProperty, githubCommand} from '../packages/cli/dist/reporters/github.js'
import {linesOf, parseReport, repoRoot, runCli, type CliResult, type JsonReport} from './helpers/cli.js'
import {cleanPlan, misorderedPlan, readme} from './helpers/plans.js'
import {removeTempProjects, tempProject, type TempProject} from './helpers/project.js'

afterAll(removeTempProjects)

/** A spec-kit plan with four errors (one spanning lines) and one warning; some carry fixes. */
const knownPlan = `# Implementation Plan: Nightly Export of Search Logs

**Branch**: \`034-log-export\` | **Date**: [DATE] | **Spec**: [spec.md](./spec.md)

## Summary

Search logs are exported every night to the analytics bucket as Parquet files.

## Constitution Check

- **Small services**: one job in the existing scheduler. PASS

## Technical Context

<!--
  ACTION REQUIRED: Replace the content in this section with the technical details.
-->

**Language/Version**: Go 1.22  
**Storage**: [e.g., PostgreSQL, CoreData, files or N/A]

## Project Structure

### Source Code (repository root)

\`\`\`text
# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)
exporter/
\`\`\`
`

/** What the known plan reports, in document order: rule, JSON severity, range. */
const knownFindings = [
  ['plan-no-placeholders', 'error', 3, 42, 3, 48],
  ['plan-section-order', 'warning', 9, 1, 9, 22],
  ['plan-no-placeholders', 'error', 15, 1, 17, 4],
  ['plan-no-placeholders', 'error', 20, 14, 20, 56],
  ['plan-no-option-labels', 'error', 27, 1, 27, 56]
] as const

const docsBase = 'https://github.com/plan-lint/plan-lint/blob/main/docs/rules/'

function sarifOf(expect: ExpectStatic, result: CliResult): Log {
  let log: Log | undefined
  expect(() => (log = JSON.parse(result.stdout) as Log), result.stdout + result.stderr).not.toThrow()
  return log as Log
}

function jsonOf(expect: ExpectStatic, result: CliResult): JsonReport {
  let report: JsonReport | undefined
  expect(() => (report = parseReport(result.stdout)), result.stdout + result.stderr).not.toThrow()
  return report as JsonReport
}

// ---------------------------------------------------------------------------
// A compact structural checker for the SARIF 2.1.0 schema: for every object
// plan-lint writes, its required properties, the types, enums and minimums
// of the properties it uses, and no property the schema does not define
// (the schema sets `additionalProperties: false` on all of them).

type Schema =
  | {type: 'object'; required?: string[]; oneOfRequired?: string[][]; properties: Record<string, Schema>; values?: Schema}
  | {type: 'array'; items: Schema; minItems?: number}
  | {type: 'string'; enum?: string[]; format?: 'uri' | 'uri-reference'}
  | {type: 'integer'; minimum?: number}
  | {type: 'boolean'}
  | {type: 'any'}
  | {ref: string}

const any: Schema = {type: 'any'}
const string: Schema = {type: 'string'}
const ref = (name: string): Schema => ({ref: name})
const arrayOf = (items: Schema, minItems?: number): Schema => ({type: 'array', items, ...(minItems ? {minItems} : {})})
const integer = (minimum?: number): Schema => ({type: 'integer', ...(minimum === undefined ? {} : {minimum})})
/** Properties the schema defines but plan-lint does not write: allowed, not inspected. */
const unchecked = (names: string): Record<string, Schema> => Object.fromEntries(names.split(' ').map((name) => [name, any]))

const sarifDefinitions: Record<string, Schema> = {
  log: {
    type: 'object',
    required: ['version', 'runs'],
    properties: {
      $schema: {type: 'string', format: 'uri'},
      version: {type: 'string', enum: ['2.1.0']},
      runs: arrayOf(ref('run')),
      ...unchecked('inlineExternalProperties properties')
    }
  },
  run: {
    type: 'object',
    required: ['tool'],
    properties: {
      tool: ref('tool'),
      originalUriBaseIds: {type: 'object', properties: {}, values: ref('artifactLocation')},
      results: arrayOf(ref('result')),
      columnKind: {type: 'string', enum: ['utf16CodeUnits', 'unicodeCodePoints']},
      ...unchecked(
        'invocations conversion language versionControlProvenance artifacts logicalLocations graphs automationDetails ' +
          'runAggregates baselineGuid redactionTokens defaultEncoding defaultSourceLanguage newlineSequences ' +
          'externalPropertyFileReferences threadFlowLocations taxonomies addresses translations policies webRequests ' +
          'webResponses specialLocations properties'
      )
    }
  },
  tool: {type: 'object', required: ['driver'], properties: {driver: ref('toolComponent'), extensions: arrayOf(ref('toolComponent')), properties: any}},
  toolComponent: {
    type: 'object',
    required: ['name'],
    properties: {
      name: string,
      version: string,
      semanticVersion: string,
      informationUri: {type: 'string', format: 'uri'},
      rules: arrayOf(ref('reportingDescriptor')),
      shortDescription: ref('multiformatMessageString'),
      fullDescription: ref('multiformatMessageString'),
      ...unchecked(
        'guid organization product productSuite fullName dottedQuadFileVersion releaseDateUtc downloadUri ' +
          'globalMessageStrings notifications taxa locations language contents isComprehensive ' +
          'localizedDataSemanticVersion minimumRequiredLocalizedDataSemanticVersion associatedComponent ' +
          'translationMetadata supportedTaxonomies properties'
      )
    }
  },
  reportingDescriptor: {
    type: 'object',
    required: ['id'],
    properties: {
      id: string,
      name: string,
      shortDescription: ref('multiformatMessageString'),
      fullDescription: ref('multiformatMessageString'),
      help: ref('multiformatMessageString'),
      helpUri: {type: 'string', format: 'uri'},
      defaultConfiguration: ref('reportingConfiguration'),
      ...unchecked('deprecatedIds guid deprecatedGuids deprecatedNames messageStrings relationships properties')
    }
  },
  reportingConfiguration: {
    type: 'object',
    properties: {
      enabled: {type: 'boolean'},
      level: {type: 'string', enum: ['none', 'note', 'warning', 'error']},
      ...unchecked('rank parameters properties')
    }
  },
  multiformatMessageString: {type: 'object', required: ['text'], properties: {text: string, markdown: string, properties: any}},
  result: {
    type: 'object',
    required: ['message'],
    properties: {
      ruleId: string,
      ruleIndex: integer(-1),
      level: {type: 'string', enum: ['none', 'note', 'warning', 'error']},
      message: ref('message'),
      locations: arrayOf(ref('location')),
      partialFingerprints: {type: 'object', properties: {}, values: string},
      fixes: arrayOf(ref('fix')),
      ...unchecked(
        'rule kind analysisTarget guid correlationGuid occurrenceCount fingerprints stacks codeFlows graphs ' +
          'graphTraversals relatedLocations suppressions baselineState rank attachments hostedViewerUri workItemUris ' +
          'provenance taxa webRequest webResponse properties'
      )
    }
  },
  message: {
    type: 'object',
    oneOfRequired: [['text'], ['id']],
    properties: {text: string, markdown: string, id: string, ...unchecked('arguments properties')}
  },
  location: {
    type: 'object',
    properties: {physicalLocation: ref('physicalLocation'), ...unchecked('id logicalLocations message annotations relationships properties')}
  },
  physicalLocation: {
    type: 'object',
    oneOfRequired: [['address'], ['artifactLocation']],
    properties: {artifactLocation: ref('artifactLocation'), region: ref('region'), ...unchecked('address contextRegion properties')}
  },
  artifactLocation: {
    type: 'object',
    properties: {uri: {type: 'string', format: 'uri-reference'}, uriBaseId: string, index: integer(-1), ...unchecked('description properties')}
  },
  region: {
    type: 'object',
    properties: {
      startLine: integer(1),
      startColumn: integer(1),
      endLine: integer(1),
      endColumn: integer(1),
      charOffset: integer(-1),
      charLength: integer(0),
      ...unchecked('byteOffset byteLength snippet message sourceLanguage properties')
    }
  },
  fix: {type: 'object', required: ['artifactChanges'], properties: {description: ref('message'), artifactChanges: arrayOf(ref('artifactChange'), 1), properties: any}},
  artifactChange: {
    type: 'object',
    required: ['artifactLocation', 'replacements'],
    properties: {artifactLocation: ref('artifactLocation'), replacements: arrayOf(ref('replacement'), 1), properties: any}
  },
  replacement: {type: 'object', required: ['deletedRegion'], properties: {deletedRegion: ref('region'), insertedContent: ref('artifactContent'), properties: any}},
  artifactContent: {type: 'object', properties: {text: string, ...unchecked('binary rendered properties')}}
}

/** RFC 3986: only unreserved, reserved and well-formed `%XX` characters. */
const uriReference = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/
const absoluteUri = /^[A-Za-z][A-Za-z0-9+.-]*:/

function schemaErrors(value: unknown, schema: Schema, at: string): string[] {
  if ('ref' in schema) {
    const target = sarifDefinitions[schema.ref]
    if (!target) throw new Error(`No definition \`${schema.ref}\``)
    return schemaErrors(value, target, at)
  }
  switch (schema.type) {
    case 'any':
      return []
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean`]
    case 'integer':
      if (!Number.isInteger(value)) return [`${at}: expected an integer, got ${JSON.stringify(value)}`]
      return schema.minimum !== undefined && (value as number) < schema.minimum ? [`${at}: ${value} < ${schema.minimum}`] : []
    case 'string': {
      if (typeof value !== 'string') return [`${at}: expected a string, got ${JSON.stringify(value)}`]
      if (schema.enum && !schema.enum.includes(value)) return [`${at}: \`${value}\` not in ${schema.enum.join(', ')}`]
      if (schema.format && !uriReference.test(value)) return [`${at}: \`${value}\` is not a URI reference`]
      if (schema.format === 'uri' && !absoluteUri.test(value)) return [`${at}: \`${value}\` is not an absolute URI`]
      return []
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${at}: expected an array`]
      const errors = value.flatMap((item, index) => schemaErrors(item, schema.items, `${at}[${index}]`))
      if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`)
      return errors
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: expected an object`]
      const record = value as Record<string, unknown>
      const errors: string[] = []
      for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${at}: missing required \`${key}\``)
      if (schema.oneOfRequired && !schema.oneOfRequired.some((keys) => keys.every((key) => key in record))) {
        errors.push(`${at}: needs one of ${schema.oneOfRequired.map((keys) => keys.join('+')).join(' | ')}`)
      }
      for (const [key, item] of Object.entries(record)) {
        const property = schema.properties[key] ?? schema.values
        if (!property) errors.push(`${at}: property \`${key}\` is not in the schema`)
        else errors.push(...schemaErrors(item, property, `${at}.${key}`))
      }
      return errors
    }
  }
}

/** The SARIF 2.1.0 checks above, plus what GitHub code scanning needs from each result. */
function expectValidSarif(expect: ExpectStatic, log: Log): void {
  expect(schemaErrors(log, ref('log'), 'log')).toEqual([])
  expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json')
  expect(log.runs).toHaveLength(1)
  const run = log.runs[0]!
  const driver = run.tool.driver
  expect(driver.name).toBe('plan-lint')
  const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as {version: string}).version
  expect(driver.version).toBe(version)
  expect(driver.semanticVersion).toBe(version)
  expect(driver.informationUri).toBe('https://github.com/plan-lint/plan-lint')
  const rules = driver.rules ?? []
  expect(new Set(rules.map((rule) => rule.id)).size, 'rule ids are unique').toBe(rules.length)
  for (const rule of rules) expect(rule.shortDescription?.text, rule.id).toBeTruthy()

  const base = run.originalUriBaseIds?.['%SRCROOT%']?.uri
  expect(base).toMatch(/^file:\/\/.*\/$/)
  expect(run.results).toBeDefined()
  for (const result of run.results ?? []) {
    // GitHub: a rule id, a message text, and a location with a file and a start line.
    expect(typeof result.ruleId).toBe('string')
    expect(result.message.text).toBeTruthy()
    expect(result.locations?.length).toBeGreaterThanOrEqual(1)
    expect(result.locations?.length).toBeLessThanOrEqual(10)
    const physical = result.locations?.[0]?.physicalLocation
    expect(physical?.artifactLocation?.uri).toBeTruthy()
    expect(physical?.region?.startLine).toBeGreaterThanOrEqual(1)
    expect(rules[result.ruleIndex ?? -1]?.id, 'ruleIndex points at the rule').toBe(result.ruleId)
    expect(Object.keys(result.partialFingerprints ?? {})).toHaveLength(1)
    // A relative reference whose first segment has no `:` (it would read as a scheme) and no query or fragment.
    const uri = physical?.artifactLocation?.uri ?? ''
    expect(uri).not.toMatch(/^[^/]*:|[?#]/)
    expect(physical?.artifactLocation?.uriBaseId).toBe('%SRCROOT%')
    const region = physical?.region
    if (region?.endLine !== undefined) {
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine ?? 1)
      if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn ?? 1)
    }
  }
}

function regionTuple(result: Result): number[] {
  const region = result.locations?.[0]?.physicalLocation?.region ?? {}
  return [region.startLine ?? 0, region.startColumn ?? 0, region.endLine ?? 0, region.endColumn ?? 0]
}

const levelOfSeverity = {error: 'error', warning: 'warning', info: 'note'} as const

describe.concurrent('--format sarif', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject({
      'specs/002 résumé/plan.md': knownPlan,
      'specs/003 #1 100%/plan.md': knownPlan,
      'notes/tidewater.md': readme,
      'plan.md': cleanPlan
    })
  })

  it('is valid SARIF 2.1.0 with the fields GitHub code scanning reads', async ({expect}) => {
    const result = await runCli(['--format', 'sarif', 'specs', 'notes/tidewater.md', 'plan.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const log = sarifOf(expect, result)
    expectValidSarif(expect, log)
    expect(log.runs[0]?.results?.length).toBe(2 * knownFindings.length + 1)
  })

  it('describes every rule once, with its docs page and default level', async ({expect}) => {
    const result = await runCli(['--format', 'sarif', 'plan.md'], project.root)
    expect(result.code, result.stderr).toBe(0)
    const log = sarifOf(expect, result)
    expect(log.runs[0]?.results).toEqual([])
    const rules = log.runs[0]?.tool.driver.rules ?? []
    expect(rules.map((rule) => rule.id)).toEqual([
      'plan-required-sections',
      'plan-section-order',
      'plan-no-empty-sections',
      'plan-no-placeholders',
      'plan-no-option-labels',
      'plan-metadata',
      'plan-td1-first',
      'plan-rqs-resolved',
      'plan-success-criteria-traced',
      'plan-gates-passed',
      'plan-style'
    ])
    for (const rule of rules.slice(0, -1)) {
      expect(rule.helpUri).toBe(`${docsBase}${rule.id}.md`)
      expect(fs.existsSync(path.join(repoRoot, 'docs/rules', `${rule.id}.md`)), rule.id).toBe(true)
      expect(rule.name).toMatch(/^Plan[A-Z][A-Za-z0-9]+$/)
    }
    expect(rules.at(-1)).toMatchObject({
      id: 'plan-style',
      helpUri: 'https://github.com/plan-lint/plan-lint#presets',
      defaultConfiguration: {level: 'note'}
    })
    const levels = Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultConfiguration?.level]))
    expect(levels).toMatchObject({
      'plan-required-sections': 'error',
      'plan-section-order': 'warning',
      'plan-no-empty-sections': 'warning',
      'plan-no-placeholders': 'error',
      'plan-gates-passed': 'warning'
    })
  })

  it('reports the same findings as the JSON report, at a percent-encoded repository-relative uri', async ({expect}) => {
    const files = ['specs/002 résumé/plan.md', 'notes/tidewater.md']
    const [sarif, json] = await Promise.all([
      runCli(['--format', 'sarif', ...files], project.root),
      runCli(['--format', 'json', ...files], project.root)
    ])
    expect(sarif.code, sarif.stderr).toBe(1)
    const log = sarifOf(expect, sarif)
    expectValidSarif(expect, log)
    const run = log.runs[0]!
    expect(run.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: `${pathToFileURL(fs.realpathSync(project.root)).href}/`}})
    expect(run.columnKind).toBe('utf16CodeUnits')
    const results = run.results ?? []

    // Sorted by uri, then position: the readme's note first.
    const uris = results.map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri)
    expect(uris).toEqual(['notes/tidewater.md', ...knownFindings.map(() => 'specs/002%20r%C3%A9sum%C3%A9/plan.md')])
    expect(decodeURIComponent(uris[1] ?? '')).toBe('specs/002 résumé/plan.md')

    const planResults = results.slice(1)
    expect(planResults.map((result) => [result.ruleId, result.level, ...regionTuple(result)])).toEqual(
      knownFindings.map(([ruleId, severity, ...range]) => [ruleId, levelOfSeverity[severity], ...range])
    )
    expect(results[0]).toMatchObject({ruleId: 'plan-style', level: 'note'})

    // Region numbers are the JSON reporter's line/column/endLine/endColumn.
    const report = jsonOf(expect, json)
    const fromJson = report.files
      .flatMap((file) =>
        file.messages.map((message) => [
          encodeURI(file.path),
          message.ruleId,
          levelOfSeverity[message.severity],
          message.message,
          message.line,
          message.column,
          message.endLine,
          message.endColumn
        ])
      )
      .sort()
    const fromSarif = results
      .map((result) => [
        result.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
        result.ruleId,
        result.level,
        result.message.text,
        ...regionTuple(result)
      ])
      .sort()
    expect(fromSarif).toEqual(fromJson)
  })

  it('percent-encodes `#`, `%` and spaces in a file name', async ({expect}) => {
    const result = await runCli(['--format', 'sarif', 'specs/003 #1 100%/plan.md'], project.root)
    const log = sarifOf(expect, result)
    expectValidSarif(expect, log)
    const uris = new Set(log.runs[0]?.results?.map((entry) => entry.locations?.[0]?.physicalLocation?.artifactLocation?.uri))
    expect([...uris]).toEqual(['specs/003%20%231%20100%25/plan.md'])
  })

  it('carries each message\'s fixes as replacements of its region', async ({expect}) => {
    const result = await runCli(['--format', 'sarif', 'specs/002 résumé/plan.md'], project.root)
    const results = sarifOf(expect, result).runs[0]?.results ?? []
    const comment = results.find((entry) => entry.message.text?.includes('instruction comment'))
    const label = results.find((entry) => entry.ruleId === 'plan-no-option-labels')
    const date = results.find((entry) => entry.message.text?.includes('`[DATE]`'))
    for (const fixed of [comment, label]) {
      const location = fixed?.locations?.[0]?.physicalLocation
      expect(fixed?.fixes).toEqual([
        {
          description: {text: 'Remove the reported text'},
          artifactChanges: [
            {artifactLocation: location?.artifactLocation, replacements: [{deletedRegion: location?.region, insertedContent: {text: ''}}]}
          ]
        }
      ])
    }
    expect(date?.fixes).toBeUndefined()
  })

  it('keeps fingerprints when lines move, and tells identical findings apart', async ({expect}) => {
    const shifted = knownPlan.replace(
      'Parquet files.\n',
      'Parquet files.\n\nThe export runs at 02:00 UTC.\n\nIt takes about ten minutes.\n'
    )
    const before = tempProject({'specs/004-x/plan.md': knownPlan})
    const after = tempProject({'specs/004-x/plan.md': shifted})
    const [first, second] = await Promise.all([
      runCli(['--format', 'sarif'], before.root),
      runCli(['--format', 'sarif'], after.root)
    ])
    const print = (log: Log) =>
      (log.runs[0]?.results ?? []).map((result) => [result.message.text, result.partialFingerprints?.['planLint/v1']])
    const firstResults = sarifOf(expect, first).runs[0]?.results ?? []
    const secondResults = sarifOf(expect, second).runs[0]?.results ?? []
    expect(print(sarifOf(expect, second))).toEqual(print(sarifOf(expect, first)))
    const lastLine = (results: Result[]) => results.map((result) => regionTuple(result)[0] ?? 0).at(-1) ?? 0
    expect(lastLine(secondResults)).toBe(lastLine(firstResults) + 4)

    const fingerprints = firstResults.map((result) => result.partialFingerprints?.['planLint/v1'])
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^[0-9a-f]{64}:\d+$/)

    // The same finding twice in one file: same hash, told apart by rank.
    const twice = tempProject({'specs/005-x/plan.md': knownPlan.replace('Go 1.22', '[DATE]')})
    const dates = (sarifOf(expect, await runCli(['--format', 'sarif'], twice.root)).runs[0]?.results ?? [])
      .filter((result) => result.message.text?.includes('`[DATE]`'))
      .map((result) => result.partialFingerprints?.['planLint/v1'] ?? '')
    expect(dates).toHaveLength(2)
    expect(dates[0]?.replace(/:\d+$/, '')).toBe(dates[1]?.replace(/:\d+$/, ''))
    expect(dates.map((fingerprint) => fingerprint.split(':')[1])).toEqual(['1', '2'])
  })

  it('is the same, byte for byte, on every run', async ({expect}) => {
    const args = ['--format', 'sarif', 'plan.md', 'specs', 'notes/tidewater.md']
    const [first, second] = await Promise.all([runCli(args, project.root), runCli(args, project.root)])
    expect(second.stdout).toBe(first.stdout)
  })

  it('with --quiet has only the errors', async ({expect}) => {
    const result = await runCli(['--format', 'sarif', '--quiet', 'specs/002 résumé/plan.md'], project.root)
    expect(result.code).toBe(1)
    const results = sarifOf(expect, result).runs[0]?.results ?? []
    expect(results.map((entry) => entry.level)).toEqual(['error', 'error', 'error', 'error'])
  })
})

// ---------------------------------------------------------------------------
// GitHub workflow commands, read back the way the runner reads them.

interface ParsedCommand {
  command: string
  /** The part between the leading `::` and the `::` before the data. */
  info: string
  properties: Record<string, string>
  data: string
}

function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%')
}

function unescapeProperty(text: string): string {
  return text
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%')
}

/** The runner's reading of one output line (TryParseV2), or undefined when it is no command. */
function parseCommand(line: string): ParsedCommand | undefined {
  const message = line.trimStart()
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const equals = pair.indexOf('=')
      if (equals > 0) properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1))
    }
  }
  return {command, info, properties, data: unescapeData(message.slice(end + 2))}
}

/** Commands a plan must never get to issue. */
const foreignCommands = ['::add-mask::', '::stop-commands::', '::error::', '::warning::', '::set-output', '::set-env']

function expectOnlyOurCommands(expect: ExpectStatic, output: string): ParsedCommand[] {
  expect(output).not.toContain('\r')
  return linesOf(output).map((line) => {
    // Each line is one of our annotation commands; nothing a plan wrote can
    // start a line or reach the command and its properties.
    expect(line).toMatch(/^::(?:error|warning|notice) file=[^:]*::/)
    for (const command of foreignCommands) expect(line.startsWith(command), line).toBe(false)
    const parsed = parseCommand(line)
    expect(parsed, line).toBeDefined()
    for (const command of foreignCommands) expect(parsed?.info, line).not.toContain(command.slice(2))
    expect(['error', 'warning', 'notice']).toContain(parsed?.command)
    return parsed as ParsedCommand
  })
}

describe('escaping', () => {
  it('escapes data and properties as the runner unescapes them', ({expect}) => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext')
    expect(escapeProperty('specs/a,b:c %\n.md')).toBe('specs/a%2Cb%3Ac %25%0A.md')
    for (const text of ['%0A', '%250A', '%%', 'a:%3A,%2C', '::add-mask::x\n::error::y\r', '%0D%0A\r\n', '']) {
      expect(unescapeData(escapeData(text))).toBe(text)
      expect(unescapeProperty(escapeProperty(text))).toBe(text)
    }
  })

  it('writes properties in a fixed order and leaves out the missing ones', ({expect}) => {
    expect(githubCommand('notice', {}, 'hello')).toBe('::notice::hello')
    expect(githubCommand('warning', {title: 't', line: 3, file: 'a.md', endColumn: 9, col: 2, endLine: 3}, 'x')).toBe(
      '::warning file=a.md,line=3,endLine=3,col=2,endColumn=9,title=t::x'
    )
  })
})

describe.concurrent('--format github', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject({
      'specs/034-log-export/plan.md': knownPlan,
      'notes/tidewater.md': readme,
      'plan.md': cleanPlan,
      'misordered-plan.md': misorderedPlan
    })
  })

  it('writes one annotation command per message', async ({expect}) => {
    const result = await runCli(['--format', 'github', 'specs/034-log-export/plan.md', 'notes/tidewater.md'], project.root)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toBe('')
    const file = 'file=specs/034-log-export/plan.md'
    expect(linesOf(result.stdout)).toEqual([
      '::notice file=notes/tidewater.md,line=1,endLine=1,col=1,endColumn=11,title=plan-lint(plan-style)::No template style recognised, expected a plan of a known style; only style-free rules ran',
      `::error ${file},line=3,endLine=3,col=42,endColumn=47,title=plan-lint(plan-no-placeholders)::Unexpected template token \`[DATE]\`, expected the plan's own content`,
      `::warning ${file},line=9,endLine=9,col=1,endColumn=21,title=plan-lint(plan-section-order)::Unexpected position of section \`Constitution Check\`, expected after \`Technical Context\``,
      // Columns only on a one-line span: GitHub rejects them on a longer one.
      `::error ${file},line=15,endLine=17,title=plan-lint(plan-no-placeholders)::Unexpected template instruction comment \`ACTION REQUIRED: Replace the content in this section with t…\`, expected it removed`,
      `::error ${file},line=20,endLine=20,col=14,endColumn=55,title=plan-lint(plan-no-placeholders)::Unexpected template example \`[e.g., PostgreSQL, CoreData, files or N/A]\`, expected the plan's own content`,
      `::error ${file},line=27,endLine=27,col=1,endColumn=55,title=plan-lint(plan-no-option-labels)::Unexpected template option label \`# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)\`, expected it removed`
    ])
    expectOnlyOurCommands(expect, result.stdout)
  })

  it('lets no plan text issue a workflow command or break out of a property', async ({expect}) => {
    const hostile = tempProject({
      'specs/a,b:c/plan.md': knownPlan
        .replace('Go 1.22', '[e.g., ::error::boom %0A 100%]')
        .replace('[e.g., PostgreSQL, CoreData, files or N/A]', '[e.g., ::add-mask::secret or\n::stop-commands::x NEEDS CLARIFICATION]'),
      // A third-party rule whose message has line breaks of its own.
      '.remarkrc.mjs': `export default {
  plugins: [
    function localNote() {
      return (tree, file) => {
        file.message('First line\\n::add-mask::secret\\r\\n::stop-commands::x\\r::error::boom 100%', {
          place: {start: {line: 1, column: 1}, end: {line: 1, column: 5}},
          ruleId: 'local-note',
          source: 'local'
        })
      }
    }
  ]
}
`
    })
    const [github, json] = await Promise.all([
      runCli(['--format', 'github', 'specs/a,b:c/plan.md'], hostile.root),
      runCli(['--format', 'json', 'specs/a,b:c/plan.md'], hostile.root)
    ])
    expect(github.code, github.stderr).toBe(1)
    expect(github.stderr).toBe('')
    const commands = expectOnlyOurCommands(expect, github.stdout)
    const report = jsonOf(expect, json)

    // Read back, every command names the file and gives the message unchanged.
    const messages = report.files.flatMap((file) => file.messages)
    expect(commands).toHaveLength(messages.length)
    expect(commands.map((command) => [command.properties.file, Number(command.properties.line), command.data]).sort()).toEqual(
      messages.map((message) => ['specs/a,b:c/plan.md', message.line, message.message]).sort()
    )
    expect(commands.map((command) => command.properties.title)).toContain('plan-lint(local-note)')
    for (const line of linesOf(github.stdout)) {
      expect(line).toContain('file=specs/a%2Cb%3Ac/plan.md,')
      // Every `%` is an escape: `%25` for a literal one.
      expect(line.replace(/%(?:25|0A|0D|3A|2C)/g, '')).not.toContain('%')
    }

    const local = linesOf(github.stdout).find((line) => line.includes('local-note')) ?? ''
    expect(local).toContain('::First line%0A::add-mask::secret%0D%0A::stop-commands::x%0D::error::boom 100%25')
    const example = linesOf(github.stdout).find((line) => line.includes('[e.g., ::error::boom')) ?? ''
    expect(example).toContain('[e.g., ::error::boom %250A 100%25]')
    // The placeholder that spans two lines: reported across them, quoted on one.
    const spanning = commands.find((command) => command.data.includes('::stop-commands::x NEEDS'))
    expect(spanning?.properties).toMatchObject({line: '20', endLine: '21'})
    expect(spanning?.properties.col).toBeUndefined()
  })

  it('prints nothing for a clean plan and keeps the exit status rules', async ({expect}) => {
    const [clean, misordered, strict] = await Promise.all([
      runCli(['--format', 'github', 'plan.md'], project.root),
      runCli(['--format', 'github', 'misordered-plan.md'], project.root),
      runCli(['--format', 'github', '--max-warnings', '0', 'misordered-plan.md'], project.root)
    ])
    expect(clean).toEqual({code: 0, stdout: '', stderr: ''})
    expect(misordered.code, misordered.stderr).toBe(0)
    expect(linesOf(misordered.stdout)).toHaveLength(1)
    expect(misordered.stdout).toMatch(/^::warning file=misordered-plan\.md,.*title=plan-lint\(plan-section-order\)::/)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toBe(misordered.stdout)
    expect(strict.stderr).toBe('plan-lint: 1 warning exceeds --max-warnings 0\n')
  })
})

describe.concurrent('--output-file', () => {
  let project: TempProject
  beforeAll(() => {
    project = tempProject({'specs/034-log-export/plan.md': knownPlan, 'plan.md': cleanPlan})
  })

  for (const format of ['sarif', 'github']) {
    it(`writes the ${format} report to the file, nothing to stdout`, async ({expect}) => {
      const target = `reports/plan-lint.${format}`
      const [toFile, toStdout] = await Promise.all([
        runCli(['--format', format, '--output-file', target, 'specs', 'plan.md'], project.root),
        runCli(['--format', format, 'specs', 'plan.md'], project.root)
      ])
      expect(toFile).toEqual({code: 1, stdout: '', stderr: ''})
      expect(toStdout.code).toBe(1)
      expect(project.read(target)).toBe(toStdout.stdout)
    })
  }

  it('writes a SARIF file with no results for a clean plan, exit 0', async ({expect}) => {
    const result = await runCli(['--format', 'sarif', '--output-file', 'clean.sarif', 'plan.md'], project.root)
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
    const log = JSON.parse(project.read('clean.sarif')) as Log
    expectValidSarif(expect, log)
    expect(log.runs[0]?.results).toEqual([])
  })
})
