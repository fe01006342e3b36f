import { useEffect, useState } from 'react'
import { toClinicMinutes } from './clinic-time.ts'

/** The clinic's date and minutes after midnight now, refreshed every minute. */
export function useClinicNow(zone: string): { date: string; minutes: number } {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  const { date, minutes } = toClinicMinutes(now, zone)
  return { date, minutes }
}
