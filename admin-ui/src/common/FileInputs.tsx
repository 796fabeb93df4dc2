import { Typography } from '@mui/material';
import {
  FileField,
  FileInput,
  ImageField,
  ImageInput,
  useNotify,
  useRecordContext,
  type FileInputProps,
  type ImageInputProps,
} from 'react-admin';
import { formatFiles, parseFiles, storedFiles } from './files';

/**
 * What the CMS accepts (cms/src/domain/files/file-types.ts): images, PDF and Office documents,
 * up to 20 MB. The CMS checks each file's content; this only narrows the file picker.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const DOCUMENTS = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/webp': ['.webp'],
  'image/gif': ['.gif'],
  'application/pdf': ['.pdf'],
  'application/msword': ['.doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.ms-powerpoint': ['.ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
  'application/vnd.oasis.opendocument.presentation': ['.odp'],
};

const IMAGES = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/webp': ['.webp'],
  'image/gif': ['.gif'],
};

const preview = (file: File) => URL.createObjectURL(file);

/** The dropzone drops refused files silently: say which, and why. */
const useNotifyRejected = () => {
  const notify = useNotify();
  return (rejections: ReadonlyArray<{ file: File }>) =>
    notify('sigobito.files.rejected', {
      type: 'warning',
      messageArgs: { names: rejections.map((r) => r.file.name).join(', '), smart_count: rejections.length },
    });
};

type FilesInputProps = Omit<FileInputProps, 'children' | 'multiple' | 'accept' | 'maxSize' | 'format' | 'parse'>;

/**
 * Evidence or attachments: several files, stored ones listed with a link and new ones with
 * their name; the data provider uploads the new ones on save (see common/files.ts).
 */
export const FilesInput = ({ helperText = 'sigobito.files.helper', options, ...props }: FilesInputProps) => {
  const onDropRejected = useNotifyRejected();
  return (
    <FileInput
      {...props}
      multiple
      accept={DOCUMENTS}
      maxSize={MAX_FILE_BYTES}
      helperText={helperText}
      options={{ onDropRejected, ...options }}
      format={(value: unknown) => formatFiles(value, true)}
      parse={(value: unknown) => parseFiles(value, true, preview)}
    >
      <FileField source="src" title="title" target="_blank" rel="noopener noreferrer" />
    </FileInput>
  );
};

type LogoInputProps = Omit<ImageInputProps, 'children' | 'multiple' | 'accept' | 'maxSize' | 'format' | 'parse'>;

/** One image, with a preview (the stored one, or the one just picked). */
export const LogoInput = ({ helperText = 'sigobito.files.logo_helper', options, ...props }: LogoInputProps) => {
  const onDropRejected = useNotifyRejected();
  return (
    <ImageInput
      {...props}
      accept={IMAGES}
      maxSize={MAX_FILE_BYTES}
      helperText={helperText}
      options={{ onDropRejected, ...options }}
      format={(value: unknown) => formatFiles(value, false)}
      parse={(value: unknown) => parseFiles(value, false, preview)}
    >
      <ImageField source="src" title="title" sx={{ '& img': { maxWidth: 240, maxHeight: 120, objectFit: 'contain' } }} />
    </ImageInput>
  );
};

/** The stored files of a record's media field as links opening in a new tab; "—" when there are none. */
export const FileLinks = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const files = storedFiles(record?.[source]);
  if (!files.length) {
    return (
      <Typography component="span" variant="body2">
        —
      </Typography>
    );
  }
  return (
    <FileField
      record={{ id: record?.id ?? '', [source]: files }}
      source={source}
      src="url"
      title="name"
      target="_blank"
      rel="noopener noreferrer"
      sx={{ m: 0, pl: 2, '& li': { wordBreak: 'break-word' } }}
    />
  );
};
