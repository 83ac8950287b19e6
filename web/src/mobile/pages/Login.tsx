import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { lastEndReason, lastTenant } from '../../auth/session.ts';
import { type Credentials, safeReturnPath, signIn } from '../../shared/login.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';

export default function Login() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ended = lastEndReason();

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(values);
      navigate(safeReturnPath(params.get('from'), '/nearby'), { replace: true });
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <h1>{t('app.mobile')}</h1>
      <p>{t('login.subtitle')}</p>
      {ended === 'expired' && <NoticeBar content={t('login.expired')} color="alert" />}
      {error && <NoticeBar content={error} color="error" data-testid="login-error" />}
      <Form
        layout="horizontal"
        initialValues={{ tenant: lastTenant(), username: '', password: '' }}
        onFinish={submit}
        footer={
          <Button block type="submit" color="primary" size="large" loading={busy}>
            {t('login.submit')}
          </Button>
        }
      >
        <Form.Item
          name="tenant"
          label={t('login.tenant')}
          rules={[{ required: true, message: t('login.required', { field: t('login.tenant') }) }]}
        >
          <Input placeholder={t('login.tenantPlaceholder')} autoComplete="organization" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
        >
          <Input type="password" autoComplete="current-password" />
        </Form.Item>
      </Form>
      <div className="section">
        <div className="section-title">{t('language.label')}</div>
        <LanguageSwitch />
      </div>
    </div>
  );
}
