import { z } from 'zod'

/**
 * A BSP's numeric error code (Interakt's channel_error_code, Wati's failedCode: seen as a number
 * and as a string), when it is one; anything else is no code, so an odd code never costs us the
 * failure itself.
 */
export const providerErrorCode = z
  .union([
    z.number().int(),
    z
      .string()
      .regex(/^-?\d{1,9}$/)
      .transform(Number),
  ])
  .nullish()
  .catch(undefined)
