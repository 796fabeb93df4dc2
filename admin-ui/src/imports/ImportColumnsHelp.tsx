import DownloadIcon from '@mui/icons-material/Download';
import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { appLocale } from '../common/dateTime';
import { columnLabel, exampleCsvHref, IMPORT_SPECS } from './importSpecs';
import type { ImportTarget } from './types';

/** The expected columns of the chosen target, and its example file. */
export const ImportColumnsHelp = ({ target }: { target: ImportTarget }) => {
  const translate = useTranslate();
  const locale = appLocale(useLocaleState()[0]);
  const spec = IMPORT_SPECS[target];
  return (
    <section aria-labelledby="import-columns-title">
      <Typography id="import-columns-title" variant="h6" component="h2" gutterBottom>
        {translate('sigobito.imports.columns_title')}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('sigobito.imports.columns_intro')}
      </Typography>
      <Table size="small" aria-labelledby="import-columns-title" sx={{ mb: 2, maxWidth: 900 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('sigobito.imports.column')}</TableCell>
            <TableCell>{translate('sigobito.imports.required')}</TableCell>
            <TableCell>{translate('sigobito.imports.description')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {spec.columns.map((column) => (
            <TableRow key={column}>
              <TableCell>
                {columnLabel(target, column, locale)} (<code>{column}</code>)
              </TableCell>
              <TableCell>{translate(spec.required.includes(column) ? 'ra.boolean.true' : 'ra.boolean.false')}</TableCell>
              <TableCell>{translate(`sigobito.imports.columns.${target}.${column}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button
        component="a"
        href={exampleCsvHref(target, locale)}
        download={translate(`sigobito.imports.example_file.${target}`)}
        startIcon={<DownloadIcon />}
        variant="outlined"
      >
        {translate('sigobito.imports.download_example')}
      </Button>
    </section>
  );
};
