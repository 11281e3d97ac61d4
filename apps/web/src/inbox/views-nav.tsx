import { BuiltInView, type ViewWithCount } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { Link } from '../router/link';

interface Props {
  views: ViewWithCount[] | null;
  error: unknown;
  selected: string;
  hrefOf: (viewId: string) => string;
}

/** The views column: built-in and saved views with their live counts. */
export function ViewsNav({ views, error, selected, hrefOf }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const nameOf = (view: ViewWithCount) => {
    const builtIn = BuiltInView.safeParse(view.id);
    return view.kind === 'built_in' && builtIn.success ? t(`views.${builtIn.data}`) : view.name;
  };
  return (
    <nav className="inbox__views" aria-label={t('views.label')}>
      {error && !views ? (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <ul className="views">
        {(views ?? []).map((view) => (
          <li key={view.id}>
            <Link
              href={hrefOf(view.id)}
              className="views__link"
              aria-current={view.id === selected ? 'page' : undefined}
            >
              <bdi className="views__name">{nameOf(view)}</bdi>
              <span className="views__count" data-testid={`view-count-${view.id}`}>
                {view.countIsCapped ? t('views.capped', { count: view.count }) : view.count}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
