// Days since the last contact moment, in buckets: how long residents have not been seen (caseload per consultant).
import { daysAgo } from './periods.ts';

export const contactBuckets = ['d0_30', 'd31_90', 'd91_180', 'd181_plus', 'never'] as const;
export type ContactBucket = (typeof contactBuckets)[number];

export const contactBucketLabels: Record<ContactBucket, string> = {
  d0_30: '0–30 dagen',
  d31_90: '31–90 dagen',
  d91_180: '91–180 dagen',
  d181_plus: 'Meer dan 180 dagen',
  never: 'Nooit contact vastgelegd',
};

/** The earliest last-contact day that still falls in each bucket, counted back from `today` (contact today = 0 days). */
export function contactBucketStarts(today: string): { d0_30: string; d31_90: string; d91_180: string } {
  return { d0_30: daysAgo(today, 30), d31_90: daysAgo(today, 90), d91_180: daysAgo(today, 180) };
}

export function contactBucket(lastContactOn: string | null, today: string): ContactBucket {
  if (lastContactOn === null) return 'never';
  const starts = contactBucketStarts(today);
  if (lastContactOn >= starts.d0_30) return 'd0_30';
  if (lastContactOn >= starts.d31_90) return 'd31_90';
  if (lastContactOn >= starts.d91_180) return 'd91_180';
  return 'd181_plus';
}
