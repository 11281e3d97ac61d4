import enBase from './en.json';
import ruBase from './ru.json';
import enConnectors from './features/connectors.en.json';
import ruConnectors from './features/connectors.ru.json';
import enProfile from './features/customer-profile.en.json';
import ruProfile from './features/customer-profile.ru.json';
import enMemory from './features/memory.en.json';
import ruMemory from './features/memory.ru.json';
import enPromises from './features/promises.en.json';
import ruPromises from './features/promises.ru.json';
import enCultureSettings from './features/culture-settings.en.json';
import ruCultureSettings from './features/culture-settings.ru.json';
import enEtiquette from './features/etiquette.en.json';
import ruEtiquette from './features/etiquette.ru.json';
import enQuality from './features/quality.en.json';
import ruQuality from './features/quality.ru.json';
import enQualityReports from './features/quality-reports.en.json';
import ruQualityReports from './features/quality-reports.ru.json';

/**
 * A feature may keep its texts in its own file under features/ (one top-level key each, in both languages),
 * so that work on separate features never edits the same file.
 */
export const FEATURE_TEXTS = {
  en: [enProfile, enConnectors, enMemory, enPromises, enCultureSettings, enEtiquette, enQuality, enQualityReports],
  ru: [ruProfile, ruConnectors, ruMemory, ruPromises, ruCultureSettings, ruEtiquette, ruQuality, ruQualityReports],
} as const;

/** All UI texts per language. */
export const en = {
  ...enBase,
  ...enProfile,
  ...enConnectors,
  ...enMemory,
  ...enPromises,
  ...enCultureSettings,
  ...enEtiquette,
  ...enQuality,
  ...enQualityReports,
};
export const ru = {
  ...ruBase,
  ...ruProfile,
  ...ruConnectors,
  ...ruMemory,
  ...ruPromises,
  ...ruCultureSettings,
  ...ruEtiquette,
  ...ruQuality,
  ...ruQualityReports,
};
