import type { ReactNode } from 'react';
import { Avatar, Box, Card, Link as MuiLink, Typography } from '@mui/material';
import { RichTextField, useGetOne, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { facebookPostText, xPostText, type PieceChannel } from '@sigobito/config/contracts';
import { imageSrcOf } from './pieceForm';
import { linkHost, xSegments } from './preview';

type Shown = { src: string; alt: string };

/** The images of the piece being edited, each with its alt text (what a screen reader will say). */
const useShownImages = (): Shown[] => {
  const images = (useWatch({ name: 'images' }) as unknown[] | undefined) ?? [];
  const alts = (useWatch({ name: 'imageAlts' }) as string[] | undefined) ?? [];
  return images.flatMap((image, i) => {
    const src = imageSrcOf(image);
    return src ? [{ src, alt: alts[i] ?? '' }] : [];
  });
};

const useAccountName = () => {
  const { data } = useGetOne<{ id: string; shortName?: string | null; municipalityName?: string | null }>('settings', { id: 'current' }, { staleTime: 60 * 60 * 1000 });
  return data?.shortName || data?.municipalityName || 'SIGOBito';
};

/** Up to four images in a grid, as X and Facebook lay them out. */
const ImageGrid = ({ images, max }: { images: Shown[]; max: number }) => {
  const translate = useTranslate();
  const shown = images.slice(0, max);
  if (!shown.length) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: shown.length > 1 ? '1fr 1fr' : '1fr', gap: 0.5, mt: 1, borderRadius: 2, overflow: 'hidden' }}>
      {shown.map((image, i) => (
        <Box
          key={`${image.src}-${i}`}
          component="img"
          src={image.src}
          alt={image.alt}
          title={image.alt || translate('resources.pieces.preview.image_alt_missing')}
          sx={{ width: '100%', aspectRatio: shown.length > 1 ? '1 / 1' : '16 / 9', objectFit: 'cover', outline: image.alt ? 'none' : '3px dashed #d32f2f', outlineOffset: -3 }}
        />
      ))}
    </Box>
  );
};

const Frame = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="figure" sx={{ m: 0 }}>
    <Typography component="figcaption" variant="overline" sx={{ color: 'text.secondary' }}>
      {title}
    </Typography>
    <Card variant="outlined" sx={{ p: 2, maxWidth: 560 }}>
      {children}
    </Card>
  </Box>
);

const Empty = () => {
  const translate = useTranslate();
  return <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic' }}>{translate('resources.pieces.preview.empty')}</Box>;
};

/** The post as X shows it: the text X receives (with its link), links shortened, hashtags and mentions marked. */
const XPreview = () => {
  const translate = useTranslate();
  const name = useAccountName();
  const body = useWatch({ name: 'body' }) as string | undefined;
  const link = useWatch({ name: 'link' }) as string | undefined;
  const images = useShownImages();
  const segments = xSegments(xPostText({ body, link }));
  return (
    <Frame title={translate('resources.pieces.preview.x')}>
      <Box sx={{ display: 'flex', gap: 1.5 }}>
        <Avatar aria-hidden>{name.slice(0, 1)}</Avatar>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography variant="body2">
            <strong>{name}</strong>{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {translate('resources.pieces.preview.handle')} · {translate('resources.pieces.preview.now')}
            </Box>
          </Typography>
          <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', mt: 0.5 }}>
            {segments.length === 0 ? (
              <Empty />
            ) : (
              segments.map((s, i) =>
                s.kind === 'text' ? (
                  <span key={i}>{s.text}</span>
                ) : s.href ? (
                  <MuiLink key={i} href={s.href} target="_blank" rel="noopener noreferrer" underline="hover">
                    {s.text}
                  </MuiLink>
                ) : (
                  <Box key={i} component="span" sx={{ color: '#1d9bf0' }}>
                    {s.text}
                  </Box>
                ),
              )
            )}
          </Typography>
          <ImageGrid images={images} max={4} />
        </Box>
      </Box>
    </Frame>
  );
};

/** The post as Facebook shows it: the text, the images, and the link as a card naming its site. */
const FacebookPreview = () => {
  const translate = useTranslate();
  const name = useAccountName();
  const body = useWatch({ name: 'body' }) as string | undefined;
  const link = useWatch({ name: 'link' }) as string | undefined;
  const images = useShownImages();
  const text = facebookPostText({ body });
  const host = linkHost(link);
  return (
    <Frame title={translate('resources.pieces.preview.facebook')}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }}>
        <Avatar aria-hidden sx={{ bgcolor: '#1877f2' }}>
          {name.slice(0, 1)}
        </Avatar>
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {name}
          </Typography>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('resources.pieces.preview.now')}
          </Typography>
        </Box>
      </Box>
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {text || <Empty />}
      </Typography>
      <ImageGrid images={images} max={4} />
      {host && (
        <Box sx={{ mt: 1, p: 1, bgcolor: '#f0f2f5', borderRadius: 1 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {host}
          </Typography>
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            {link}
          </Typography>
        </Box>
      )}
    </Frame>
  );
};

/** The news as the public site shows it: title, summary, cover image with its alt text, body. */
const WebPreview = () => {
  const translate = useTranslate();
  const title = useWatch({ name: 'title' }) as string | undefined;
  const summary = useWatch({ name: 'summary' }) as string | undefined;
  const body = useWatch({ name: 'body' }) as string | undefined;
  const images = useShownImages();
  const [cover, ...rest] = images;
  return (
    <Frame title={translate('resources.pieces.preview.web')}>
      <Typography variant="h5" component="p" sx={{ fontWeight: 700 }}>
        {title || <Empty />}
      </Typography>
      {summary && (
        <Typography variant="subtitle1" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {summary}
        </Typography>
      )}
      {cover && <ImageGrid images={[cover]} max={1} />}
      {/* RichTextField sanitises the HTML (DOMPurify) before showing it. */}
      <Box sx={{ mt: 1, '& h2': { fontSize: '1.25rem' }, '& h3': { fontSize: '1.1rem' } }}>
        {body ? <RichTextField record={{ id: 'preview', body }} source="body" /> : <Empty />}
      </Box>
      {rest.length > 0 && <ImageGrid images={rest} max={rest.length} />}
    </Frame>
  );
};

/** How the piece being edited will look on its channel, updated as it is typed. */
export const PiecePreview = ({ channel }: { channel: PieceChannel }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate('resources.pieces.preview.title')}>
      {channel === 'x' ? <XPreview /> : channel === 'facebook' ? <FacebookPreview /> : <WebPreview />}
    </Box>
  );
};
