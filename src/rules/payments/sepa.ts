import { create } from 'xmlbuilder2';

// SEPA credit transfer initiation, ISO 20022 pain.001.001.03 (accepted by Dutch banks): one group header, one
// payment information block with the municipality as debtor, one transaction per payment. Pure: the same run
// gives the same bytes on every download (the creation time is the approval time), so a bank that refuses a
// duplicate MsgId refuses a file submitted twice.

export const PAIN_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03';

/** A uuid as 25 base-36 characters: short enough for the 35-character SEPA identifiers, and reversible. */
export function compactId(uuid: string): string {
  return BigInt(`0x${uuid.replace(/-/g, '')}`).toString(36).toUpperCase().padStart(25, '0');
}

/**
 * EndToEndId: the same for a benefit, month and kind in every run and every file; B = benefit, V = holiday allowance,
 * N = correction (nabetaling, paid with that month's run).
 */
export function endToEndId(benefitId: string, month: string, kind: 'benefit' | 'holiday_allowance' | 'correction'): string {
  const letter = { benefit: 'B', holiday_allowance: 'V', correction: 'N' }[kind];
  return `${letter}${month.replace('-', '')}-${compactId(benefitId)}`;
}

/** Integer cents as the euro amount SEPA expects: 123456 → "1234.56". */
export function sepaAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Ongeldig bedrag in centen: ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * Text in the SEPA character set (Latin letters, digits, space and / - ? : ( ) . , ' +): accents are dropped
 * (é → e, ß → ss), anything else becomes a space; cut to the field's length.
 */
export function sepaText(text: string, max: number): string {
  const latin = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ø/g, 'o').replace(/Ø/g, 'O');
  const clean = latin.replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.slice(0, max).trim() || 'Onbekend';
}

export interface SepaTransaction {
  endToEndId: string;
  amountCents: number;
  creditorName: string;
  creditorIban: string;
  remittance: string;
}

export interface SepaBatch {
  messageId: string;
  createdAt: Date;
  initiatingParty: string;
  paymentInfoId: string;
  executionDate: string;               // 'YYYY-MM-DD', a Dutch working day
  debtor: { name: string; iban: string; bic: string | null };
  transactions: SepaTransaction[];
}

/** NbOfTxs and CtrlSum of a set of transactions, from integer cents. */
export function controlTotals(transactions: readonly { amountCents: number }[]) {
  return { count: transactions.length, totalCents: transactions.reduce((sum, t) => sum + t.amountCents, 0) };
}

export function sepaDocument(batch: SepaBatch): string {
  if (batch.transactions.length === 0) throw new RangeError('Een SEPA-bestand zonder betalingen kan niet.');
  const totals = controlTotals(batch.transactions);
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(PAIN_NAMESPACE, 'Document').ele('CstmrCdtTrfInitn');
  const header = doc.ele('GrpHdr');
  header.ele('MsgId').txt(batch.messageId);
  header.ele('CreDtTm').txt(batch.createdAt.toISOString().slice(0, 19));
  header.ele('NbOfTxs').txt(String(totals.count));
  header.ele('CtrlSum').txt(sepaAmount(totals.totalCents));
  header.ele('InitgPty').ele('Nm').txt(sepaText(batch.initiatingParty, 70));

  const info = doc.ele('PmtInf');
  info.ele('PmtInfId').txt(batch.paymentInfoId);
  info.ele('PmtMtd').txt('TRF');
  info.ele('BtchBookg').txt('false');  // one line per resident on the municipality's statement, not one lump sum
  info.ele('NbOfTxs').txt(String(totals.count));
  info.ele('CtrlSum').txt(sepaAmount(totals.totalCents));
  const type = info.ele('PmtTpInf');
  type.ele('SvcLvl').ele('Cd').txt('SEPA');
  type.ele('CtgyPurp').ele('Cd').txt('SSBE');  // social security benefit
  info.ele('ReqdExctnDt').txt(batch.executionDate);
  info.ele('Dbtr').ele('Nm').txt(sepaText(batch.debtor.name, 70));
  info.ele('DbtrAcct').ele('Id').ele('IBAN').txt(batch.debtor.iban);
  const agent = info.ele('DbtrAgt').ele('FinInstnId');
  if (batch.debtor.bic) agent.ele('BIC').txt(batch.debtor.bic);
  else agent.ele('Othr').ele('Id').txt('NOTPROVIDED');
  info.ele('ChrgBr').txt('SLEV');
  for (const t of batch.transactions) {
    const tx = info.ele('CdtTrfTxInf');
    tx.ele('PmtId').ele('EndToEndId').txt(t.endToEndId);
    tx.ele('Amt').ele('InstdAmt', { Ccy: 'EUR' }).txt(sepaAmount(t.amountCents));
    tx.ele('Cdtr').ele('Nm').txt(sepaText(t.creditorName, 70));
    tx.ele('CdtrAcct').ele('Id').ele('IBAN').txt(t.creditorIban);
    tx.ele('RmtInf').ele('Ustrd').txt(sepaText(t.remittance, 140));
  }
  return doc.end({ prettyPrint: true });
}
