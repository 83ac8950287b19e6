import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export default function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('desktop.notFound.title')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('desktop.notFound.back')}
        </Button>
      }
    />
  );
}
