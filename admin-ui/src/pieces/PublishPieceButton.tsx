import { useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import { Button, Confirm, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/useMunicipalityTimeZone';
import { useCommunicationAction } from '../communications/useCommunicationAction';
import type { Piece } from '../communications/types';

/**
 * "Publicar": sends an approved piece to its channel, at once or, with a date, at its scheduled
 * time (the server writes its delivery through the outbox).
 */
export const PublishPieceButton = ({ piece }: { piece: Piece }) => {
  const translate = useTranslate();
  const { format } = useFormatDateTime();
  const { run, pending } = useCommunicationAction();
  const [open, setOpen] = useState(false);
  const channel = translate(`resources.pieces.channels.${piece.channel}`);
  const future = piece.scheduledAt && Date.parse(piece.scheduledAt) > Date.now();
  const publish = async () => {
    await run((provider) => provider.publishPiece(piece.id), 'resources.pieces.publish.done');
    setOpen(false);
  };
  return (
    <>
      <Button label="resources.pieces.publish.button" onClick={() => setOpen(true)} disabled={pending} variant="contained" color="success">
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.pieces.publish.title"
        content={future ? translate('resources.pieces.publish.scheduled', { channel, date: format(piece.scheduledAt) }) : translate('resources.pieces.publish.now', { channel })}
        confirm="resources.pieces.publish.confirm"
        onConfirm={publish}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
