/**
 * `defineRule`: a plan-lint rule is a `unified-lint-rule` plugin (so severity,
 * `ruleId`, `source` and `<!-- lint disable -->` work as remark users expect)
 * with typed messages and zod-validated options on top.
 */
import type {Root} from 'mdast'
import type {Node, Position} from 'unist'
import type {Processor, Transformer} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import * as z from 'zod'
import {getPlanModel, type PlanModel, type Range} from './plan-model.js'
import {formatIssues, PlanLintConfigError} from './template.js'
import {detach} from './text.js'

/** Messages by id; each renders its text from the data it is given. */
// `any`: each message function declares its own data type; `MessageData` recovers it.
export type MessageFunctions = Record<string, (data: any) => string>

export type MessageData<M extends MessageFunctions, K extends keyof M> = Parameters<M[K]>[0]

export type Place = Range | Position | Node | undefined

export interface ReportExtra {
  /** Replacement text(s) for the reported range; `''` means remove it. */
  expected?: string[]
  actual?: string
  /** A secondary location: what the finding relates to. */
  cause?: {message: string; place: Place}
}

export interface RuleContext<Options, M extends MessageFunctions> {
  tree: Root
  file: VFile
  model: PlanModel
  options: Options
  report<K extends keyof M & string>(
    id: K,
    data: MessageData<M, K>,
    place: Place,
    extra?: ReportExtra
  ): VFileMessage
}

export interface RuleDefinition<S extends z.ZodType, M extends MessageFunctions> {
  /** Rule id, `plan-...`; also the `ruleId` of every message. */
  id: string
  description: string
  /** Strict zod schema of the options object. */
  options: S
  messages: M
  /** Whether the rule can attach a certain fix (`expected`) to messages. */
  fixable?: boolean
  /** What the rule deliberately accepts, and why (rendered in its docs). */
  notes?: string[]
  check(context: RuleContext<z.output<S>, M>): void | Promise<void>
}

export interface RuleMeta<S extends z.ZodType = z.ZodType, M extends MessageFunctions = MessageFunctions> {
  id: string
  description: string
  url: string
  options: S
  messages: M
  fixable: boolean
  notes: string[]
}

export type PlanRulePlugin<S extends z.ZodType = z.ZodType, M extends MessageFunctions = MessageFunctions> = ((
  this: Processor,
  config?: unknown
) => Transformer<Root> | undefined) & {meta: RuleMeta<S, M>}

export const docsBaseUrl = 'https://github.com/plan-lint/plan-lint/blob/main/docs/rules/'

interface EmittedMessage {
  messageId: string
  data: unknown
}

const emitted = new WeakMap<VFileMessage, EmittedMessage>()
/**
 * Whether reported messages keep their id and data. A lint run does not:
 * its messages live to the end of the run, and the data (copied, see
 * `detach`) would add a few hundred bytes to each. The rule tester turns
 * it on.
 */
let recording = false

/** Keep (or stop keeping) the message id and data of every message reported from now on, for `emittedMessageOf`. */
export function recordEmittedMessages(on = true): void {
  recording = on
}

/** The message id and data a rule reported a message with, if reported while recording (`recordEmittedMessages`). */
export function emittedMessageOf(message: VFileMessage): EmittedMessage | undefined {
  return emitted.get(message)
}

const severityWords = new Set(['off', 'on', 'warn', 'error'])

/**
 * The options part of a `unified-lint-rule` config: `[severity, options]`
 * gives its second item; anything else is the options themselves (a bare
 * `'error'` too, as unified-lint-rule reads it).
 */
export function optionsFromConfig(config: unknown): unknown {
  if (Array.isArray(config)) {
    const [severity, options] = config as [unknown, unknown]
    if (typeof severity === 'boolean' || typeof severity === 'number' || severityWords.has(severity as string)) {
      return options
    }
  }
  return config
}

const offWords = new Set<unknown>([false, 0, 'off'])

/**
 * The severity of a `[severity, options]` config that unified-lint-rule would
 * not accept: a number other than 0, 1, 2, or a word other than `off`, `on`,
 * `warn`, `error` (it would take the whole array as options).
 */
function invalidSeverity(config: unknown): string | undefined {
  if (!Array.isArray(config) || config.length === 0 || config.length > 2) return undefined
  const severity: unknown = config[0]
  if (typeof severity === 'number' && ![0, 1, 2].includes(severity)) return String(severity)
  if (typeof severity === 'string' && !severityWords.has(severity)) return severity
  return undefined
}

/** The keys an object schema accepts at a path of the options, for "expected one of" hints. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current: unknown = schema
  for (let index = 0; ; index++) {
    while (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPipe
    ) {
      current = current instanceof z.ZodPipe ? current.in : current.unwrap()
    }
    if (index === path.length) break
    const part = path[index]
    if (current instanceof z.ZodObject && typeof part === 'string') current = current.shape[part]
    else if (current instanceof z.ZodArray && typeof part === 'number') current = current.element
    else return undefined
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined
}

/** Whether a `unified-lint-rule` config turns the rule off: `false`, `['off']`, `[0, options]`. */
export function isOffConfig(config: unknown): boolean {
  return config === false || (Array.isArray(config) && offWords.has(config[0]))
}

export function defineRule<S extends z.ZodType, M extends MessageFunctions>(
  definition: RuleDefinition<S, M>
): PlanRulePlugin<S, M> {
  const {id, options: schema, messages} = definition
  const url = `${docsBaseUrl}${id}.md`
  const validated = new WeakMap<object, z.output<S>>()

  const validate = (raw: unknown): z.output<S> => {
    if (typeof raw === 'number' || typeof raw === 'boolean' || severityWords.has(raw as string)) {
      throw new PlanLintConfigError(
        `Invalid options for \`${id}\`: got the severity \`${String(raw)}\` where options go, expected \`[${JSON.stringify(raw)}, options]\``
      )
    }
    if (raw !== null && typeof raw === 'object') {
      const hit = validated.get(raw)
      if (hit !== undefined) return hit
    }
    const result = schema.safeParse(raw ?? {})
    if (!result.success) {
      const issues = formatIssues(result.error, [], (path) => knownKeysAt(schema, path))
      throw new PlanLintConfigError(`Invalid options for \`${id}\`: ${issues}`)
    }
    if (raw !== null && typeof raw === 'object') validated.set(raw, result.data)
    return result.data
  }

  const inner = lintRule<Root, unknown>({origin: `remark-lint:${id}`, url}, async (tree, file, raw) => {
    const context: RuleContext<z.output<S>, M> = {
      tree,
      file,
      model: getPlanModel(tree, file),
      options: validate(raw),
      report(messageId, data, place, extra) {
        const render = messages[messageId]
        if (!render) throw new Error(`Rule \`${id}\` has no message \`${messageId}\``)
        // A VFileMessage is an Error: constructing one walks the stack (deep
        // under unified's async pipeline) for a trace it then replaces with
        // `''`. With no frames to capture, a message costs a fraction.
        // Messages live to the end of a run, documents only to the end of
        // their batch: what a message keeps is copied (see `detach`).
        const reason = detach(render(data))
        const stackTraceLimit = Error.stackTraceLimit
        Error.stackTraceLimit = 0
        let message: VFileMessage
        try {
          message = file.message(reason, {
            place: toPlace(place),
            ruleId: id,
            source: 'remark-lint',
            cause: extra?.cause
              ? new VFileMessage(detach(extra.cause.message), {place: toPlace(extra.cause.place)})
              : undefined
          })
        } finally {
          Error.stackTraceLimit = stackTraceLimit
        }
        message.url = url
        if (extra?.expected) message.expected = extra.expected.map(detach)
        if (extra?.actual !== undefined) message.actual = detach(extra.actual)
        if (recording) emitted.set(message, {messageId, data: detachData(data)})
        return message
      }
    }
    await definition.check(context)
  })

  const plugin = function (this: Processor, config?: unknown) {
    // Validate when the processor is configured, so a bad option is one
    // readable error before any file is read, not a fatal message per file.
    // A rule turned off needs no options.
    const severity = invalidSeverity(config)
    if (severity !== undefined) {
      throw new PlanLintConfigError(
        `Invalid severity \`${severity}\` for \`${id}\`, expected \`off\`, \`warn\`, \`error\` (or 0, 1, 2)`
      )
    }
    if (!isOffConfig(config)) validate(optionsFromConfig(config))
    return (inner as unknown as (this: Processor, config?: unknown) => Transformer<Root> | undefined).call(
      this,
      config
    )
  } as PlanRulePlugin<S, M>
  Object.defineProperty(plugin, 'name', {value: id})
  plugin.meta = {
    id,
    description: definition.description,
    url,
    options: schema,
    messages,
    fixable: definition.fixable ?? false,
    notes: definition.notes ?? []
  }
  return plugin
}

/** Message data with its strings (and lists of strings) copied, for `emitted`. */
function detachData(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') copy[key] = detach(value)
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) copy[key] = value.map(detach)
    else copy[key] = value
  }
  return copy
}

function toPlace(place: Place): Position | undefined {
  if (!place) return undefined
  if ('type' in place) return (place as Node).position
  const range = place as Range | Position
  if (!range.start || !range.end) return undefined
  return {
    start: {line: range.start.line, column: range.start.column, offset: range.start.offset},
    end: {line: range.end.line, column: range.end.column, offset: range.end.offset}
  }
}
