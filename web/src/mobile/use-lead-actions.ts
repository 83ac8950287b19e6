import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { api, call } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';

/** Pool actions on one lead; each refreshes every list the lead may appear in. */
export function useLeadActions() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = (id: string) => {
    void queryClient.invalidateQueries({ queryKey: ['nearby'] });
    void queryClient.invalidateQueries({ queryKey: ['lead', id] });
    void queryClient.invalidateQueries({ queryKey: ['expiring'] });
    void queryClient.invalidateQueries({ queryKey: ['my-leads'] });
  };
  const fail = (error: unknown) =>
    Toast.show({ icon: 'fail', content: errorMessage(error, t), duration: 3000 });

  const claim = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/v1/leads/{id}/claim', { params: { path: { id } } })),
    onSuccess: (lead) => {
      Toast.show({ icon: 'success', content: t('mobile.nearby.claimed') });
      refresh(lead.id);
    },
    onError: fail,
  });
  const release = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      call(
        api.POST('/api/v1/leads/{id}/release', {
          params: { path: { id } },
          body: reason ? { reason } : {},
        }),
      ),
    onSuccess: (lead) => {
      Toast.show({ icon: 'success', content: t('mobile.merchant.released') });
      refresh(lead.id);
    },
    onError: fail,
  });
  const extend = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      call(api.POST('/api/v1/leads/{id}/extend', { params: { path: { id } }, body: { reason } })),
    onSuccess: (lead) => refresh(lead.id),
    onError: fail,
  });
  return { claim, release, extend, refresh };
}
