import type { ExportDocument } from '@leaseback/service';

/** A file answer (an export): sent with its media type and as an attachment with its file name. */
export class FileDownload {
  constructor(readonly document: ExportDocument) {}
}
