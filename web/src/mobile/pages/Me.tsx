import { Button, Dialog, List, NavBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { endSession } from '../../auth/session.ts';
import { useMe } from '../../auth/use-me.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';

export default function Me() {
  const { t } = useTranslation();
  const { session, me } = useMe();
  const role = me?.role ?? session?.user.role ?? '';
  const logout = async () => {
    const ok = await Dialog.confirm({
      content: t('mobile.me.logoutConfirm'),
      confirmText: t('actions.logout'),
      cancelText: t('actions.cancel'),
    });
    if (ok) endSession('logout');
  };
  return (
    <div>
      <NavBar back={null}>{t('mobile.me.title')}</NavBar>
      <List>
        <List.Item extra={<span translate="no">{session?.user.displayName}</span>}>
          {t('mobile.me.username')}
        </List.Item>
        <List.Item extra={t(`roles.${role as 'bd'}`, { defaultValue: role })}>
          {t('mobile.me.role')}
        </List.Item>
        <List.Item extra={<span translate="no">{session?.tenant.name}</span>}>
          {t('mobile.me.tenant')}
        </List.Item>
      </List>
      <div className="section">
        <div className="section-title">{t('language.label')}</div>
        <div className="card">
          <LanguageSwitch />
        </div>
      </div>
      <List>
        <List.Item onClick={() => window.location.assign('/')}>{t('mobile.me.desktop')}</List.Item>
      </List>
      <div className="form-footer">
        <Button block color="danger" fill="outline" size="large" onClick={() => void logout()}>
          {t('actions.logout')}
        </Button>
      </div>
    </div>
  );
}
