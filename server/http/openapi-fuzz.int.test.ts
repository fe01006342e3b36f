import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Malformed,
  malformedBodies,
  malformedFor,
  PATH_VALUES,
  QUERY_VALUES,
  STRINGS,
  WRONG_TYPES,
} from '../../test/fuzz/malformed.ts'
import { type Random, seededRandom } from '../../test/fuzz/random.ts'
import {
  type Components,
  type JsonSchema,
  resolve,
  sample,
  typeOf,
} from '../../test/fuzz/sample.ts'
import { createClient, ORIGIN, signUpClinic } from '../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

/**
 * Sends malformed input to every operation in the app's own OpenAPI document
 * (so a new route is fuzzed with no edit here) as a signed-in owner, and
 * requires that none is answered with a 5xx: bad input is the client's fault.
 * Seeded: a failure reproduces with the seed it prints (FUZZ_SEED to try another).
 */

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema: JsonSchema
}
interface Operation {
  method: string
  path: string
  parameters: Parameter[]
  body?: { mediaType: string; schema: JsonSchema }
}
interface Case {
  label: string
  path: string
  query?: string
  contentType?: string
  body?: BodyInit
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261209)
/** Wrong types tried per body property, on top of the values for its own type. */
const WRONG_TYPES_PER_PROPERTY = 2
const QUERY_VALUES_PER_PARAMETER = 8
const PATH_VALUES_PER_PARAMETER = 5
const STANDIN_ID = '5b0c4a9e-2f7d-4c1e-9a3b-6d8e0f1a2b3c'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
let headers: Record<string, string> = {}
const ids = new Map<string, string>()

beforeAll(async () => {
  t = await createTestApp()
  owner = await signUpClinic(t.app)
  headers = sessionHeaders(owner.client.cookies)
  const patient = await owner.client.post('/api/v1/patients', {
    fullName: 'Fuzz Patient',
    ageYears: 40,
    sex: 'female',
  })
  const chair = await owner.client.post('/api/v1/schedule/chairs', { name: 'Fuzz chair' })
  ids.set('patient', ((await patient.json()) as { id: string }).id)
  ids.set('chair', ((await chair.json()) as { id: string }).id)
  ids.set('clinic', owner.clinicId)
})
afterAll(() => t.close())

function sessionHeaders(cookies: Map<string, string>): Record<string, string> {
  return {
    Origin: ORIGIN,
    Cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    'X-CSRF-Token': cookies.get('csrf_token') ?? '',
  }
}

/** A real id for a field or path parameter, guessed from its name and the path before it. */
function idFor(name: string, pathBefore = ''): string {
  const key = `${pathBefore} ${name}`.toLowerCase()
  if (/patient/.test(key)) return ids.get('patient') ?? STANDIN_ID
  if (/chair/.test(key)) return ids.get('chair') ?? STANDIN_ID
  if (/doctor|actor/.test(key)) return owner.userId
  return STANDIN_ID
}

function operationsOf(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>
}): Operation[] {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const operation = raw as {
        parameters?: Parameter[]
        requestBody?: { content: Record<string, { schema: JsonSchema }> }
      }
      const [mediaType, content] = Object.entries(operation.requestBody?.content ?? {})[0] ?? []
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        ...(mediaType && content ? { body: { mediaType, schema: content.schema } } : {}),
      })
    }
  }
  return operations
}

function casesFor(operation: Operation, components: Components, random: Random): Case[] {
  const pathParams = operation.parameters.filter((parameter) => parameter.in === 'path')
  const queryParams = operation.parameters.filter((parameter) => parameter.in === 'query')
  const fillPath = (broken?: [string, string]) =>
    operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      broken && broken[0] === name
        ? broken[1]
        : idFor(name, operation.path.slice(0, operation.path.indexOf(`{${name}}`))),
    )
  const validQuery = queryParams
    .filter((parameter) => parameter.required)
    .map((parameter) => [
      parameter.name,
      encodeURIComponent(String(sample(parameter.schema, components, idFor, parameter.name))),
    ])
  const query = (entries: string[][]) =>
    entries.map(([name, value]) => `${name}=${value}`).join('&')
  const validBody = operation.body
    ? sample(operation.body.schema, components, idFor)
    : ({} as unknown)
  const asJson = (body: unknown): Partial<Case> => ({
    contentType: 'application/json',
    body: JSON.stringify(body),
  })
  const formFields = Object.entries(
    operation.body ? (resolve(operation.body.schema, components).properties ?? {}) : {},
  )
  const files = new Set(
    formFields
      .filter(([, schema]) => resolve(schema, components).format === 'binary')
      .map(([name]) => name),
  )
  const base: Case = {
    label: 'valid-looking input',
    path: fillPath(),
    query: query(validQuery),
    ...(operation.body?.mediaType === 'application/json' ? asJson(validBody) : {}),
    ...(operation.body?.mediaType === 'multipart/form-data'
      ? { body: formOf(validBody as Record<string, unknown>, files) }
      : {}),
  }
  const cases: Case[] = [base]

  for (const parameter of pathParams) {
    for (const bad of random.pick(PATH_VALUES, PATH_VALUES_PER_PARAMETER)) {
      cases.push({
        ...base,
        label: `path ${parameter.name} = ${bad.label}`,
        path: fillPath([parameter.name, bad.value]),
      })
    }
  }
  for (const parameter of queryParams) {
    const others = validQuery.filter(([name]) => name !== parameter.name)
    for (const bad of random.pick(QUERY_VALUES, QUERY_VALUES_PER_PARAMETER)) {
      cases.push({
        ...base,
        label: `query ${parameter.name} = ${bad.label}`,
        query: query([...others, [parameter.name, bad.value]]),
      })
    }
    cases.push({
      ...base,
      label: `query ${parameter.name} repeated`,
      query: query([...validQuery, [parameter.name, 'x'], [parameter.name, 'y']]),
    })
  }
  if (queryParams.length > 0) {
    cases.push({ ...base, label: 'no query parameters', query: '' })
    cases.push({ ...base, label: 'unknown query parameter', query: `${base.query}&zz%00=%00` })
  }

  const isUnsafe = operation.method !== 'GET' && operation.method !== 'HEAD'
  if (isUnsafe) {
    for (const [label, contentType, body] of malformedBodies(JSON.stringify(validBody))) {
      cases.push({ ...base, label: `body: ${label}`, contentType, body })
    }
  }
  if (operation.body?.mediaType === 'application/json') {
    cases.push({
      ...base,
      label: 'body: extra property',
      ...asJson({ ...(validBody as object), zz: 1 }),
    })
    cases.push({ ...base, label: 'body: {}', ...asJson({}) })
    for (const [path, schema] of propertiesOf(operation.body.schema, components)) {
      const values: Malformed[] = [
        ...malformedFor(schema),
        ...random.pick(WRONG_TYPES, WRONG_TYPES_PER_PROPERTY),
      ]
      for (const bad of values) {
        cases.push({
          ...base,
          label: `body ${path.join('.')} = ${bad.label}`,
          ...asJson(withValueAt(validBody, path, bad.value)),
        })
      }
    }
  }
  if (operation.body?.mediaType === 'multipart/form-data') {
    const fields = validBody as Record<string, unknown>
    for (const [name] of formFields) {
      const { [name]: _left, ...without } = fields
      cases.push({ ...base, label: `form without ${name}`, body: formOf(without, files) })
      for (const bad of STRINGS) {
        cases.push({
          ...base,
          label: `form ${name} = ${bad.label}`,
          body: formOf({ ...fields, [name]: bad.value }, files),
        })
      }
    }
  }
  return cases
}

/** A multipart form with its text fields first (uploads read them before the file), then files. */
function formOf(fields: Record<string, unknown>, files: Set<string>): FormData {
  const form = new FormData()
  const entries = Object.entries(fields)
  for (const [name, value] of entries) if (!files.has(name)) form.append(name, String(value))
  for (const [name, value] of entries) {
    if (files.has(name)) {
      const pdf = `%PDF-1.4\n${String(value)}\n%%EOF\n`
      form.append(name, new Blob([pdf], { type: 'application/pdf' }), 'fuzz.pdf')
    }
  }
  return form
}

/** Every property path in a body schema, nested objects and the first item of arrays included. */
function propertiesOf(
  schema: JsonSchema,
  components: Components,
  prefix: (string | number)[] = [],
): [(string | number)[], JsonSchema][] {
  if (prefix.length > 4) return []
  const resolved = resolve(schema, components)
  const found: [(string | number)[], JsonSchema][] = []
  if (typeOf(resolved) === 'array' && resolved.items) {
    return propertiesOf(resolved.items, components, [...prefix, 0])
  }
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const path = [...prefix, name]
    const inner = resolve(property, components)
    found.push([path, inner])
    if (typeOf(inner) === 'object' || typeOf(inner) === 'array') {
      found.push(...propertiesOf(inner, components, path))
    }
  }
  return found
}

/** A copy of `body` with `value` at `path`, creating the objects and arrays on the way. */
function withValueAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return value
  if (typeof head === 'number') {
    const list = Array.isArray(body) ? [...body] : []
    list[head] = withValueAt(list[head] ?? {}, rest, value)
    return list
  }
  const object = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {}
  const next = (object as Record<string, unknown>)[head]
  return { ...object, [head]: withValueAt(next, rest, value) }
}

async function send(operation: Operation, fuzzCase: Case): Promise<Response> {
  const requestHeaders = new Headers(headers)
  if (fuzzCase.contentType) requestHeaders.set('Content-Type', fuzzCase.contentType)
  const query = fuzzCase.query ? `?${fuzzCase.query}` : ''
  return t.app.request(`${ORIGIN}${fuzzCase.path}${query}`, {
    method: operation.method,
    headers: requestHeaders,
    ...(fuzzCase.body !== undefined && operation.method !== 'GET' ? { body: fuzzCase.body } : {}),
  })
}

/** Some operations end the session (sign-out) or lock the owner out; sign in again if so. */
async function keepSignedIn() {
  const me = await t.app.request(`${ORIGIN}/api/v1/me`, { headers })
  if (me.status === 200) return
  const client = createClient(t.app)
  const login = await client.post('/api/v1/auth/login', {
    email: owner.email,
    password: owner.password,
  })
  if (login.status !== 200) throw new Error(`could not sign in again: ${login.status}`)
  headers = sessionHeaders(client.cookies)
}

describe('every operation in the OpenAPI document', () => {
  it('answers malformed input without a 5xx', { timeout: 120_000 }, async () => {
    const document = await (await t.app.request('/api/v1/openapi.json')).json()
    const components: Components = document.components?.schemas ?? {}
    const operations = operationsOf(document)
    const random = seededRandom(SEED)
    const failures: string[] = []
    let sent = 0
    let unauthenticated = 0
    for (const operation of operations) {
      for (const fuzzCase of casesFor(operation, components, random)) {
        const response = await send(operation, fuzzCase)
        sent += 1
        if (response.status === 401) unauthenticated += 1
        if (response.status >= 500) {
          failures.push(
            `${operation.method} ${operation.path} — ${fuzzCase.label} → ${response.status}`,
          )
        }
        await response.body?.cancel()
      }
      await keepSignedIn()
    }
    expect(operations.length).toBeGreaterThan(50)
    expect(sent).toBeGreaterThan(20 * operations.length)
    // The owner stayed signed in: the inputs reached validation and the handlers behind it.
    expect(unauthenticated).toBeLessThan(sent / 50)
    expect(failures, `seed ${SEED}`).toEqual([])
  })
})
