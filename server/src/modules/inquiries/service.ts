import type { Static } from '@sinclair/typebox';
import { inTenant } from '../../db/tenant-tx.ts';
import type { Deps } from '../../deps.ts';
import { DomainError, notFound } from '../../errors.ts';
import { audit } from '../../platform/audit/service.ts';
import { PLATFORM_TENANT_SLUG, systemActor } from '../../platform/roles.ts';
import { findTenantBySlug } from '../../platform/tenants/service.ts';
import { addContactInTx } from '../contacts/service.ts';
import { tenantCities } from '../imports/context.ts';
import { cityIndex } from '../imports/rows.ts';
import { createLeadInTx } from '../leads/service.ts';
import type { InquiryBody } from './schema.ts';

/**
 * A merchant asks to be contacted through a tenant's public form: the store becomes a lead in
 * review (channel inbound, never auto-approved: anyone can post this form) with its contact as the
 * key person. The message goes to the audit trail of the lead.
 */
export async function receiveInquiry(
  deps: Deps,
  slug: string,
  input: Static<typeof InquiryBody>,
  meta: { ip: string; requestId: string },
) {
  const tenant = slug === PLATFORM_TENANT_SLUG ? undefined : await findTenantBySlug(deps, slug);
  if (!tenant?.active) throw notFound('Tenant');
  const actor = { ...systemActor(tenant.id, 'inquiry-form'), ip: meta.ip, requestId: meta.requestId };
  const cities = await tenantCities(deps, tenant.id);
  const city = (input.cityName && cityIndex(cities)(input.cityName)) || cities[0];
  if (!city)
    throw new DomainError('invalid_state', 'This business line takes no inquiries yet (it has no city)');
  return inTenant(deps.db, tenant.id, async (trx) => {
    const leadId = await createLeadInTx(
      trx,
      deps,
      actor,
      {
        name: input.storeName.trim(),
        phone: input.phone,
        address: input.address?.trim() || null,
        category: input.category?.trim() || null,
        cityId: city.id,
      },
      { channel: 'inbound', forceReview: true },
    );
    await addContactInTx(trx, deps, actor, leadId, {
      name: input.contactName.trim(),
      phone: input.phone,
      isKeyPerson: true,
    });
    await audit(trx, deps.clock, actor, {
      action: 'inquiry.received',
      object: 'lead',
      objectId: leadId,
      note: {
        contactName: input.contactName,
        cityName: input.cityName ?? null,
        message: input.message ?? null,
      },
    });
    return { id: leadId, status: 'received' as const };
  });
}
