package dev.camelfelt.koordinates;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import dev.camelfelt.engine.download.DownloadedFile;
import dev.camelfelt.engine.download.JobDownloads;
import dev.camelfelt.koordinates.model.Export;

/**
 * Downloads a complete export: asks Koordinates, with the key, where its archive is, then streams it from there
 * without the key, as {@code <export name>.zip} under a name no other download has.
 */
final class ExportDownload {

    private final KoordinatesClient client;
    private final JobDownloads downloads;
    private final Executor fileWork;

    ExportDownload(KoordinatesClient client, JobDownloads downloads, Executor fileWork) {
        this.client = client;
        this.downloads = downloads;
        this.fileWork = fileWork;
    }

    CompletableFuture<DownloadedFile> download(Export export) {
        String what = "Koordinates export " + export.id();
        // a free name in the download directory: an unpacked file is named after it, so exports never collide
        return client.downloadLocation(export).thenComposeAsync(location -> downloads.downloadUnderFreeName(location,
                fileName(export), what, () -> client.downloadLocation(export)), fileWork);
    }

    /** The export's name as Koordinates gives it, made safe as a file name; its id when it has none. */
    static String fileName(Export export) {
        String name = export.name() == null ? "" : export.name().replaceAll("[^A-Za-z0-9._-]", "_")
                .replaceAll("^[.]+", "");
        return (name.isBlank() ? "koordinates-export-" + export.id() : name) + ".zip";
    }
}
