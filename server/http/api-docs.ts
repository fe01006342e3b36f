import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { CSRF_COOKIE, SESSION_COOKIE } from '../modules/auth/index.ts'
import type { AppEnv } from './app-env.ts'

/**
 * The browsable API reference at /api/docs: Swagger UI, served from the npm
 * package rather than a CDN so it works on a clinic's offline network and
 * under the strict Content-Security-Policy (no inline script).
 */
let swaggerFolder: string | undefined

// Resolved on the first /api/docs request rather than at start-up (issue #9).
function swaggerUiFolder(): string {
  swaggerFolder ??= path.dirname(
    createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
  )
  return swaggerFolder
}

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Niramaya API reference</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
    <link rel="icon" href="/api/docs/favicon-32x32.png" />
  </head>
  <body>
    <main id="swagger-ui"></main>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>`

// validatorUrl null: Swagger UI would otherwise send the document to an outside validator.
const INIT = `window.ui = SwaggerUIBundle({
  url: '/api/v1/openapi.json',
  dom_id: '#swagger-ui',
  validatorUrl: null,
  deepLinking: true,
});`

export const apiDocs = new Hono<AppEnv>()
  .get('/', (c) => c.html(PAGE))
  .get('/init.js', (c) => c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
  .get('/:asset', async (c) => {
    const asset = c.req.param('asset')
    const type = ASSETS[asset]
    if (!type) return c.notFound()
    const body = await readFile(path.join(swaggerUiFolder(), asset))
    return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' })
  })

const DOCUMENT_PATH = '/api/v1/openapi.json'
const SESSION_SCHEME = 'sessionCookie'
const CSRF_SCHEME = 'csrfToken'
/** CSRF tokens are checked only on state-changing methods (server/http/csrf.ts). */
const SAFE_METHODS = new Set(['get', 'head', 'options'])

/**
 * Serves the OpenAPI 3.1 document at /api/v1/openapi.json. Every operation needs the session
 * cookie, and state-changing ones the CSRF header too, unless its route declares `security: []`
 * (health, sign-up, sign-in, password reset, invitations, this document).
 */
export function serveOpenApiDocument(app: OpenAPIHono<AppEnv>, version: string) {
  const registry = app.openAPIRegistry
  registry.registerComponent('securitySchemes', SESSION_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Set by sign-in (POST /api/v1/auth/login); HttpOnly.',
  })
  registry.registerComponent('securitySchemes', CSRF_SCHEME, {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: `On POST, PUT, PATCH and DELETE: the value of the ${CSRF_COOKIE} cookie, echoed.`,
  })
  registry.registerPath({
    method: 'get',
    path: DOCUMENT_PATH,
    tags: ['API'],
    summary: 'This OpenAPI document',
    security: [],
    responses: { 200: { description: 'The OpenAPI 3.1 document' } },
  })
  const config = {
    openapi: '3.1.0',
    info: {
      title: 'Niramaya API',
      version,
      description:
        'Clinic management for Indian dental and general clinics. Every clinic sees only its own data.',
      license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
    },
    servers: [{ url: '/' }],
    security: [{ [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }],
  }
  app.get(DOCUMENT_PATH, (c) => {
    const document = app.getOpenAPI31Document(config)
    // Reads need only the session: the CSRF header is required on state-changing methods.
    for (const item of Object.values(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item)) {
        if (SAFE_METHODS.has(method) && typeof operation === 'object' && !operation.security) {
          operation.security = [{ [SESSION_SCHEME]: [] }]
        }
      }
    }
    return c.json(document)
  })
}
