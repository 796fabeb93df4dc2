import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useTranslate } from 'react-admin';
import { IMPORT_PATH } from '../imports/route';
import { useImportTargets } from '../imports/useImportTargets';

export const ImportMenuItem = () => {
  const translate = useTranslate();
  const { targets } = useImportTargets();
  if (targets.length === 0) return null;
  return <Menu.Item to={IMPORT_PATH} primaryText={translate('sigobito.imports.title')} leftIcon={<UploadFileIcon />} />;
};
