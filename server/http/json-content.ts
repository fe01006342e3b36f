/**
 * The OpenAPI content of a JSON request body or response with `schema`: what every route
 * declaration writes as `{ description, ...json(Schema) }`.
 */
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } })
