import { describe, expect, it } from 'vitest';
import { incomeReportDiffers } from './signals.ts';

const none = { applicantEarningsCents: 0, partnerEarningsCents: 0, otherIncomeCents: 0, giftsCents: 0 };

describe('income signal', () => {
  it('is silent when the report matches the standing situation', () => {
    expect(incomeReportDiffers(none, none)).toBeNull();
    expect(incomeReportDiffers({ ...none, applicantEarningsCents: 50_000 }, { ...none, applicantEarningsCents: 50_000 })).toBeNull();
  });
  it('names each difference with both amounts', () => {
    expect(incomeReportDiffers({ ...none, applicantEarningsCents: 50_000 }, { ...none, applicantEarningsCents: 62_500, giftsCents: 10_000 }))
      .toBe('Inkomstenopgave wijkt af — inkomsten uit arbeid aanvrager: opgegeven € 625,00, vastgesteld € 500,00; giften: opgegeven € 100,00, vastgesteld € 0,00.');
  });
});
