import { Type } from '@sinclair/typebox';
import { IdString, Obj } from '../../http/schemas.ts';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const InquiryParams = Obj({ tenantSlug: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' }) });

export const InquiryBody = Obj({
  storeName: Text(100),
  contactName: Text(50),
  phone: Type.String({ pattern: '^[0-9+()\\- ]{5,32}$', description: 'A number we can call back' }),
  address: Type.Optional(Type.String({ maxLength: 300 })),
  cityName: Type.Optional(Type.String({ maxLength: 50 })),
  category: Type.Optional(Type.String({ maxLength: 40 })),
  message: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const InquiryAccepted = Obj({
  id: IdString,
  status: Type.Literal('received'),
});
