import type { QualityLanguage } from '../review-input';
import { enPatterns } from './en';
import { esPatterns } from './es';
import { idPatterns } from './id';
import { ruPatterns } from './ru';
import type { QualityPatterns } from './types';

export const QUALITY_PATTERNS: Readonly<Record<QualityLanguage, QualityPatterns>> = {
  ru: ruPatterns,
  en: enPatterns,
  es: esPatterns,
  id: idPatterns,
};
