import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { AUDIT_OBJECTS, AUDIT_VERBS, auditActionLabel, auditCodeLabel } from './audit-labels.ts';

const zh = i18n.getFixedT('zh-CN');
const en = i18n.getFixedT('en-US');
const label = (t: typeof zh, action: string) =>
  auditActionLabel(
    action,
    (code) => t(`desktop.audit.objects.${code}` as never),
    (code) => t(`desktop.audit.verbs.${code}` as never),
  );

describe('audit action labels', () => {
  it('reads the stored code through the messages, object then verb', () => {
    expect(label(zh, 'lead.claimed')).toBe('门店 · 领取');
    expect(label(en, 'lead.claimed')).toBe('Lead · Claimed');
    expect(label(zh, 'contract.signed')).toBe('合同 · 签署');
  });

  it('makes a code it has no message for readable instead of showing it raw', () => {
    expect(label(en, 'pet_salon.groomed_twice')).toBe('Pet salon · Groomed twice');
    expect(auditCodeLabel('weird_code', [], () => 'x')).toBe('Weird code');
  });

  it('has a message for every object and verb in both languages', () => {
    for (const lng of ['zh-CN', 'en-US']) {
      for (const code of AUDIT_OBJECTS)
        expect(i18n.exists(`desktop.audit.objects.${code}`, { lng })).toBe(true);
      for (const code of AUDIT_VERBS) expect(i18n.exists(`desktop.audit.verbs.${code}`, { lng })).toBe(true);
    }
  });
});
