import { useTranslation } from 'react-i18next';
import { useMe } from './use-me.ts';

interface TagDefinition {
  key: string;
  labelZh?: string;
  labelEn?: string;
}

/** Tags are codes (top_merchant); the tenant's settings name them in both languages. */
export function useTagLabel() {
  const { me } = useMe();
  const { i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  const settings = me?.tenant.settings as { tags?: TagDefinition[] } | undefined;
  const byKey = new Map((settings?.tags ?? []).map((tag) => [tag.key, tag]));
  return {
    tags: [...byKey.values()],
    label: (key: string) => {
      const tag = byKey.get(key);
      return (english ? tag?.labelEn : tag?.labelZh) || tag?.labelZh || key;
    },
  };
}
