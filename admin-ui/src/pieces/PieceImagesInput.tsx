import { useEffect, useRef } from 'react';
import { Box } from '@mui/material';
import { ImageField, ImageInput, TextInput, useNotify, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { MAX_FILE_BYTES } from '../common/FileInputs';
import { formatFiles, parseFiles } from '../common/files';
import { imageKeyOf, imageSrcOf, realignAlts } from './pieceForm';

const IMAGES = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/webp': ['.webp'],
  'image/gif': ['.gif'],
};

const preview = (file: File) => URL.createObjectURL(file);
const sameImages = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((image, i) => imageKeyOf(image) === imageKeyOf(b[i]));

/**
 * The piece's images (the first is the web's cover), and under them one alt text per image,
 * required: what the image shows, for whoever cannot see it. Removing or adding an image keeps
 * every other image's text with it.
 */
export const PieceImagesInput = ({ max }: { max: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { getValues, setValue } = useFormContext();
  const images = (useWatch({ name: 'images' }) as unknown[] | undefined) ?? [];
  const before = useRef<unknown[]>(images);

  useEffect(() => {
    if (sameImages(before.current, images)) return;
    const alts = (getValues('imageAlts') as string[] | undefined) ?? [];
    setValue('imageAlts', realignAlts(before.current, alts, images), { shouldDirty: true });
    before.current = images;
  }, [images, getValues, setValue]);

  return (
    <>
      <ImageInput
        source="images"
        multiple
        accept={IMAGES}
        maxSize={MAX_FILE_BYTES}
        helperText={translate('resources.pieces.helpers.images', { max })}
        options={{
          onDropRejected: (rejections: ReadonlyArray<{ file: File }>) =>
            notify('sigobito.files.rejected', { type: 'warning', messageArgs: { names: rejections.map((r) => r.file.name).join(', '), smart_count: rejections.length } }),
        }}
        format={(value: unknown) => formatFiles(value, true)}
        parse={(value: unknown) => parseFiles(value, true, preview)}
      >
        <ImageField source="src" title="title" sx={{ '& img': { maxWidth: 160, maxHeight: 100, objectFit: 'cover' } }} />
      </ImageInput>
      {images.map((image, i) => (
        <Box key={imageKeyOf(image) || i} sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <Box component="img" src={imageSrcOf(image)} alt="" aria-hidden sx={{ width: 64, height: 48, objectFit: 'cover', borderRadius: 1, mt: 1 }} />
          <TextInput
            source={`imageAlts.${i}`}
            label={translate('resources.pieces.alt.label', { n: i + 1 })}
            helperText="resources.pieces.alt.helper"
            multiline
            sx={{ flex: 1 }}
          />
        </Box>
      ))}
    </>
  );
};
