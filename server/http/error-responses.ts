import { ErrorSchema } from '../../shared/contracts/errors.ts'

type ErrorStatusDocumented = 400 | 401 | 403 | 404 | 409 | 410 | 429

/** The standard error responses every route can give, for the OpenAPI document. */
export function errorResponses(...statuses: ErrorStatusDocumented[]) {
  const descriptions = {
    400: 'Bad input; the failing field is named',
    401: 'Not signed in, or the credentials are wrong',
    403: 'Not allowed for this role, or a CSRF check failed',
    404: 'Not found',
    409: 'Conflicts with existing data',
    410: 'The link has expired or was already used',
    429: 'Too many attempts; try again later',
  }
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status],
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  )
}
