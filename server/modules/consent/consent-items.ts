/** The consent items and capture channels live in shared/, so the screens offer exactly these. */
export {
  CAPTURE_CHANNELS,
  type CaptureChannel,
  CONSENT_ITEMS,
  type ConsentItem,
  type RecordedChannel,
} from '../../../shared/consent/consent-items.ts'
