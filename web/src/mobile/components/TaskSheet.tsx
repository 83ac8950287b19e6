import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DotLoading, Popup, Space, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../api/errors.ts';
import { currentSession } from '../../auth/session.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { PriceGapList } from '../../shared/PriceGapList.tsx';
import { ErrorState } from './ErrorState.tsx';

type Mode = 'view' | 'done' | 'reject' | 'escalate';

/** Sends the feedback photo (multipart) before the task is completed. */
async function putPhoto(taskId: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  const session = currentSession();
  const response = await fetch(`/api/v1/tasks/${taskId}/photo`, {
    method: 'PUT',
    body: form,
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
  });
  if (!response.ok) throw new Error(String(response.status));
}

/** One task from the to-do list: read it, start it, finish it with feedback (and a photo), refuse or escalate it. */
export function TaskSheet({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const task = useQuery({
    queryKey: ['task', taskId],
    queryFn: () => call(api.GET('/api/v1/tasks/{id}', { params: { path: { id: taskId } } })),
  });
  const act = useMutation({
    mutationFn: async (action: 'start' | Exclude<Mode, 'view'>) => {
      const path = { params: { path: { id: taskId } } };
      if (action === 'start') return call(api.POST('/api/v1/tasks/{id}/start', path));
      if (action === 'done') {
        if (photo)
          await putPhoto(taskId, photo).catch(() =>
            Promise.reject(new Error(t('campaigns.task.photoFailed'))),
          );
        return call(
          api.POST('/api/v1/tasks/{id}/done', {
            ...path,
            body: text.trim() ? { feedback: text.trim() } : {},
          }),
        );
      }
      if (action === 'reject')
        return call(api.POST('/api/v1/tasks/{id}/reject', { ...path, body: { reason: text.trim() } }));
      return call(api.POST('/api/v1/tasks/{id}/escalate', { ...path, body: { reason: text.trim() } }));
    },
    onSuccess: (_, action) => {
      const done = {
        start: 'started',
        done: 'completed',
        reject: 'rejected',
        escalate: 'escalated',
      } as const;
      Toast.show({ icon: 'success', content: t(`campaigns.task.${done[action]}`) });
      void queryClient.invalidateQueries({ queryKey: ['todos'] });
      void queryClient.invalidateQueries({ queryKey: ['task', taskId] });
      if (action === 'start') return;
      onClose();
    },
    onError: (error) => Toast.show({ icon: 'fail', content: errorMessage(error, t) }),
  });

  const data = task.data;
  const needsReason = mode === 'reject' || mode === 'escalate';
  return (
    <Popup
      visible
      onMaskClick={onClose}
      onClose={onClose}
      bodyStyle={{ borderRadius: '12px 12px 0 0', maxHeight: '85vh', overflowY: 'auto' }}
    >
      <div style={{ padding: 16 }} data-testid="task-sheet">
        {task.isPending && <DotLoading color="primary" />}
        {task.isError && <ErrorState error={task.error} onRetry={() => void task.refetch()} />}
        {data && (
          <Space direction="vertical" block style={{ '--gap': '12px' }}>
            <div style={{ fontSize: 17, fontWeight: 600 }} translate="no">
              {data.title}
            </div>
            {data.leadName && (
              <Button
                fill="none"
                color="primary"
                size="small"
                style={{ padding: 0 }}
                onClick={() => navigate(`/leads/${data.leadId}`)}
              >
                <span translate="no">{data.leadName}</span> · {t('campaigns.task.openMerchant')}
              </Button>
            )}
            {data.dueAt && (
              <div style={{ color: '#666' }}>
                {t('campaigns.todo.due', { date: formatDateTime(data.dueAt) })}
              </div>
            )}
            <PriceGapList gaps={data.context?.priceGaps} />
            {data.instructions && (
              <div>
                <div style={{ color: '#999', fontSize: 13 }}>{t('campaigns.task.instructions')}</div>
                <div translate="no" style={{ whiteSpace: 'pre-wrap' }}>
                  {data.instructions}
                </div>
              </div>
            )}
            {mode === 'view' && (
              <Space direction="vertical" block>
                {data.status === 'open' && (
                  <Button
                    block
                    color="primary"
                    fill="outline"
                    loading={act.isPending}
                    onClick={() => act.mutate('start')}
                    data-testid="task-start"
                  >
                    {t('campaigns.task.start')}
                  </Button>
                )}
                <Button block color="primary" onClick={() => setMode('done')} data-testid="task-complete">
                  {t('campaigns.task.complete')}
                </Button>
                <div style={{ display: 'flex', gap: 12 }}>
                  <Button onClick={() => setMode('reject')} data-testid="task-reject" style={{ flex: 1 }}>
                    {t('campaigns.task.reject')}
                  </Button>
                  <Button
                    color="warning"
                    onClick={() => setMode('escalate')}
                    data-testid="task-escalate"
                    style={{ flex: 1 }}
                  >
                    {t('campaigns.task.escalate')}
                  </Button>
                </div>
              </Space>
            )}
            {mode !== 'view' && (
              <Space direction="vertical" block>
                <div style={{ color: '#999', fontSize: 13 }}>
                  {needsReason ? t('campaigns.task.reason') : t('campaigns.task.feedback')}
                </div>
                <TextArea
                  data-testid="task-text"
                  value={text}
                  onChange={setText}
                  rows={3}
                  maxLength={needsReason ? 1000 : 2000}
                  placeholder={
                    mode === 'done'
                      ? t('campaigns.task.feedbackPlaceholder')
                      : mode === 'reject'
                        ? t('campaigns.task.rejectPlaceholder')
                        : t('campaigns.task.escalatePlaceholder')
                  }
                  style={{
                    background: '#f5f6f8',
                    padding: 8,
                    borderRadius: 6,
                    boxSizing: 'border-box',
                    width: '100%',
                  }}
                />
                {mode === 'done' && (
                  <label className="task-photo">
                    <span>{photo ? photo.name : t('campaigns.task.photo')}</span>
                    <input
                      type="file"
                      accept="image/png,image/jpeg,image/webp"
                      capture="environment"
                      data-testid="task-photo"
                      onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
                    />
                  </label>
                )}
                <div style={{ display: 'flex', gap: 12 }}>
                  <Button onClick={() => setMode('view')} style={{ flex: 1 }}>
                    {t('actions.back')}
                  </Button>
                  <Button
                    color="primary"
                    style={{ flex: 2 }}
                    loading={act.isPending}
                    data-testid="task-submit"
                    onClick={() => {
                      if (needsReason && !text.trim())
                        Toast.show({ content: t('campaigns.task.reasonRequired') });
                      else act.mutate(mode);
                    }}
                  >
                    {t('actions.submit')}
                  </Button>
                </div>
              </Space>
            )}
          </Space>
        )}
      </div>
    </Popup>
  );
}
