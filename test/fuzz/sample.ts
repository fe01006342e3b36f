/**
 * Builds plausible values from the OpenAPI document's JSON Schemas, so a fuzz
 * case can break one field while the rest of the input is valid enough to
 * reach the code behind validation.
 */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  default?: unknown
  example?: unknown
  examples?: unknown[]
  format?: string
  pattern?: string
  minLength?: number
  minimum?: number
  exclusiveMinimum?: number
  maximum?: number
  minItems?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
}

export type Components = Record<string, JsonSchema>

/** Real ids from the fixture, chosen by the field's name (`patientId`, `doctorUserId`, …). */
export type IdFor = (name: string) => string

const PATTERN_CANDIDATES = ['en', 'hi', '09:00', '#0f766e', '123456', 'a1', 'a']

export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  let current = schema
  for (let depth = 0; current.$ref && depth < 10; depth += 1) {
    current = components[current.$ref.replace('#/components/schemas/', '')] ?? {}
  }
  const choices = current.allOf ?? current.anyOf ?? current.oneOf
  if (choices) {
    const first = choices.find((choice) => resolve(choice, components).type !== 'null')
    return first ? { ...resolve(first, components), ...withoutChoices(current) } : current
  }
  return current
}

function withoutChoices({ allOf, anyOf, oneOf, ...rest }: JsonSchema): JsonSchema {
  return rest
}

export function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null')
  if (schema.type) return schema.type
  if (schema.properties) return 'object'
  return undefined
}

/** A value that should satisfy `schema`; objects get their required and simple optional fields. */
export function sample(
  schema: JsonSchema,
  components: Components,
  idFor: IdFor,
  name = '',
  depth = 0,
): unknown {
  const resolved = resolve(schema, components)
  if (resolved.example !== undefined) return resolved.example
  if (resolved.examples?.length) return resolved.examples[0]
  if (resolved.const !== undefined) return resolved.const
  if (resolved.enum?.length) return resolved.enum[0]
  if (resolved.default !== undefined) return resolved.default
  switch (typeOf(resolved)) {
    case 'object': {
      if (depth > 6) return {}
      const required = new Set(resolved.required ?? [])
      const entries = Object.entries(resolved.properties ?? {}).filter(
        ([key, property]) => required.has(key) || isSimple(resolve(property, components)),
      )
      return Object.fromEntries(
        entries.map(([key, property]) => [
          key,
          sample(property, components, idFor, key, depth + 1),
        ]),
      )
    }
    case 'array': {
      const count = resolved.minItems ?? 0
      return Array.from({ length: count }, () =>
        sample(resolved.items ?? {}, components, idFor, name, depth + 1),
      )
    }
    case 'integer':
    case 'number':
      return resolved.minimum ?? (resolved.exclusiveMinimum ?? 0) + 1
    case 'boolean':
      return false
    case 'string':
      return sampleString(resolved, idFor, name)
    default:
      return null
  }
}

function isSimple(schema: JsonSchema): boolean {
  const type = typeOf(schema)
  return (
    type === 'boolean' ||
    type === 'integer' ||
    type === 'number' ||
    schema.enum !== undefined ||
    schema.format === 'date' ||
    schema.format === 'uuid'
  )
}

function sampleString(schema: JsonSchema, idFor: IdFor, name: string): string {
  switch (schema.format) {
    case 'uuid':
      return idFor(name)
    case 'date':
      return '2026-03-16'
    case 'date-time':
      return '2026-03-16T10:30:00+05:30'
    case 'email':
      return 'fuzz@example.test'
    case 'binary':
      return 'file'
  }
  if (/email/i.test(name)) return 'fuzz@example.test'
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u')
    const match = PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate))
    if (match) return match
  }
  return 'a'.repeat(Math.max(schema.minLength ?? 1, 1))
}
