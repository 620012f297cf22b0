/**
 * A static check for the regular expressions users write in templates: it
 * refuses the shapes that make a backtracking matcher (V8's included) take
 * exponential time, before a plan is ever scanned with them.
 *
 * Why static: JavaScript has no way to interrupt a running `RegExp`, a
 * worker per match is far too slow for linting on every keystroke, and the
 * text user patterns scan is not bounded (text placeholders and identifier
 * families read whole blocks). A full ReDoS checker (`recheck`) is a native
 * binary or a JVM: fit for the test suite, which runs it over every pattern
 * plan-lint ships, not for a runtime dependency.
 *
 * How: the pattern becomes a Glushkov automaton (one state per character
 * matcher, with the number of ways each transition arises), and the check
 * looks for a state with two different paths back to itself that read the
 * same text, the condition for exponential backtracking (Weideman et al.,
 * "Analyzing Matching Time Behavior of Backtracking Regular Expression
 * Matchers by Using Ambiguity of NFA", 2016). That covers nested quantifiers
 * (`(a+)+`), repeated alternatives that overlap (`(x|x)*`), repeated groups
 * whose parts overlap (`(\w+\s?)*`) and repeated groups that can match
 * nothing (`(a*)*`). Backreferences are refused outright: matching with them
 * is not bounded by any automaton.
 *
 * Character classes are compared on representative characters (all of
 * ASCII, a sample of other scripts, spaces and symbols, and every character
 * the pattern names, with its neighbours and case variants), each tested
 * with the engine itself, so `\p{L}`, `\s`, case-insensitivity and negated
 * classes mean exactly what they mean at run time on those characters.
 *
 * Not refused: polynomial backtracking (`\s*:\s*` scanned over a long run of
 * spaces is quadratic). Its cost grows with the length of the one heading,
 * line, bracket span or block a pattern is tested against, not
 * exponentially; the patterns plan-lint ships are checked to be linear by
 * the test suite.
 */

type Node =
  | {type: 'char'; source: string}
  | {type: 'sequence'; items: Node[]}
  | {type: 'alternation'; options: Node[]}
  | {type: 'repeat'; body: Node; min: number; max: number}
  | {type: 'loop'; body: Node; min: 0 | 1}
  | {type: 'optional'; body: Node; rest: Node}
  | {type: 'empty'}
  | {type: 'backreference'}

export interface RegExpHazard {
  kind: 'exponential' | 'backreference' | 'too-complex'
  /** Message fragment, starting with `the pattern`. */
  message: string
  /** For `exponential`: an input that makes a backtracking matcher take exponential time. */
  attack?: string
}

const empty: Node = {type: 'empty'}
/** A bounded repeat whose expansion would exceed this many states counts as unbounded. */
const maxExpandedStates = 16
/** States, and steps between pairs of states, explored before a pattern counts as too complex to check. */
const maxStates = 50_000
const maxSteps = 1_000_000
/** Repeats of the pumped text shown in an attack string. */
const attackLength = 24

const verdicts = new Map<string, RegExpHazard | null>()

/**
 * Why a pattern (valid with the `u` flag) is unsafe to run on untrusted
 * text, or undefined when it is not. Checked as case-insensitive, the
 * stricter reading, whatever flags the pattern is later compiled with.
 */
export function regExpHazard(source: string): RegExpHazard | undefined {
  let verdict = verdicts.get(source)
  if (verdict === undefined) {
    verdict = analyse(source) ?? null
    verdicts.set(source, verdict)
  }
  return verdict ?? undefined
}

function analyse(source: string): RegExpHazard | undefined {
  try {
    const parser = new Parser(source)
    const tree = parser.alternation()
    if (parser.hasBackreference) {
      return {
        kind: 'backreference',
        message: 'the pattern uses a backreference, which can take exponential time; match the text itself instead'
      }
    }
    const representatives = representativesFor(parser.codePoints)
    // Lookaround bodies run as patterns of their own at each position they are reached.
    for (const root of [tree, ...parser.lookarounds]) {
      const automaton = new Automaton(representatives)
      automaton.first = automaton.build(root).first
      const attack = exponentialAttack(automaton)
      if (attack !== undefined) {
        return {
          kind: 'exponential',
          message: `the pattern can take exponential time on inputs such as \`${printable(attack)}\`; rewrite it without nested quantifiers or repeated alternatives that match the same text`,
          attack
        }
      }
    }
  } catch (error) {
    // Groups nested thousands deep exhaust the stack of this recursive reading.
    if (!(error instanceof TooComplex || error instanceof RangeError)) throw error
    return {
      kind: 'too-complex',
      message: 'the pattern is too large to check for exponential backtracking; split it into smaller patterns'
    }
  }
  return undefined
}

/** Control characters and backticks written as escapes, so the attack reads on one line. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f`\u2028\u2029]/gu, (char) => {
    const named: Record<string, string> = {'\t': '\\t', '\n': '\\n', '\r': '\\r'}
    return named[char] ?? `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`
  })
}

/**
 * Parses a pattern already known to be valid with the `u` flag. Only the
 * structure matters here: every single-character matcher is kept as source
 * and compared later by testing it.
 */
class Parser {
  index = 0
  readonly codePoints = new Set<number>()
  readonly lookarounds: Node[] = []
  hasBackreference = false

  constructor(readonly source: string) {}

  alternation(): Node {
    const options = [this.sequence()]
    while (this.source[this.index] === '|') {
      this.index++
      options.push(this.sequence())
    }
    return options.length === 1 ? (options[0] as Node) : {type: 'alternation', options}
  }

  private sequence(): Node {
    const items: Node[] = []
    while (this.index < this.source.length && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      items.push(this.quantified(this.atom()))
    }
    return {type: 'sequence', items}
  }

  private quantified(atom: Node): Node {
    const char = this.source[this.index]
    let min: number
    let max: number
    if (char === '*') [min, max] = [0, Infinity]
    else if (char === '+') [min, max] = [1, Infinity]
    else if (char === '?') [min, max] = [0, 1]
    else if (char === '{') {
      braces.lastIndex = this.index
      const match = braces.exec(this.source)
      if (!match) return atom
      min = Number(match[1])
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])
      this.index += match[0].length - 1
    } else return atom
    this.index++
    if (this.source[this.index] === '?') this.index++
    return {type: 'repeat', body: atom, min, max}
  }

  private atom(): Node {
    const char = this.source[this.index]
    if (char === '(') return this.group()
    if (char === '[') return this.characterClass()
    if (char === '\\') return this.escape()
    if (char === '^' || char === '$') {
      this.index++
      return empty
    }
    return {type: 'char', source: this.literal()}
  }

  /** One literal character (a whole code point), recorded as a representative. */
  private literal(): string {
    const codePoint = this.source.codePointAt(this.index) as number
    this.codePoints.add(codePoint)
    const start = this.index
    this.index += codePoint > 0xffff ? 2 : 1
    return this.source.slice(start, this.index)
  }

  private group(): Node {
    this.index++
    let lookaround = false
    if (this.source.startsWith('?:', this.index)) this.index += 2
    else if (/^\?<?[=!]/.test(this.source.slice(this.index, this.index + 3))) {
      this.index += this.source[this.index + 1] === '<' ? 3 : 2
      lookaround = true
    } else if (this.source.startsWith('?<', this.index)) {
      this.index = this.source.indexOf('>', this.index) + 1
    }
    const body = this.alternation()
    this.index++
    if (!lookaround) return body
    this.lookarounds.push(body)
    return empty
  }

  private characterClass(): Node {
    const start = this.index
    this.index++
    if (this.source[this.index] === '^') this.index++
    while (this.index < this.source.length && this.source[this.index] !== ']') {
      if (this.source[this.index] === '\\') this.escape()
      else this.literal()
    }
    this.index++
    return {type: 'char', source: this.source.slice(start, this.index)}
  }

  /** One escape, from its backslash; records the character it stands for. */
  private escape(): Node {
    const start = this.index
    const kind = this.source[this.index + 1] ?? ''
    this.index += 2
    if (kind === 'b' || kind === 'B') return empty
    if (kind === 'k' || (kind >= '1' && kind <= '9')) {
      this.hasBackreference = true
      if (kind === 'k') this.index = this.source.indexOf('>', this.index) + 1
      else while (/\d/.test(this.source[this.index] ?? '')) this.index++
      return {type: 'backreference'}
    }
    if (kind === 'p' || kind === 'P' || (kind === 'u' && this.source[this.index] === '{')) {
      this.index = this.source.indexOf('}', this.index) + 1
    } else if (kind === 'u') {
      this.index += 4
      // A surrogate pair written as two escapes is one character with the `u` flag.
      if (/^\\u[dD][c-fC-F]/.test(this.source.slice(this.index, this.index + 4))) this.index += 6
    } else if (kind === 'x') this.index += 2
    else if (kind === 'c') this.index += 1
    const text = this.source.slice(start, this.index)
    const codePoint = decodeEscape(text)
    if (codePoint !== undefined) this.codePoints.add(codePoint)
    return {type: 'char', source: text}
  }
}

const braces = /\{(\d+)(?:(,)(\d*))?\}/y

const controlEscapes: Record<string, number> = {t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0}

/** The character an escape such as `\u00e9`, `\x41`, `\t` or `\.` stands for; none for classes (`\d`, `\p{L}`). */
function decodeEscape(text: string): number | undefined {
  const kind = text[1] as string
  if ('dDsSwWpP'.includes(kind)) return undefined
  if (kind in controlEscapes) return controlEscapes[kind]
  if (kind === 'c') return (text.codePointAt(2) as number) % 32
  if (kind === 'x') return Number.parseInt(text.slice(2), 16)
  if (kind === 'u' && text[2] === '{') return Number.parseInt(text.slice(3, -1), 16)
  if (kind === 'u') {
    const units = text.split('\\u').slice(1).map((hex) => Number.parseInt(hex, 16))
    return String.fromCharCode(...units).codePointAt(0)
  }
  return text.codePointAt(1)
}

/**
 * Representative characters in the order an attack string prefers them:
 * readable ones first.
 */
const baseRepresentatives: number[] = [
  ...range(0x61, 0x7a),
  ...range(0x41, 0x5a),
  ...range(0x30, 0x39),
  0x20,
  ...range(0x21, 0x2f),
  ...range(0x3a, 0x40),
  ...range(0x5b, 0x60),
  ...range(0x7b, 0x7e),
  ...[0xa0, 0xaa, 0xb5, 0xb7, 0xba, 0xc0, 0xc9, 0xdf, 0xe9, 0xff, 0x100, 0x131, 0x17f, 0x1c5, 0x2bc, 0x300, 0x391, 0x3c2],
  ...[0x3c3, 0x401, 0x430, 0x5d0, 0x627, 0x660, 0x966, 0xe01, 0x1680, 0x1e9e, 0x2000, 0x200b, 0x200d, 0x2013, 0x2014],
  ...[0x2019, 0x201c, 0x2028, 0x2029, 0x202f, 0x205f, 0x2122, 0x2126, 0x212a, 0x2190, 0x2500, 0x2611, 0x2705, 0x2714],
  ...[0x3000, 0x3001, 0x3002, 0x3042, 0x30a2, 0x4e00, 0xac00, 0xfe0f, 0xfeff, 0xff08, 0xff09, 0xff10, 0xff1a, 0xfffd],
  ...[0x1d400, 0x1f600, 0x10ffff],
  ...range(0x00, 0x1f),
  0x7f
]

function range(from: number, to: number): number[] {
  return Array.from({length: to - from + 1}, (_, offset) => from + offset)
}

const baseSet = new Set(baseRepresentatives)

/** The base representatives, then the pattern's own characters with their neighbours and case variants. */
function representativesFor(codePoints: Set<number>): number[] {
  const extra = new Set<number>()
  const add = (codePoint: number | undefined) => {
    if (codePoint === undefined || codePoint < 0 || codePoint > 0x10ffff || baseSet.has(codePoint)) return
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) return
    extra.add(codePoint)
  }
  for (const codePoint of codePoints) {
    if (baseSet.has(codePoint) && codePoint < 0x80) continue
    const char = String.fromCodePoint(codePoint)
    for (const variant of [codePoint, codePoint - 1, codePoint + 1]) add(variant)
    add(char.toLowerCase().codePointAt(0))
    add(char.toUpperCase().codePointAt(0))
  }
  return extra.size === 0 ? baseRepresentatives : [...baseRepresentatives, ...extra]
}

/** States with the number of ways to reach them (1 or 2: see `Automaton.build`). */
type Weighted = Array<[number, number]>

interface Fragment {
  first: Weighted
  last: Weighted
  empty: number
}

function ways(count: number): number {
  return Math.min(count, 2)
}

function scaled(states: Weighted, factor: number): Weighted {
  return factor === 0 ? [] : states.map(([state, count]) => [state, ways(count * factor)])
}

/** A set of representative characters, one bit each. */
type CharSet = Uint32Array

/** Which base representatives a character matcher matches, shared by all patterns. */
const baseMemberships = new Map<string, CharSet>()

function baseMembership(source: string, test: RegExp): CharSet {
  let set = baseMemberships.get(source)
  if (!set) {
    set = new Uint32Array(Math.ceil(baseRepresentatives.length / 32))
    for (let index = 0; index < baseRepresentatives.length; index++) {
      if (test.test(String.fromCodePoint(baseRepresentatives[index] as number))) {
        set[index >> 5] = (set[index >> 5] as number) | (1 << (index & 31))
      }
    }
    baseMemberships.set(source, set)
  }
  return set
}

/** Glushkov automaton: states are character matchers; transitions count the ways they arise. */
class Automaton {
  /** Each state's character matcher, as source; compared lazily, most states never are. */
  readonly sources: string[] = []
  readonly follow: Array<Map<number, number>> = []
  /** States inside a loop: only they can be on a cycle. */
  readonly looping = new Set<number>()
  first: Weighted = []
  private readonly labels: Array<CharSet | undefined> = []
  private readonly membership = new Map<string, CharSet>()

  constructor(private readonly representatives: number[]) {}

  /**
   * Glushkov's first, last and follow sets, counting ways: `first` holds
   * the states a match can start with and in how many ways (through
   * different empty parts) it reaches each, `last` the same towards the
   * end, `empty` the ways to match nothing. Counts stop at 2: one more way
   * than one is all an ambiguity needs. A repeat never takes an empty
   * iteration once its minimum is met (the JavaScript rule), so such an
   * iteration adds no way.
   */
  build(node: Node): Fragment {
    switch (node.type) {
      case 'char': {
        const state = this.sources.length
        if (state >= maxStates) throw new TooComplex()
        this.sources.push(node.source)
        this.follow.push(new Map())
        return {first: [[state, 1]], last: [[state, 1]], empty: 0}
      }
      case 'sequence': {
        let result: Fragment = {first: [], last: [], empty: 1}
        for (const item of node.items) {
          const next = this.build(item)
          this.connect(result.last, next.first)
          result = {
            first: [...result.first, ...scaled(next.first, result.empty)],
            last: [...next.last, ...scaled(result.last, next.empty)],
            empty: ways(result.empty * next.empty)
          }
        }
        return result
      }
      case 'alternation': {
        const built = node.options.map((option) => this.build(option))
        return {
          first: built.flatMap((option) => option.first),
          last: built.flatMap((option) => option.last),
          empty: ways(built.reduce((sum, option) => sum + option.empty, 0))
        }
      }
      case 'repeat':
        return this.build(expand(node))
      case 'optional': {
        // One more iteration, which must match something, then the rest.
        const iteration = this.build(node.body)
        const rest = this.build(node.rest)
        this.connect(iteration.last, rest.first)
        return {first: iteration.first, last: [...rest.last, ...scaled(iteration.last, rest.empty)], empty: 1}
      }
      case 'loop': {
        const from = this.sources.length
        const body = this.build(node.body)
        for (let state = from; state < this.sources.length; state++) this.looping.add(state)
        // From the end of one iteration to the start of the next.
        this.connect(body.last, body.first)
        if (node.min === 0) return {first: body.first, last: body.last, empty: 1}
        // A first iteration may match nothing (its minimum is not met yet), and a second one follow.
        return {first: scaled(body.first, 1 + body.empty), last: body.last, empty: body.empty}
      }
      case 'empty':
      case 'backreference':
        return {first: [], last: [], empty: 1}
    }
  }

  connect(from: Weighted, to: Weighted): void {
    for (const [source, before] of from) {
      const targets = this.follow[source] as Map<number, number>
      for (const [target, after] of to) targets.set(target, ways((targets.get(target) ?? 0) + before * after))
    }
  }

  private charSet(source: string): CharSet {
    let set = this.membership.get(source)
    if (!set) {
      const test = new RegExp(`^(?:${source})$`, 'iu')
      set = new Uint32Array(Math.ceil(this.representatives.length / 32))
      set.set(baseMembership(source, test))
      for (let index = baseRepresentatives.length; index < this.representatives.length; index++) {
        if (test.test(String.fromCodePoint(this.representatives[index] as number))) {
          set[index >> 5] = (set[index >> 5] as number) | (1 << (index & 31))
        }
      }
      this.membership.set(source, set)
    }
    return set
  }

  private label(state: number): CharSet {
    let label = this.labels[state]
    if (!label) {
      label = this.charSet(this.sources[state] as string)
      this.labels[state] = label
    }
    return label
  }

  /** The most readable representative no state matches: it ends an attack string in a failure. */
  unmatched(): string | undefined {
    const labels = this.sources.map((_, state) => this.label(state))
    for (let index = 0; index < this.representatives.length; index++) {
      if (!labels.some((label) => ((label[index >> 5] as number) & (1 << (index & 31))) !== 0)) {
        return String.fromCodePoint(this.representatives[index] as number)
      }
    }
    return undefined
  }

  /** The most readable character both sets hold, or undefined when they are disjoint. */
  common(a: number, b: number): string | undefined {
    const left = this.label(a)
    const right = this.label(b)
    for (let word = 0; word < left.length; word++) {
      const both = (left[word] as number) & (right[word] as number)
      if (both !== 0) {
        const bit = 31 - Math.clz32(both & -both)
        return String.fromCodePoint(this.representatives[word * 32 + bit] as number)
      }
    }
    return undefined
  }
}

class TooComplex extends Error {}

/**
 * Bounded repeats become copies (`x{1,3}` is `x(x(x)?)?`, never the
 * ambiguous `xx?x?`); large ones count as unbounded, which can only make
 * the check stricter.
 */
function expand(node: Extract<Node, {type: 'repeat'}>): Node {
  const {body} = node
  const size = Math.max(1, states(body))
  const unbounded = node.max === Infinity || node.max * size > maxExpandedStates
  const min = Math.min(node.min, Math.max(1, Math.floor(maxExpandedStates / size)))
  if (unbounded) {
    const copies: Node[] = Array.from({length: Math.max(0, min - 1)}, () => body)
    return {type: 'sequence', items: [...copies, {type: 'loop', body, min: min === 0 ? 0 : 1}]}
  }
  let tail: Node = empty
  for (let count = node.min; count < node.max; count++) tail = {type: 'optional', body, rest: tail}
  return {type: 'sequence', items: [...Array.from({length: node.min}, () => body), tail]}
}

function states(node: Node): number {
  switch (node.type) {
    case 'char':
      return 1
    case 'sequence':
      return node.items.reduce((sum, item) => sum + states(item), 0)
    case 'alternation':
      return node.options.reduce((sum, option) => sum + states(option), 0)
    case 'repeat':
      return states(node.body) * (node.max === Infinity ? Math.max(node.min, 1) : Math.max(node.max, 1))
    case 'loop':
      return states(node.body)
    case 'optional':
      return states(node.body) + states(node.rest)
    default:
      return 0
  }
}

/** A pair of states, the smaller first: the two paths of an ambiguity are interchangeable. */
function pairKey(a: number, b: number, size: number): number {
  return a <= b ? a * size + b : b * size + a
}

interface Step {
  key: number
  /** The two paths take different transitions between the same two states. */
  twice: boolean
}

/**
 * An input on which backtracking takes exponential time, if there is one:
 * a state `q` with two different paths from `q` back to `q` reading the
 * same text. In the product of the automaton with itself, that is a cycle
 * through the diagonal pair `(q, q)` that leaves the diagonal, or takes one
 * of two parallel transitions. Strongly connected components (Tarjan,
 * iteratively) find them.
 */
function exponentialAttack(automaton: Automaton): string | undefined {
  const size = automaton.sources.length
  const steps = new Map<number, Step[]>()
  // States of one alternation inside a loop share their follow set: pairs
  // of them share their successors, computed once.
  const followIds = new Map<string, number>()
  const followId = automaton.follow.map((targets) => {
    const signature = [...targets].map(([target, ways]) => `${target}*${ways}`).join(',')
    let id = followIds.get(signature)
    if (id === undefined) {
      id = followIds.size
      followIds.set(signature, id)
    }
    return id
  })
  const shared = new Map<string, Step[]>()
  let work = 0
  const successors = (key: number): Step[] => {
    let list = steps.get(key)
    if (list) return list
    const a = Math.floor(key / size)
    const b = key % size
    const sharedKey = `${followId[a]},${followId[b]},${a === b}`
    list = shared.get(sharedKey)
    if (!list) {
      list = []
      const fromA = automaton.follow[a] as Map<number, number>
      const fromB = automaton.follow[b] as Map<number, number>
      for (const [x, ways] of fromA) {
        for (const y of fromB.keys()) {
          if (a === b && y < x) continue
          if (automaton.common(x, y) === undefined) continue
          list.push({key: pairKey(x, y, size), twice: a === b && x === y && ways > 1})
        }
      }
      shared.set(sharedKey, list)
    }
    // Every step is walked once by the search and at most once more by `attackIn`.
    work += list.length + 1
    if (work > maxSteps) throw new TooComplex()
    steps.set(key, list)
    return list
  }

  const order = new Map<number, number>()
  const low = new Map<number, number>()
  const stack: number[] = []
  const onStack = new Set<number>()
  for (const state of automaton.looping) {
    const root = pairKey(state, state, size)
    if (order.has(root)) continue
    const frames: Array<{key: number; next: number}> = [{key: root, next: 0}]
    order.set(root, order.size)
    low.set(root, order.get(root) as number)
    stack.push(root)
    onStack.add(root)
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as {key: number; next: number}
      const list = successors(frame.key)
      if (frame.next < list.length) {
        const {key} = list[frame.next++] as Step
        if (!order.has(key)) {
          order.set(key, order.size)
          low.set(key, order.get(key) as number)
          stack.push(key)
          onStack.add(key)
          frames.push({key, next: 0})
        } else if (onStack.has(key)) {
          low.set(frame.key, Math.min(low.get(frame.key) as number, order.get(key) as number))
        }
        continue
      }
      frames.pop()
      const parent = frames[frames.length - 1]
      if (parent) low.set(parent.key, Math.min(low.get(parent.key) as number, low.get(frame.key) as number))
      if (low.get(frame.key) !== order.get(frame.key)) continue
      const component = new Set<number>()
      let member: number
      do {
        member = stack.pop() as number
        onStack.delete(member)
        component.add(member)
      } while (member !== frame.key)
      const attack = attackIn(component, automaton, successors)
      if (attack !== undefined) return attack
    }
  }
  return undefined
}

/** The attack string of a component that holds an ambiguity, if it does. */
function attackIn(component: Set<number>, automaton: Automaton, successors: (key: number) => Step[]): string | undefined {
  const size = automaton.sources.length
  const isDiagonal = (key: number) => Math.floor(key / size) === key % size
  const diagonal = [...component].find(isDiagonal)
  if (diagonal === undefined) return undefined
  const inside = (key: number) => successors(key).filter((step) => component.has(step.key))
  let pump: string | undefined
  const off = [...component].find((key) => !isDiagonal(key))
  if (off !== undefined) {
    pump = pathText(diagonal, off, automaton, inside) + pathText(off, diagonal, automaton, inside)
  } else {
    for (const key of component) {
      const twice = inside(key).find((step) => step.twice)
      if (!twice) continue
      pump = pathText(key, twice.key, automaton, () => [twice]) + pathText(twice.key, key, automaton, inside)
      break
    }
  }
  if (pump === undefined) return undefined
  const state = Math.floor(diagonal / size)
  const repeats = Math.max(2, Math.ceil(attackLength / Math.max(1, pump.length)))
  return prefixTo(state, automaton) + pump.repeat(repeats) + (automaton.unmatched() ?? '')
}

/** The text read along a shortest path between two pairs, one representative character per step. */
function pathText(from: number, to: number, automaton: Automaton, next: (key: number) => Step[]): string {
  const size = automaton.sources.length
  const previous = new Map<number, number>()
  const queue = [from]
  let found = false
  for (let head = 0; head < queue.length && !found; head++) {
    const key = queue[head] as number
    for (const step of next(key)) {
      if (previous.has(step.key)) continue
      previous.set(step.key, key)
      if (step.key === to) {
        found = true
        break
      }
      queue.push(step.key)
    }
  }
  const chars: string[] = []
  for (let key = to; chars.length === 0 || key !== from; key = previous.get(key) as number) {
    chars.push(automaton.common(Math.floor(key / size), key % size) ?? '')
    if (!previous.has(key)) break
  }
  return chars.reverse().join('')
}

/** Text that leads from the start of the pattern into a state, including that state's character. */
function prefixTo(state: number, automaton: Automaton): string {
  const previous = new Map<number, number>()
  const queue: number[] = []
  for (const [first] of automaton.first) {
    previous.set(first, -1)
    queue.push(first)
  }
  for (let head = 0; head < queue.length && !previous.has(state); head++) {
    for (const next of (automaton.follow[queue[head] as number] as Map<number, number>).keys()) {
      if (previous.has(next)) continue
      previous.set(next, queue[head] as number)
      queue.push(next)
    }
  }
  const chars: string[] = []
  for (let current = state; current !== -1 && current !== undefined; current = previous.get(current) as number) {
    chars.push(automaton.common(current, current) ?? '')
  }
  return chars.reverse().join('')
}
