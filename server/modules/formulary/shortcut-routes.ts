import { createRoute } from '@hono/zod-openapi'
import {
  FavouriteListSchema,
  FavouriteSchema,
  FormularyIdParam,
  FormularyLineSchema,
  NewPrescriptionSetSchema,
  PrescriptionSetListSchema,
  PrescriptionSetSchema,
} from '../../../shared/contracts/formulary.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { addFavourite } from './add-favourite.ts'
import { addSet } from './add-set.ts'
import { listFavourites } from './list-favourites.ts'
import { listSets } from './list-sets.ts'
import { removeFavourite } from './remove-favourite.ts'
import { removeSet } from './remove-set.ts'
import { replaceFavourite } from './replace-favourite.ts'
import { replaceSet } from './replace-set.ts'

const tags = ['Formulary']
const READ = 'Clinical roles (clinical.read): owners, admins, doctors and assistants.'
const WRITE =
  'Owners, admins and doctors (clinical.write); others get 403, and the database refuses them too.'
const OWN = "Only the signed-in prescriber's own favourites; another's answers 404."

const listFavouritesRoute = createRoute({
  method: 'get',
  path: '/favourites',
  tags,
  summary: "The signed-in prescriber's favourite lines",
  description: `${OWN} ${READ}`,
  middleware: [sessionRequired],
  responses: {
    200: { description: 'Favourites', ...json(FavouriteListSchema) },
    ...errorResponses(401, 403),
  },
})
const addFavouriteRoute = createRoute({
  method: 'post',
  path: '/favourites',
  tags,
  summary: 'Add a favourite: a drug with its usual line',
  description: `400 naming drugCode or strengthLabel when the drug cannot take them. ${WRITE}`,
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(FormularyLineSchema) } },
  responses: {
    201: { description: 'The favourite', ...json(FavouriteSchema) },
    ...errorResponses(400, 401, 403),
  },
})
const replaceFavouriteRoute = createRoute({
  method: 'put',
  path: '/favourites/{id}',
  tags,
  summary: "Replace a favourite's line",
  description: `${OWN} ${WRITE}`,
  middleware: [sessionRequired],
  request: { params: FormularyIdParam, body: { required: true, ...json(FormularyLineSchema) } },
  responses: {
    200: { description: 'The favourite', ...json(FavouriteSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const removeFavouriteRoute = createRoute({
  method: 'delete',
  path: '/favourites/{id}',
  tags,
  summary: 'Remove a favourite',
  description: `${OWN} ${WRITE}`,
  middleware: [sessionRequired],
  request: { params: FormularyIdParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
})
const listSetsRoute = createRoute({
  method: 'get',
  path: '/sets',
  tags,
  summary: "The clinic's per-diagnosis prescription sets, by name",
  description: READ,
  middleware: [sessionRequired],
  responses: {
    200: { description: 'Sets', ...json(PrescriptionSetListSchema) },
    ...errorResponses(401, 403),
  },
})
const addSetRoute = createRoute({
  method: 'post',
  path: '/sets',
  tags,
  summary: 'Add a prescription set',
  description: `400 naming lines.<n>.drugCode or strengthLabel; 409 naming name when the clinic has a set of that name. ${WRITE}`,
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(NewPrescriptionSetSchema) } },
  responses: {
    201: { description: 'The set', ...json(PrescriptionSetSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})
const replaceSetRoute = createRoute({
  method: 'put',
  path: '/sets/{id}',
  tags,
  summary: "Replace a set's name and lines",
  description: WRITE,
  middleware: [sessionRequired],
  request: {
    params: FormularyIdParam,
    body: { required: true, ...json(NewPrescriptionSetSchema) },
  },
  responses: {
    200: { description: 'The set', ...json(PrescriptionSetSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const removeSetRoute = createRoute({
  method: 'delete',
  path: '/sets/{id}',
  tags,
  summary: 'Remove a set (prescriptions made from it keep their lines)',
  description: WRITE,
  middleware: [sessionRequired],
  request: { params: FormularyIdParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
})

export const shortcutRoutes = createRouter()
  .openapi(
    listFavouritesRoute,
    clinicRoute(listFavouritesRoute, { can: 'clinical.read' }, async (c, { tx }) =>
      c.json({ favourites: await listFavourites(tx) }, 200),
    ),
  )
  .openapi(
    addFavouriteRoute,
    clinicRoute(addFavouriteRoute, { can: 'clinical.write' }, async (c, { tx, actor }) =>
      c.json(await addFavourite(tx, actor, c.req.valid('json')), 201),
    ),
  )
  .openapi(
    replaceFavouriteRoute,
    clinicRoute(replaceFavouriteRoute, { can: 'clinical.write' }, async (c, { tx }) =>
      c.json(await replaceFavourite(tx, c.req.valid('param').id, c.req.valid('json')), 200),
    ),
  )
  .openapi(
    removeFavouriteRoute,
    clinicRoute(removeFavouriteRoute, { can: 'clinical.write' }, async (c, { tx }) => {
      await removeFavourite(tx, c.req.valid('param').id)
      return c.body(null, 204)
    }),
  )
  .openapi(
    listSetsRoute,
    clinicRoute(listSetsRoute, { can: 'clinical.read' }, async (c, { tx }) =>
      c.json({ sets: await listSets(tx) }, 200),
    ),
  )
  .openapi(
    addSetRoute,
    clinicRoute(addSetRoute, { can: 'clinical.write' }, async (c, { tx, actor }) =>
      c.json(await addSet(tx, actor, c.req.valid('json')), 201),
    ),
  )
  .openapi(
    replaceSetRoute,
    clinicRoute(replaceSetRoute, { can: 'clinical.write' }, async (c, { tx, actor }) =>
      c.json(await replaceSet(tx, actor, c.req.valid('param').id, c.req.valid('json')), 200),
    ),
  )
  .openapi(
    removeSetRoute,
    clinicRoute(removeSetRoute, { can: 'clinical.write' }, async (c, { tx }) => {
      await removeSet(tx, c.req.valid('param').id)
      return c.body(null, 204)
    }),
  )
