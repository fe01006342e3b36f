import { describe, expect, it } from 'vitest'
import { maskMobile } from './present-whatsapp.ts'
import { clinicOfCallbackData } from './whatsapp-outbox.ts'

const CLINIC = '0b6f3c1e-5a2d-4e8f-9c7b-1d2e3f4a5b6c'
const MESSAGE = '7c8d9e0f-1a2b-4c3d-8e5f-6a7b8c9d0e1f'

describe('WhatsApp outbox messages', () => {
  it('masks an Indian mobile however it was written', () => {
    expect(maskMobile('9876543210')).toBe('+91 98xxx xx210')
    expect(maskMobile('919876543210')).toBe('+91 98xxx xx210')
    expect(maskMobile('+91 98765 43210')).toBe('+91 98xxx xx210')
  })

  it('keeps only the last three digits of any other number', () => {
    expect(maskMobile('+44 20 7946 0958')).toBe('xxx958')
  })

  it('reads the clinic from the callback data, and nothing from anything else', () => {
    expect(clinicOfCallbackData(`nrm:${CLINIC}:${MESSAGE}`)).toBe(CLINIC)
    expect(clinicOfCallbackData(`nrm:${CLINIC}`)).toBeUndefined()
    expect(clinicOfCallbackData(`nrm:${CLINIC}:${MESSAGE}:extra`)).toBeUndefined()
    expect(clinicOfCallbackData(undefined)).toBeUndefined()
    expect(clinicOfCallbackData(42)).toBeUndefined()
  })
})
