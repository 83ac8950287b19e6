import type { Language } from '../i18n/index.ts';

/** Each language is named in itself, so anyone can find theirs whatever is shown now. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };
