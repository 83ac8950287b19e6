import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';

/** A failed load: what went wrong in the user's words, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorBlock status="default" title={t('states.error')} description={errorMessage(error, t)}>
      {onRetry && (
        <Button color="primary" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      )}
    </ErrorBlock>
  );
}

export function EmptyState({ text }: { text: string }) {
  return <ErrorBlock status="empty" title={text} description="" />;
}
