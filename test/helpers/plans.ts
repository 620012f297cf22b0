/**
 * Plans for the CLI tests: a filled-in spec-kit plan (newer template era),
 * the same plan with typical template debris, and small document shapes.
 */

/** A complete, clean spec-kit plan. */
export const cleanPlan = `# Implementation Plan: Rate Limits for the Public Search API

**Branch**: \`021-search-rate-limits\` | **Date**: 2026-02-09 | **Spec**: [spec.md](./spec.md)
**Input**: Feature specification from \`/specs/021-search-rate-limits/spec.md\`

## Summary

Partners call the public search API from batch jobs that sometimes loop and flood it. Each API key
gets a token bucket kept in Redis; requests over the budget get a 429 with a \`Retry-After\` header,
and the partner dashboard shows the current budget and the last hour of rejections.

## Technical Context

**Language/Version**: Kotlin 2.0 on the JVM 21  
**Primary Dependencies**: Ktor 3, Lettuce for Redis, kotlinx.serialization  
**Storage**: Redis 7 for the buckets; the existing Postgres for per-key budgets  
**Testing**: JUnit 5 with Testcontainers for Redis  
**Target Platform**: Linux containers on the existing Kubernetes cluster  
**Project Type**: web service  
**Performance Goals**: the limit check adds under 2 ms at p99  
**Constraints**: a Redis outage fails open and logs, it never blocks search  
**Scale/Scope**: 900 API keys, 3,000 requests per second at peak

## Constitution Check

*GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.*

- **Fail open on infrastructure errors**: the limiter lets requests through when Redis is down. PASS
- **Observable by default**: rejections are counted per key and exported to Prometheus. PASS

## Project Structure

### Documentation (this feature)

\`\`\`text
specs/021-search-rate-limits/
├── plan.md
├── research.md
├── data-model.md
└── contracts/
\`\`\`

### Source Code (repository root)

\`\`\`text
search-api/
├── src/main/kotlin/ratelimit/   # Token bucket, Ktor plugin
└── src/test/kotlin/ratelimit/   # Bucket and 429 tests
\`\`\`

**Structure Decision**: one new \`ratelimit\` package inside the existing search service.

## Complexity Tracking

No violations to justify.
`

/**
 * The plan with template debris: a \`[DATE]\`, \`[e.g., ...]\` values, a
 * \`specs/[###-feature]/\` tree line, option labels, an ACTION REQUIRED
 * comment, an empty section and no Constitution Check.
 */
export const debrisPlan = `# Implementation Plan: Rate Limits for the Public Search API

**Branch**: \`021-search-rate-limits\` | **Date**: [DATE] | **Spec**: [spec.md](./spec.md)

## Summary

Partners call the public search API from batch jobs that sometimes loop and flood it.

## Technical Context

<!--
  ACTION REQUIRED: Replace the content in this section with the technical details.
-->

**Language/Version**: Kotlin 2.0 on the JVM 21  
**Primary Dependencies**: [e.g., FastAPI, UIKit, LLVM or NEEDS CLARIFICATION]  
**Storage**: Redis 7 for the buckets

## Project Structure

### Documentation (this feature)

\`\`\`text
specs/[###-feature]/
└── plan.md
\`\`\`

### Source Code (repository root)

\`\`\`text
# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)
src/
└── ratelimit/

# [REMOVE IF UNUSED] Option 2: Web application (when "frontend" + "backend" detected)
backend/
frontend/
\`\`\`

## Risks
`

/** The clean plan with Technical Context moved before Summary: one order warning, no error. */
export const misorderedPlan = swapSections(cleanPlan, '## Summary', '## Technical Context', '## Constitution Check')

/** A README: a Markdown document that is no plan of any known style. */
export const readme = `# Tidewater

A small library for reading tide tables. See the [docs](./docs/index.md).

## Install

\`\`\`sh
npm install tidewater
\`\`\`

## Usage

Call \`nextHighTide(station)\` and format the result.
`

function swapSections(text: string, first: string, second: string, after: string): string {
  const a = text.indexOf(first)
  const b = text.indexOf(second)
  const c = text.indexOf(after)
  if (a < 0 || b < a || c < b) throw new Error('swapSections: headings not found in order')
  return text.slice(0, a) + text.slice(b, c) + text.slice(a, b) + text.slice(c)
}

export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Where `needle` first occurs in `text` (1-based lines and columns, end exclusive like unist). */
export function locate(text: string, needle: string): Span {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`locate: \`${needle}\` not in text`)
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n')
    return {line: before.length, column: (before.at(-1) as string).length + 1}
  }
  const from = at(start)
  const to = at(start + needle.length)
  return {line: from.line, column: from.column, endLine: to.line, endColumn: to.column}
}
