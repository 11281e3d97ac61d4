import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href="/inbox">{t('notFound.back')}</Link>
    </section>
  );
}
