import SwaggerParser from '@apidevtools/swagger-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Components, type JsonSchema, resolve, typeOf } from '../../test/fuzz/sample.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

let t: TestApp
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as plain JSON.
let document: any
beforeAll(async () => {
  t = await createTestApp()
  document = await (await t.app.request('/api/v1/openapi.json')).json()
})
afterAll(() => t.close())

type Operation = {
  security?: Record<string, string[]>[]
  parameters?: { name: string; in: string; schema: JsonSchema }[]
  requestBody?: { content: Record<string, { schema: JsonSchema }> }
}
const operations = (): [string, Operation][] =>
  Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, item]) =>
      Object.entries(item).map(([method, operation]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        operation,
      ]),
  )

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 for a real validator', async () => {
    expect(document.openapi).toBe('3.1.0')
    // validate() dereferences in place, so it gets a copy; it throws with every error listed.
    const errors = await SwaggerParser.validate(structuredClone(document)).then(
      () => [],
      (error: { message: string; details?: { instancePath: string; message: string }[] }) =>
        error.details?.map((detail) => `${detail.instancePath} ${detail.message}`) ?? [
          error.message,
        ],
    )
    expect(errors).toEqual([])
  })

  it('requires the session cookie, and the CSRF header on changes, except on public operations', () => {
    expect(document.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'niramaya_session' },
      csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    })
    expect(document.security).toEqual([{ sessionCookie: [], csrfToken: [] }])
    const publicOperations = operations()
      .filter(([, operation]) => operation.security?.length === 0)
      .map(([name]) => name)
    expect(publicOperations.sort()).toEqual(
      [
        'GET /api/v1/health',
        'GET /api/v1/openapi.json',
        'POST /api/v1/auth/signup',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/password-reset',
        'POST /api/v1/auth/password-reset/confirm',
        'POST /api/v1/auth/invitations/lookup',
        'POST /api/v1/auth/invitations/accept',
      ].sort(),
    )
    const reads = operations().filter(([name]) => name.startsWith('GET /api/v1/me'))
    expect(reads.map(([, operation]) => operation.security)).toContainEqual([{ sessionCookie: [] }])
  })

  it('bounds every number and text a client can send', () => {
    const components: Components = document.components.schemas
    const unbounded: string[] = []
    for (const [name, operation] of operations()) {
      for (const parameter of operation.parameters ?? []) {
        unbounded.push(
          ...unboundedIn(parameter.schema, components, `${name} ${parameter.in} ${parameter.name}`),
        )
      }
      for (const [type, content] of Object.entries(operation.requestBody?.content ?? {})) {
        if (type === 'application/json') {
          unbounded.push(...unboundedIn(content.schema, components, `${name} body`))
        }
      }
    }
    expect(unbounded).toEqual([])
  })
})

/** Fields with no upper bound: strings without maxLength (or a bounded format), numbers without both limits. */
function unboundedIn(schema: JsonSchema, components: Components, where: string): string[] {
  const found: string[] = []
  const seen = new Set<JsonSchema>()
  const visit = (node: JsonSchema, path: string) => {
    const resolved = resolve(node, components) as JsonSchema & {
      maxLength?: number
      maxItems?: number
      additionalProperties?: JsonSchema | boolean
      propertyNames?: JsonSchema
    }
    if (seen.has(resolved)) return
    seen.add(resolved)
    for (const choice of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(choice, path)
    if (resolved.enum || resolved.const !== undefined) return
    switch (typeOf(resolved)) {
      case 'string':
        if (resolved.maxLength === undefined && !BOUNDED_FORMATS.has(resolved.format ?? '')) {
          found.push(`${path}: string without maxLength`)
        }
        return
      case 'integer':
      case 'number':
        if (resolved.minimum === undefined || resolved.maximum === undefined) {
          found.push(`${path}: number without minimum and maximum`)
        }
        return
      case 'array':
        if (resolved.maxItems === undefined) found.push(`${path}: array without maxItems`)
        if (resolved.items) visit(resolved.items, `${path}[]`)
        return
      case 'object':
        for (const [key, property] of Object.entries(resolved.properties ?? {})) {
          visit(property, path ? `${path}.${key}` : key)
        }
        if (typeof resolved.additionalProperties === 'object') {
          visit(resolved.additionalProperties, `${path}.*`)
        }
        if (resolved.propertyNames) visit(resolved.propertyNames, `${path} (keys)`)
        return
    }
  }
  visit(schema, where)
  return found
}

/** Formats whose validation already limits the length. */
const BOUNDED_FORMATS = new Set(['uuid', 'date', 'date-time', 'binary'])
