/**
 * Findings kept from the end of a file's batch to the report.
 *
 * A run of thousands of files reports at its end, so every message of the
 * run stays in memory until then. As objects (a VFileMessage, its place and
 * points, its reason and `path:line:column` name) a message takes about
 * 450 bytes of V8's heap, and V8 sizes its heap to a multiple of what stays
 * live: 10,000 findings held that way raise a run's peak memory by tens of
 * megabytes. Between batches, a file's messages are kept here instead as one
 * UTF-8 record outside the heap (JSON, with property names and repeated
 * strings such as rule ids and urls as numbers into a table shared by the
 * run), and rebuilt into equal messages before anything reads them.
 *
 * Rebuilt means equal in every own property, in the same order, with the
 * same prototype: a message is constructed again and its properties are set
 * in their recorded order. A message this cannot record exactly (one with
 * ancestors, an Error for a cause, a value of a kind not listed below) keeps
 * its file's messages as they are.
 */
import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'

/**
 * A recorded value. Numbers, booleans, null and strings stand for
 * themselves; an array is tagged by its first element:
 * `[0]` undefined, `[1, n]` string `n` of the table, `[2, k]` the same
 * string as this message's property `k`, `[3, k, rest]` property `k`'s
 * string followed by `rest`, `[4, ...values]` an array, `[5, k, v, ...]` a
 * plain object, `[6, k, v, ...]` a message.
 */
type Recorded = number | boolean | null | string | Recorded[]

/** Properties whose strings repeat across messages (kept once, in the table). */
const repeated = new Set(['ruleId', 'source', 'url', 'file'])

export class MessageStore {
  private readonly strings: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly kept = new Map<VFile, Buffer>()

  /** Keep `file`'s messages here (and take them off the file), when they can be recorded exactly. */
  keep(file: VFile): void {
    if (file.messages.length === 0) return
    const records: Recorded[] = []
    for (const message of file.messages) {
      const record = this.recordMessage(message)
      if (record === undefined) return
      records.push(record)
    }
    // JSON.stringify escapes lone surrogates, so the text is valid UTF-8 both ways.
    this.kept.set(file, Buffer.from(JSON.stringify(records)))
    file.messages = []
  }

  /** Give every file kept here its messages back. */
  restore(): void {
    for (const [file, buffer] of this.kept) {
      this.kept.delete(file)
      const records = JSON.parse(buffer.toString()) as Recorded[][]
      file.messages = records.map((record) => this.rebuildMessage(record.slice(1)))
    }
  }

  private id(text: string): number {
    let id = this.ids.get(text)
    if (id === undefined) {
      id = this.strings.length
      this.strings.push(text)
      this.ids.set(text, id)
    }
    return id
  }

  private recordMessage(message: unknown): Recorded[] | undefined {
    if (!(message instanceof VFileMessage) || Object.getPrototypeOf(message) !== VFileMessage.prototype) return undefined
    // Its one property not listed by Object.keys is the empty `stack` its constructor sets.
    const keys = Object.keys(message)
    if (message.stack !== '' || Reflect.ownKeys(message).length !== keys.length + 1 || keys.includes('stack')) return undefined
    const record: Recorded[] = [6]
    const seen = new Map<string, string>()
    for (const key of keys) {
      const value = (message as unknown as Record<string, unknown>)[key]
      let recorded: Recorded | undefined
      if (typeof value === 'string') recorded = this.recordString(key, value, seen)
      else if (key === 'ancestors' && value !== undefined) return undefined
      else recorded = this.record(value)
      if (recorded === undefined) return undefined
      if (typeof value === 'string') seen.set(key, value)
      record.push(this.id(key), recorded)
    }
    return record
  }

  private recordString(key: string, value: string, seen: Map<string, string>): Recorded {
    if (repeated.has(key)) return [1, this.id(value)]
    for (const [earlier, text] of seen) {
      if (text === value) return [2, this.id(earlier)]
    }
    // `name` is the file's path, a colon and the place: the path is kept once.
    const file = seen.get('file')
    if (file && value.length > file.length && value.startsWith(file)) return [3, this.id('file'), value.slice(file.length)]
    return value
  }

  private record(value: unknown): Recorded | undefined {
    if (value === undefined) return [0]
    if (value === null || typeof value === 'boolean') return value
    if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : undefined
    if (typeof value === 'string') return value
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype || Reflect.ownKeys(value).length !== value.length + 1) return undefined
      const items: Recorded[] = [4]
      for (let index = 0; index < value.length; index++) {
        if (!(index in value)) return undefined
        const item = this.record(value[index])
        if (item === undefined) return undefined
        items.push(item)
      }
      return items
    }
    if (typeof value !== 'object') return undefined
    if (value instanceof VFileMessage) return this.recordMessage(value)
    if (Object.getPrototypeOf(value) !== Object.prototype) return undefined
    if (Reflect.ownKeys(value).length !== Object.keys(value).length) return undefined
    const fields: Recorded[] = [5]
    for (const [key, item] of Object.entries(value)) {
      const recorded = this.record(item)
      if (recorded === undefined) return undefined
      fields.push(this.id(key), recorded)
    }
    return fields
  }

  private rebuildMessage(fields: Recorded[]): VFileMessage {
    // Constructed with no stack to capture, as the rules construct theirs.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let message: VFileMessage
    try {
      message = new VFileMessage('')
    } finally {
      Error.stackTraceLimit = limit
    }
    const target = message as unknown as Record<string, unknown>
    for (let index = 0; index < fields.length; index += 2) {
      const key = this.strings[fields[index] as number] as string
      target[key] = this.rebuild(fields[index + 1] as Recorded, target)
    }
    return message
  }

  private rebuild(value: Recorded, message: Record<string, unknown>): unknown {
    if (!Array.isArray(value)) return value
    switch (value[0]) {
      case 0:
        return undefined
      case 1:
        return this.strings[value[1] as number]
      case 2:
        return message[this.strings[value[1] as number] as string]
      case 3:
        return (message[this.strings[value[1] as number] as string] as string) + (value[2] as string)
      case 4:
        return value.slice(1).map((item) => this.rebuild(item, message))
      case 5: {
        const object: Record<string, unknown> = {}
        for (let index = 1; index < value.length; index += 2) {
          object[this.strings[value[index] as number] as string] = this.rebuild(value[index + 1] as Recorded, message)
        }
        return object
      }
      default:
        return this.rebuildMessage(value.slice(1))
    }
  }
}
