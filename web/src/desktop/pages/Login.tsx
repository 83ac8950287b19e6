import { LockOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { lastEndReason, lastTenant } from '../../auth/session.ts';
import { LANGUAGES } from '../../i18n/index.ts';
import { LANGUAGE_NAMES } from '../../shared/language-names.ts';
import { type Credentials, safeReturnPath, signIn } from '../../shared/login.ts';

export default function Login() {
  const { t, i18n } = useTranslation();
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
      navigate(safeReturnPath(params.get('from'), '/'), { replace: true });
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const required = (field: string) => [{ required: true, message: t('login.required', { field }) }];

  return (
    <div className="login-shell">
      <Card className="login-card">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {ended === 'expired' && (
          <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />
        )}
        {ended === 'logout' && (
          <Alert type="info" showIcon title={t('login.loggedOut')} style={{ marginBottom: 16 }} />
        )}
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <Form<Credentials>
          layout="vertical"
          initialValues={{ tenant: lastTenant() }}
          onFinish={(values) => void submit(values)}
          requiredMark={false}
        >
          <Form.Item name="tenant" label={t('login.tenant')} rules={required(t('login.tenant'))}>
            <Input
              prefix={<ShopOutlined />}
              placeholder={t('login.tenantPlaceholder')}
              autoComplete="organization"
            />
          </Form.Item>
          <Form.Item name="username" label={t('login.username')} rules={required(t('login.username'))}>
            <Input prefix={<UserOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={required(t('login.password'))}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Segmented
            aria-label={t('language.switchTo')}
            value={i18n.language}
            onChange={(language) => void i18n.changeLanguage(String(language))}
            options={LANGUAGES.map((language) => ({
              value: language,
              label: <span translate="no">{LANGUAGE_NAMES[language]}</span>,
            }))}
          />
        </div>
      </Card>
    </div>
  );
}
