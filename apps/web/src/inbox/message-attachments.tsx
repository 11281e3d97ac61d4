import type { Attachment } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { attachmentHref, hasThumbnail } from './attachment-links';
import { formatFileSize } from './file-size';

/**
 * A message's files under its text. Raster images show a small thumbnail from the
 * file itself (served inline, same origin); anything else, SVG and HTML above all,
 * is only a download link and is never rendered in the page.
 */
export function MessageAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="attachments" aria-label={t('attachments.listLabel')}>
      {attachments.map((attachment) => {
        const href = attachmentHref(attachment);
        return (
          <li key={attachment.id} className="attachment">
            {hasThumbnail(attachment) ? (
              <a href={href} target="_blank" rel="noopener" className="attachment__thumbnail">
                <img src={href} alt={attachment.fileName} loading="lazy" decoding="async" />
              </a>
            ) : null}
            <a
              href={href}
              download={attachment.fileName}
              className="attachment__link"
              title={t('attachments.download', { name: attachment.fileName })}
            >
              <bdi dir="auto" className="attachment__name">
                {attachment.fileName}
              </bdi>
            </a>
            <span className="attachment__size">{formatFileSize(attachment.size, i18n.language)}</span>
          </li>
        );
      })}
    </ul>
  );
}
