import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Popconfirm, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client.ts';
import { errorMessage } from '../../../api/errors.ts';
import type { ContractSummary, ResponseOf } from '../../../api/types.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { downloadFile } from '../../../shared/download.ts';
import { useUsers } from '../../lookups.ts';
import { useViewer } from './queries.ts';

type Attachment = ResponseOf<'/api/v1/contracts/{id}/attachments', 'get'>['items'][number];

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx';
// The server's rules (attachments.ts): documents change while the contract is worked on, and the
// signed paper is added after signing; removal only before approval.
const ADD_STATUSES = new Set(['draft', 'rejected', 'approved', 'signed', 'active']);
const REMOVE_STATUSES = new Set(['draft', 'rejected']);

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The documents of a contract: the scanned paper, annexes; uploaded, downloaded, removed while a draft. */
export function ContractAttachments({ contract }: { contract: ContractSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = useUsers();
  const viewer = useViewer();
  const key = ['contract', contract.id, 'attachments'];
  const works = contract.ownerId === viewer.userId || viewer.manages;
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      call(api.GET('/api/v1/contracts/{id}/attachments', { params: { path: { id: contract.id } } })),
  });

  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return call(
        api.POST('/api/v1/contracts/{id}/attachments', {
          params: { path: { id: contract.id } },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: (added) => void message.success(t('pipeline.attachments.uploaded', { name: added.fileName })),
    onError: (error) => void message.error(errorMessage(error, t)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });

  const remove = useMutation({
    mutationFn: (attachment: Attachment) =>
      call(
        api.DELETE('/api/v1/contracts/{id}/attachments/{attachmentId}', {
          params: { path: { id: contract.id, attachmentId: attachment.id } },
        }),
      ),
    onError: (error) => void message.error(errorMessage(error, t)),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });

  const download = (attachment: Attachment) =>
    downloadFile(attachment.downloadUrl, attachment.fileName).catch(
      (error: unknown) => void message.error(errorMessage(error, t)),
    );

  return (
    <div data-testid="contract-attachments">
      {works && ADD_STATUSES.has(contract.status) && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginBottom: 12 }}>
            {t('pipeline.attachments.upload')}
          </Button>
        </Upload>
      )}
      <Typography.Paragraph type="secondary">{t('pipeline.attachments.hint')}</Typography.Paragraph>
      <Table<Attachment>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{
          emptyText: list.isError ? (
            <span role="alert">{errorMessage(list.error, t)}</span>
          ) : (
            <Empty description={t('pipeline.attachments.none')} />
          ),
        }}
        columns={[
          {
            title: t('pipeline.attachments.file'),
            key: 'file',
            render: (_, a) => (
              <Typography.Link onClick={() => void download(a)}>
                <PaperClipOutlined /> <span translate="no">{a.fileName}</span>
              </Typography.Link>
            ),
          },
          { title: t('pipeline.attachments.size'), key: 'size', render: (_, a) => formatSize(a.sizeBytes) },
          {
            title: t('pipeline.attachments.uploadedBy'),
            key: 'by',
            render: (_, a) => <span translate="no">{a.uploadedBy ? users.nameOf(a.uploadedBy) : ''}</span>,
          },
          { title: t('pipeline.attachments.at'), key: 'at', render: (_, a) => formatDateTime(a.createdAt) },
          {
            title: '',
            key: 'remove',
            render: (_, a) =>
              works && REMOVE_STATUSES.has(contract.status) ? (
                <Popconfirm
                  title={t('pipeline.attachments.removeConfirm')}
                  okText={t('actions.confirm')}
                  cancelText={t('actions.cancel')}
                  onConfirm={() => remove.mutate(a)}
                >
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('pipeline.attachments.remove')}
                    title={t('pipeline.attachments.remove')}
                  />
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
