import { inTenant, type Tx } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { forbidden, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import type { Actor } from '../../platform/roles.ts';
import { getVisibleLead, managesOwner } from '../leads/access.ts';
import { maskPhone } from '../leads/mask.ts';
import { normalizePhones } from '../leads/normalize.ts';
import { phoneVisibleTo } from '../leads/present.ts';
import type { LeadRow } from '../leads/repo.ts';
import { mayEdit } from '../leads/service.ts';
import * as repo from './repo.ts';

export type ContactRow = Awaited<ReturnType<typeof repo.listContacts>>[number];

export interface PresentedContact {
  id: string;
  leadId: string;
  name: string;
  title: string | null;
  phone: string | null;
  phoneMasked: boolean;
  isKeyPerson: boolean;
  createdAt: string;
}

/** Contacts' phones follow the lead's: in full for its owner, masked (and revealable) for others. */
export function presentContacts(
  deps: Deps,
  actor: Actor,
  lead: LeadRow,
  rows: ContactRow[],
): PresentedContact[] {
  const visible = phoneVisibleTo(actor, lead);
  return rows.map((c) => ({
    id: c.id,
    leadId: c.lead_id,
    name: c.name,
    title: c.title,
    phone: visible && c.phone_cipher ? deps.cipher.decrypt(c.phone_cipher) : c.phone_masked,
    phoneMasked: !visible && c.phone_cipher !== null,
    isKeyPerson: c.is_key_person,
    createdAt: c.created_at.toISOString(),
  }));
}

export async function contactsOf(trx: Tx, deps: Deps, actor: Actor, lead: LeadRow) {
  return presentContacts(deps, actor, lead, await repo.listContacts(trx, actor.tenantId, lead.id));
}

export async function listContacts(deps: Deps, actor: Actor, leadId: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    return contactsOf(trx, deps, actor, lead);
  });
}

export async function addContact(
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: { name: string; title?: string; phone?: string; isKeyPerson?: boolean },
) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    if (!(await mayEdit(trx, actor, lead))) throw forbidden('Claim the lead before adding its people');
    const row = await addContactInTx(trx, deps, actor, leadId, input);
    return presentContacts(deps, actor, lead, [row])[0]!;
  });
}

/**
 * Adds a person to a lead inside an open transaction, with no access check of its own: for use
 * cases that created the lead a moment ago in the same transaction (the public inquiry form).
 */
export async function addContactInTx(
  trx: Tx,
  deps: Deps,
  actor: Actor,
  leadId: string,
  input: { name: string; title?: string; phone?: string; isKeyPerson?: boolean },
) {
  const phone = input.phone?.trim() || null;
  const normalized = phone ? (normalizePhones(phone)[0] ?? phone) : null;
  const row = await repo.insertContact(trx, actor.tenantId, {
    leadId,
    name: input.name,
    title: input.title ?? null,
    phoneCipher: phone ? deps.cipher.encrypt(phone) : null,
    phoneHash: normalized ? deps.cipher.blindIndex(normalized) : null,
    phoneMasked: maskPhone(phone),
    isKeyPerson: input.isKeyPerson ?? false,
    createdBy: actor.kind === 'user' ? actor.id : null,
    at: deps.clock.now(),
  });
  await audit(trx, deps.clock, actor, {
    action: 'contact.created',
    object: 'contact',
    objectId: row.id,
    after: {
      leadId,
      name: row.name,
      title: row.title,
      phone: row.phone_masked,
      isKeyPerson: row.is_key_person,
    },
  });
  return row;
}

/** The contact's phone in full, for the owner chain; each reveal is audited. */
export async function revealContactPhone(deps: Deps, actor: Actor, leadId: string, contactId: string) {
  return inTenant(deps.db, actor.tenantId, async (trx) => {
    const lead = await getVisibleLead(trx, deps, actor, leadId);
    const contact = await repo.findContact(trx, actor.tenantId, leadId, contactId);
    if (!contact) throw notFound('Contact');
    const owner = actor.kind === 'user' && lead.owner_id === actor.id;
    if (!owner && actor.scopePath !== null && !(await managesOwner(trx, actor, lead.owner_id))) {
      throw forbidden('Only the owner and their managers see a contact’s phone');
    }
    await audit(trx, deps.clock, actor, {
      action: 'contact.phone_revealed',
      object: 'contact',
      objectId: contactId,
    });
    return { phone: contact.phone_cipher ? deps.cipher.decrypt(contact.phone_cipher) : null };
  });
}

export const moveContacts = repo.moveContacts;
export const findContact = repo.findContact;
