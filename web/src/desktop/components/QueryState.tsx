import { Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';

/** Loading, error and empty states of a query, the same on every screen. */
export function QueryState<T>({
  query,
  isEmpty,
  children,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: T | undefined;
    refetch: () => unknown;
  };
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <div className="center-block" role="status">
        <Spin />
      </div>
    );
  if (query.isError || query.data === undefined)
    return (
      <Result
        status="warning"
        title={t('states.error')}
        subTitle={errorMessage(query.error, t)}
        extra={<Button onClick={() => void query.refetch()}>{t('actions.retry')}</Button>}
      />
    );
  if (isEmpty?.(query.data)) return <Empty description={t('states.empty')} />;
  return <>{children(query.data)}</>;
}
