export {
  defineRule,
  docsBaseUrl,
  emittedMessageOf,
  isOffConfig,
  recordEmittedMessages,
  optionsFromConfig,
  type MessageFunctions,
  type Place,
  type PlanRulePlugin,
  type ReportExtra,
  type RuleContext,
  type RuleDefinition,
  type RuleMeta
} from './define-rule.js'
export {headingForms, normalizeHeading} from './headings.js'
export {
  buildPlanModel,
  getPlanModel,
  sectionContent,
  firstLineOf,
  sectionOffsets,
  sectionRange,
  taskState,
  type FrontMatter,
  type MetadataField,
  type PlanModel,
  type PlanSection,
  type Point,
  type Range
} from './plan-model.js'
export {bracketSpans, findPlaceholders, type BracketSpan, type PlaceholderFinding} from './placeholders.js'
export {
  compiledTemplate,
  defineTemplate,
  formatIssues,
  PlanLintConfigError,
  templateOptionSchema,
  templateRegExp,
  templateRuleOptions,
  templateSchema,
  type IdentifierFamily,
  type MetadataFieldSpec,
  type OptionLabel,
  type RelatedDocumentSpec,
  type PlaceholderShape,
  type Template,
  type TemplateInput,
  type TemplateSection
} from './template.js'
export {isRequired, matchTemplate, type SectionMatch, type TemplateMatch} from './template-match.js'
export {describeValue, detach} from './text.js'
export {firstNotBefore} from './sorted.js'
export {textOf} from './node-text.js'
export {citedKeys, findIdentifiers, type IdentifierOccurrence} from './identifiers.js'
export {
  clearRelatedDocuments,
  conventionStem,
  getRelatedDocuments,
  isInside,
  linkTargetOf,
  projectRootOf,
  relatedDocumentStats,
  type RelatedDocument,
  type RelatedDocuments,
  type RelatedKind,
  type RelatedProblem,
  type RelatedProblemReason
} from './related.js'
export {templateSignature, type Signature} from './signature.js'
export {clearParsedDocuments, parseStats, planParser, remarkPlanSyntax} from './documents.js'
export {deriveTemplate, exactly, type DeriveTemplateOptions} from './derive-template.js'
export {regExpHazard, type RegExpHazard} from './regex-safety.js'
