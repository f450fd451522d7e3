// Popup strings come from _locales/<lang>/messages.json through browser.i18n.
import browser from 'webextension-polyfill';
import type { ActorType } from '../core';

/** A localized string; the key itself when it is missing (easy to spot, never blank). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language of the translation the browser picked for us (not the browser's
 * UI language: they differ when we lack a translation for it).
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('uiLang') || 'en';
}

/** The direction of that translation ("@@bidi_dir" follows the browser UI, not our strings). */
export function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getMessage('uiDir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The page language's name in the UI language ("العربية", "Persian"), or the code if unknown. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const conflictName = (id: string) => t(`conflict_${id.replace(/-/g, '_')}`);

export const ACTOR_TYPE_ORDER: readonly ActorType[] = ['person', 'state', 'organization', 'group', 'media'];
const TYPE_KEYS: Record<ActorType, string> = {
  person: 'typePerson',
  state: 'typeState',
  organization: 'typeOrganization',
  group: 'typeGroup',
  media: 'typeMedia',
};
export const actorTypeName = (type: ActorType) => t(TYPE_KEYS[type]);

/** Arabic UI shows Arabic names first; any other UI shows the English name first. */
export const prefersArabic = () => uiLanguage().toLowerCase().startsWith('ar');
