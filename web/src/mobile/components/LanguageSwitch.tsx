import { Selector } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/index.ts';
import { LANGUAGE_NAMES } from '../../shared/language-names.ts';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Selector
      aria-label={t('language.switchTo')}
      columns={2}
      value={[i18n.language]}
      onChange={(values) => {
        if (values[0]) void i18n.changeLanguage(values[0]);
      }}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: <span translate="no">{LANGUAGE_NAMES[language]}</span>,
      }))}
    />
  );
}
